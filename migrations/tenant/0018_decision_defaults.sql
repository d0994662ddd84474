CREATE TABLE `commendation_decision_defaults` (
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`values_json` text NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `unit_id`)
);
