CREATE TABLE `report_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`focus` text DEFAULT 'all' NOT NULL,
	`number` text NOT NULL,
	`doc_date` text NOT NULL,
	`place` text NOT NULL,
	`superior_name` text NOT NULL,
	`issuer_name` text NOT NULL,
	`subject` text NOT NULL,
	`signer_authority` text NOT NULL,
	`signer_title` text NOT NULL,
	`signer_name` text NOT NULL,
	`recipients_json` text DEFAULT '[]' NOT NULL,
	`sections_json` text DEFAULT '{}' NOT NULL,
	`created_by` text,
	`updated_by_label` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_documents_unit_year_idx` ON `report_documents` (`tenant_id`,`unit_id`,`year`,`created_at`);