CREATE TABLE `meeting_remarks` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`member_id` text NOT NULL,
	`unit_path` text NOT NULL,
	`year` integer NOT NULL,
	`grp` text NOT NULL,
	`kind` text NOT NULL,
	`content` text NOT NULL,
	`created_by` text,
	`created_by_label` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `meeting_remarks_meeting_idx` ON `meeting_remarks` (`tenant_id`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `meeting_remarks_member_idx` ON `meeting_remarks` (`tenant_id`,`member_id`,`year`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_path` text NOT NULL,
	`year` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`minutes_number` text NOT NULL,
	`topic` text DEFAULT '' NOT NULL,
	`attendance` integer NOT NULL,
	`expected` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_by_label` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_minutes_uq` ON `meetings` (`tenant_id`,`unit_id`,`year`,`minutes_number`);--> statement-breakpoint
CREATE INDEX `meetings_unit_date_idx` ON `meetings` (`tenant_id`,`unit_id`,`date`);--> statement-breakpoint
CREATE INDEX `meetings_year_path_idx` ON `meetings` (`tenant_id`,`year`,`unit_path`);--> statement-breakpoint
CREATE TABLE `notebook_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`content` text NOT NULL,
	`author_account_id` text,
	`author_label` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notebook_comments_entry_idx` ON `notebook_comments` (`tenant_id`,`entry_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notebook_comments_member_idx` ON `notebook_comments` (`tenant_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `notebook_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`cycle_id` text NOT NULL,
	`year` integer NOT NULL,
	`member_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_path` text NOT NULL,
	`grp` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`shortcomings` text DEFAULT '' NOT NULL,
	`remedies` text DEFAULT '' NOT NULL,
	`progress_json` text DEFAULT '[]' NOT NULL,
	`timing` text,
	`submitted_at` integer,
	`entered_by_account_id` text,
	`entered_by_label` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notebook_entries_review_uq` ON `notebook_entries` (`tenant_id`,`cycle_id`,`member_id`,`kind`) WHERE kind <> 'free';--> statement-breakpoint
CREATE INDEX `notebook_entries_member_idx` ON `notebook_entries` (`tenant_id`,`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `notebook_entries_year_path_idx` ON `notebook_entries` (`tenant_id`,`year`,`unit_path`);--> statement-breakpoint
CREATE TABLE `evaluation_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`cap_percent` integer DEFAULT 20 NOT NULL,
	`cap_enabled` integer DEFAULT 1 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`cycle_id` text NOT NULL,
	`year` integer NOT NULL,
	`member_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_path` text NOT NULL,
	`grp` text NOT NULL,
	`cap_unit_id` text NOT NULL,
	`status` text NOT NULL,
	`self_level` text,
	`self_note` text DEFAULT '' NOT NULL,
	`self_at` integer,
	`cell_level` text,
	`cell_note` text DEFAULT '' NOT NULL,
	`cell_at` integer,
	`cell_by` text,
	`cell_by_label` text,
	`score_general` integer,
	`score_tasks` integer,
	`conditions_json` text DEFAULT '[]' NOT NULL,
	`decided_level` text,
	`decision_note` text DEFAULT '' NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`decided_by_label` text,
	`cap_warning` text,
	`cap_override_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_cycle_member_uq` ON `evaluations` (`tenant_id`,`cycle_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `evaluations_member_idx` ON `evaluations` (`tenant_id`,`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `evaluations_year_path_idx` ON `evaluations` (`tenant_id`,`year`,`unit_path`);--> statement-breakpoint
ALTER TABLE `member_imports` ADD `error_chunks` integer DEFAULT 0 NOT NULL;