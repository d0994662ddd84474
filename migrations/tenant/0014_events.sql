CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`type` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`unit_id` text,
	`unit_path` text,
	`resource_type` text NOT NULL,
	`resource_id` text NOT NULL,
	`data_json` text NOT NULL,
	`dispatched_at` integer
);
--> statement-breakpoint
CREATE INDEX `events_tenant_id_idx` ON `events` (`tenant_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_tenant_pending_idx` ON `events` (`tenant_id`,`dispatched_at`,`id`);