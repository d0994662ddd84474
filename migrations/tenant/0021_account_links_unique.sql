DROP INDEX `accounts_tenant_member_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_tenant_member_uq` ON `accounts` (`tenant_id`,`member_id`);--> statement-breakpoint
DROP INDEX `members_tenant_account_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `members_tenant_account_uq` ON `members` (`tenant_id`,`account_id`);