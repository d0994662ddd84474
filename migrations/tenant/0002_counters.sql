CREATE TABLE `unit_counters` (
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`metric` text NOT NULL,
	`grp` text NOT NULL,
	`value` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`tenant_id`, `unit_id`, `year`, `metric`, `grp`)
);
