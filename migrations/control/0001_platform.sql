CREATE TABLE `operator_audit` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`request_id` text NOT NULL,
	`operator_id` text,
	`actor_label` text NOT NULL,
	`action` text NOT NULL,
	`tenant_id` text,
	`tenant_slug` text,
	`detail_json` text
);
--> statement-breakpoint
CREATE INDEX `operator_audit_at_idx` ON `operator_audit` (`at`);--> statement-breakpoint
CREATE INDEX `operator_audit_tenant_idx` ON `operator_audit` (`tenant_id`,`at`);--> statement-breakpoint
CREATE TABLE `operator_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `operator_sessions_operator_idx` ON `operator_sessions` (`operator_id`);--> statement-breakpoint
CREATE TABLE `signup_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`ip_key` text NOT NULL,
	`nonce` text,
	`at` integer NOT NULL,
	`outcome` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `signup_attempts_ip_idx` ON `signup_attempts` (`ip_key`,`at`);--> statement-breakpoint
CREATE UNIQUE INDEX `signup_attempts_nonce_uq` ON `signup_attempts` (`nonce`);--> statement-breakpoint
CREATE TABLE `tenant_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`params_json` text DEFAULT '{}' NOT NULL,
	`cursor_json` text DEFAULT '{}' NOT NULL,
	`result_json` text,
	`done_units` integer DEFAULT 0 NOT NULL,
	`total_units` integer DEFAULT 0 NOT NULL,
	`error` text,
	`run_after` integer NOT NULL,
	`lease_until` integer,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `tenant_jobs_tenant_idx` ON `tenant_jobs` (`tenant_id`,`kind`,`created_at`);--> statement-breakpoint
CREATE INDEX `tenant_jobs_due_idx` ON `tenant_jobs` (`status`,`run_after`);--> statement-breakpoint
CREATE TABLE `tenant_stats` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`members` integer DEFAULT 0 NOT NULL,
	`rows` integer DEFAULT 0 NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	`tables_json` text DEFAULT '{}' NOT NULL,
	`last_active_at` integer,
	`computed_at` integer NOT NULL
);
