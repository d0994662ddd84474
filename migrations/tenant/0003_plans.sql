CREATE TABLE `member_group_history` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`member_id` text NOT NULL,
	`effective_from` text NOT NULL,
	`member_group` text NOT NULL,
	`position_group` text NOT NULL,
	`party_positions` text NOT NULL,
	`gov_positions` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `member_group_history_member_idx` ON `member_group_history` (`tenant_id`,`member_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `member_group_rules` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`exemplar_positions` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `member_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`created_by` text NOT NULL,
	`created_by_label` text NOT NULL,
	`file_name` text NOT NULL,
	`file_kind` text NOT NULL,
	`file_size` integer NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`columns_json` text DEFAULT '[]' NOT NULL,
	`rows_total` integer DEFAULT 0 NOT NULL,
	`rows_valid` integer DEFAULT 0 NOT NULL,
	`rows_invalid` integer DEFAULT 0 NOT NULL,
	`errors_preview_json` text DEFAULT '[]' NOT NULL,
	`chunks_total` integer DEFAULT 0 NOT NULL,
	`chunks_done` integer DEFAULT 0 NOT NULL,
	`rows_done` integer DEFAULT 0 NOT NULL,
	`rows_existing` integer DEFAULT 0 NOT NULL,
	`rows_changed` integer DEFAULT 0 NOT NULL,
	`rules_json` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`committed_at` integer,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `member_imports_tenant_created_idx` ON `member_imports` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `member_transfers` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`member_id` text NOT NULL,
	`from_unit_id` text,
	`to_unit_id` text,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `member_transfers_member_idx` ON `member_transfers` (`tenant_id`,`member_id`,`date`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`card_number` text NOT NULL,
	`full_name` text NOT NULL,
	`search_key` text NOT NULL,
	`sort_key` text NOT NULL,
	`birth_date` text,
	`gender` text,
	`unit_id` text NOT NULL,
	`join_date` text,
	`official_date` text,
	`status` text NOT NULL,
	`party_positions` text DEFAULT '[]' NOT NULL,
	`gov_positions` text DEFAULT '[]' NOT NULL,
	`position_group` text NOT NULL,
	`group_override` text,
	`group_override_reason` text,
	`member_group` text NOT NULL,
	`account_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_tenant_card_uq` ON `members` (`tenant_id`,`card_number`);--> statement-breakpoint
CREATE INDEX `members_tenant_sort_idx` ON `members` (`tenant_id`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `members_tenant_unit_sort_idx` ON `members` (`tenant_id`,`unit_id`,`sort_key`,`id`);--> statement-breakpoint
CREATE INDEX `members_tenant_account_idx` ON `members` (`tenant_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `cycles` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`exemplar_deadline` text NOT NULL,
	`follower_deadline` text NOT NULL,
	`midyear_from` text NOT NULL,
	`midyear_to` text NOT NULL,
	`annual_from` text NOT NULL,
	`annual_to` text NOT NULL,
	`checkpoint_mode` text DEFAULT 'three' NOT NULL,
	`min_items` integer DEFAULT 4 NOT NULL,
	`criteria_set_version_id` text,
	`gating` integer DEFAULT 0 NOT NULL,
	`reminder_days` text DEFAULT '[7,3,1]' NOT NULL,
	`closed_at` integer,
	`closed_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cycles_tenant_year_uq` ON `cycles` (`tenant_id`,`year`);--> statement-breakpoint
CREATE INDEX `cycles_tenant_status_idx` ON `cycles` (`tenant_id`,`status`);--> statement-breakpoint
CREATE TABLE `plan_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_account_id` text,
	`actor_label` text NOT NULL,
	`on_behalf` integer DEFAULT 0 NOT NULL,
	`comment` text,
	`meeting_date` text,
	`minutes_number` text
);
--> statement-breakpoint
CREATE INDEX `plan_events_tenant_plan_idx` ON `plan_events` (`tenant_id`,`plan_id`,`at`);--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`position` integer NOT NULL,
	`criterion_key` text NOT NULL,
	`criterion_version_id` text NOT NULL,
	`focus_issue_id` text,
	`year_theme` integer DEFAULT 0 NOT NULL,
	`commitment` text NOT NULL,
	`measure` text NOT NULL,
	`due_date` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `plan_items_tenant_plan_idx` ON `plan_items` (`tenant_id`,`plan_id`,`position`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`cycle_id` text NOT NULL,
	`year` integer NOT NULL,
	`member_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_path` text NOT NULL,
	`grp` text NOT NULL,
	`status` text NOT NULL,
	`registration` text DEFAULT '' NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`leaders_late` integer DEFAULT 0 NOT NULL,
	`first_submitted_at` integer,
	`submitted_at` integer,
	`returned_at` integer,
	`returned_by_label` text,
	`return_comment` text,
	`confirmed_at` integer,
	`confirmed_by` text,
	`confirmed_by_label` text,
	`meeting_date` text,
	`minutes_number` text,
	`meeting_id` text,
	`reopened_at` integer,
	`reopen_reason` text,
	`entered_by_account_id` text,
	`entered_by_label` text,
	`entered_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_tenant_cycle_member_uq` ON `plans` (`tenant_id`,`cycle_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `plans_tenant_member_year_idx` ON `plans` (`tenant_id`,`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `plans_tenant_year_status_path_idx` ON `plans` (`tenant_id`,`year`,`status`,`unit_path`);--> statement-breakpoint
CREATE INDEX `plans_tenant_year_path_idx` ON `plans` (`tenant_id`,`year`,`unit_path`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`dedupe_key` text,
	`created_at` integer NOT NULL,
	`created_by_label` text NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE INDEX `notifications_tenant_member_idx` ON `notifications` (`tenant_id`,`member_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_tenant_dedupe_uq` ON `notifications` (`tenant_id`,`dedupe_key`);