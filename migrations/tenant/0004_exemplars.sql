CREATE TABLE `commendations` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`model_id` text,
	`member_id` text,
	`unit_id` text NOT NULL,
	`subject_kind` text NOT NULL,
	`level` text NOT NULL,
	`form` text NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decision_key` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`issuer` text NOT NULL,
	`year` integer NOT NULL,
	`content` text DEFAULT '' NOT NULL,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commendations_natural_uq` ON `commendations` (`tenant_id`,`subject_id`,`year`,`level`,`form`,`decision_key`);--> statement-breakpoint
CREATE INDEX `commendations_year_idx` ON `commendations` (`tenant_id`,`year`,`level`);--> statement-breakpoint
CREATE INDEX `commendations_member_idx` ON `commendations` (`tenant_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `commendations_model_idx` ON `commendations` (`tenant_id`,`model_id`);--> statement-breakpoint
CREATE INDEX `commendations_unit_idx` ON `commendations` (`tenant_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `exemplar_model_files` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`model_id` text NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by` text,
	`uploaded_by_label` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exemplar_model_files_model_idx` ON `exemplar_model_files` (`tenant_id`,`model_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `exemplar_model_years` (
	`tenant_id` text NOT NULL,
	`model_id` text NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`exemplary` integer DEFAULT 0 NOT NULL,
	`replicated_to` text DEFAULT '[]' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `model_id`, `year`)
);
--> statement-breakpoint
CREATE INDEX `exemplar_model_years_year_idx` ON `exemplar_model_years` (`tenant_id`,`year`,`status`);--> statement-breakpoint
CREATE TABLE `exemplar_models` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`member_id` text,
	`title` text NOT NULL,
	`title_key` text NOT NULL,
	`search_key` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`field` text NOT NULL,
	`start_year` integer NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exemplar_models_natural_uq` ON `exemplar_models` (`tenant_id`,`unit_id`,`title_key`,`start_year`);--> statement-breakpoint
CREATE INDEX `exemplar_models_created_idx` ON `exemplar_models` (`tenant_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `exemplar_models_unit_idx` ON `exemplar_models` (`tenant_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `exemplar_models_member_idx` ON `exemplar_models` (`tenant_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `exemplar_models_published_idx` ON `exemplar_models` (`tenant_id`,`published`);--> statement-breakpoint
CREATE TABLE `exemplar_settings` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`public_page` integer DEFAULT 0 NOT NULL,
	`public_title` text DEFAULT '' NOT NULL,
	`public_intro` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `study_conferences` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`date` text NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`theme` text NOT NULL,
	`year_theme_id` text,
	`mode` text NOT NULL,
	`sites` integer NOT NULL,
	`participants` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `study_conferences_year_idx` ON `study_conferences` (`tenant_id`,`year`,`date`);--> statement-breakpoint
CREATE INDEX `study_conferences_unit_idx` ON `study_conferences` (`tenant_id`,`unit_id`);