CREATE INDEX `members_tenant_updated_idx` ON `members` (`tenant_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `plans_tenant_year_updated_idx` ON `plans` (`tenant_id`,`year`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `evaluations_year_updated_idx` ON `evaluations` (`tenant_id`,`year`,`updated_at`,`id`);