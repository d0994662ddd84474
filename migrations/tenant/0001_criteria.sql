CREATE TABLE `criteria` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`set_version_id` text NOT NULL,
	`key` text NOT NULL,
	`member_group` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`is_core` integer DEFAULT 0 NOT NULL,
	`basis_id` text,
	`basis_title` text,
	`basis_body` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_tenant_version_key_uq` ON `criteria` (`tenant_id`,`set_version_id`,`key`);--> statement-breakpoint
CREATE TABLE `criteria_focus_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `criteria_focus_issues_unit_year_idx` ON `criteria_focus_issues` (`tenant_id`,`unit_id`,`year`,`position`);--> statement-breakpoint
CREATE TABLE `criteria_set_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`set_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`issuer` text NOT NULL,
	`doc_number` text,
	`doc_date` text,
	`basis` text,
	`source_template` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`locked_at` integer,
	`published_at` integer,
	`published_by` text,
	`superseded_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_set_versions_number_uq` ON `criteria_set_versions` (`tenant_id`,`set_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_set_versions_one_draft_uq` ON `criteria_set_versions` (`tenant_id`,`set_id`) WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_set_versions_one_published_uq` ON `criteria_set_versions` (`tenant_id`,`set_id`) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX `criteria_set_versions_unit_year_idx` ON `criteria_set_versions` (`tenant_id`,`unit_id`,`year`,`status`);--> statement-breakpoint
CREATE TABLE `criteria_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_sets_tenant_unit_year_uq` ON `criteria_sets` (`tenant_id`,`unit_id`,`year`);--> statement-breakpoint
CREATE INDEX `criteria_sets_tenant_year_idx` ON `criteria_sets` (`tenant_id`,`year`);--> statement-breakpoint
CREATE TABLE `criteria_year_themes` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`year` integer NOT NULL,
	`term_theme` text NOT NULL,
	`year_theme` text NOT NULL,
	`note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_year_themes_tenant_year_uq` ON `criteria_year_themes` (`tenant_id`,`year`);