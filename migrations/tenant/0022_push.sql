CREATE TABLE `push_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`account_id` text NOT NULL,
	`recipient_id` text NOT NULL,
	`label` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`endpoint` text NOT NULL,
	`p256dh` text NOT NULL,
	`auth` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `push_subscriptions_tenant_endpoint_uq` ON `push_subscriptions` (`tenant_id`,`endpoint`);--> statement-breakpoint
CREATE INDEX `push_subscriptions_tenant_recipient_idx` ON `push_subscriptions` (`tenant_id`,`recipient_id`);--> statement-breakpoint
CREATE INDEX `push_subscriptions_tenant_account_idx` ON `push_subscriptions` (`tenant_id`,`account_id`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `push_pending` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `notifications_push_pending_idx` ON `notifications` (`tenant_id`,`created_at`) WHERE push_pending = 1;