CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`login` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`unit_id` text,
	`member_id` text,
	`password_hash` text,
	`status` text DEFAULT 'active' NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`last_login_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_tenant_login_uq` ON `accounts` (`tenant_id`,`login`);--> statement-breakpoint
CREATE INDEX `accounts_tenant_unit_idx` ON `accounts` (`tenant_id`,`unit_id`);--> statement-breakpoint
CREATE INDEX `accounts_tenant_member_idx` ON `accounts` (`tenant_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`at` integer NOT NULL,
	`request_id` text NOT NULL,
	`actor_account_id` text,
	`actor_label` text NOT NULL,
	`on_behalf_of` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before_json` text,
	`after_json` text
);
--> statement-breakpoint
CREATE INDEX `audit_tenant_at_idx` ON `audit_log` (`tenant_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_tenant_entity_idx` ON `audit_log` (`tenant_id`,`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`account_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_tenant_account_idx` ON `sessions` (`tenant_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `setup_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`account_id` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE INDEX `setup_tokens_tenant_account_idx` ON `setup_tokens` (`tenant_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `tenant_state` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`read_only` integer DEFAULT 0 NOT NULL,
	`moved_to` text,
	`settings_json` text DEFAULT '{}' NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`parent_id` text,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`path` text NOT NULL,
	`depth` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_tenant_path_uq` ON `units` (`tenant_id`,`path`);--> statement-breakpoint
CREATE UNIQUE INDEX `units_tenant_code_uq` ON `units` (`tenant_id`,`code`);--> statement-breakpoint
CREATE INDEX `units_tenant_parent_idx` ON `units` (`tenant_id`,`parent_id`,`name`);