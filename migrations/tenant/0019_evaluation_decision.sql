ALTER TABLE `evaluations` ADD `decision_number` text;--> statement-breakpoint
ALTER TABLE `evaluations` ADD `decision_date` text;