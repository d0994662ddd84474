CREATE TABLE `cors_origins` (
	`tenant_id` text NOT NULL,
	`origin` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cors_origins_tenant_origin_uq` ON `cors_origins` (`tenant_id`,`origin`);--> statement-breakpoint
CREATE INDEX `cors_origins_origin_idx` ON `cors_origins` (`origin`);