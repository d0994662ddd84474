CREATE TABLE `idempotency_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`principal` text NOT NULL,
	`idem_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer,
	`content_type` text,
	`location` text,
	`body` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `idempotency_keys_principal_key_uq` ON `idempotency_keys` (`tenant_id`,`principal`,`idem_key`);--> statement-breakpoint
CREATE INDEX `idempotency_keys_tenant_expires_idx` ON `idempotency_keys` (`tenant_id`,`expires_at`);