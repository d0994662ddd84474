CREATE TABLE `meeting_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`meeting_id` text NOT NULL,
	`member_id` text NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_attendance_uq` ON `meeting_attendance` (`tenant_id`,`meeting_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `meeting_attendance_member_idx` ON `meeting_attendance` (`tenant_id`,`member_id`,`year`);