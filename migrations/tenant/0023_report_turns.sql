CREATE TABLE `report_turns` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`date` text NOT NULL,
	`member_id` text NOT NULL,
	`year` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`remark_id` text,
	`meeting_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_turns_member_uq` ON `report_turns` (`tenant_id`,`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `report_turns_unit_idx` ON `report_turns` (`tenant_id`,`unit_id`,`year`,`date`);--> statement-breakpoint
CREATE INDEX `report_turns_remark_idx` ON `report_turns` (`tenant_id`,`remark_id`);