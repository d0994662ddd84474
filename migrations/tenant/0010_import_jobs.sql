CREATE TABLE `import_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_by` text NOT NULL,
	`file_name` text NOT NULL,
	`file_kind` text NOT NULL,
	`file_size` integer NOT NULL,
	`status` text NOT NULL,
	`message` text,
	`columns_json` text DEFAULT '[]' NOT NULL,
	`rows_total` integer DEFAULT 0 NOT NULL,
	`rows_valid` integer DEFAULT 0 NOT NULL,
	`rows_invalid` integer DEFAULT 0 NOT NULL,
	`errors_preview_json` text DEFAULT '[]' NOT NULL,
	`error_chunks` integer DEFAULT 0 NOT NULL,
	`chunks_total` integer DEFAULT 0 NOT NULL,
	`chunks_done` integer DEFAULT 0 NOT NULL,
	`rows_done` integer DEFAULT 0 NOT NULL,
	`rows_existing` integer DEFAULT 0 NOT NULL,
	`rows_changed` integer DEFAULT 0 NOT NULL,
	`state_json` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`committed_at` integer,
	`finished_at` integer
);
--> statement-breakpoint
CREATE INDEX `import_jobs_tenant_kind_created_idx` ON `import_jobs` (`tenant_id`,`kind`,`created_at`);--> statement-breakpoint
-- The roster imports so far become jobs of kind members.import; their preview rows take the
-- generic shape (key, name, errors as { message }). member_imports stays until a later release.
INSERT INTO `import_jobs` (`id`, `tenant_id`, `kind`, `created_by`, `file_name`, `file_kind`, `file_size`, `status`, `message`, `columns_json`, `rows_total`, `rows_valid`, `rows_invalid`, `errors_preview_json`, `error_chunks`, `chunks_total`, `chunks_done`, `rows_done`, `rows_existing`, `rows_changed`, `state_json`, `version`, `created_at`, `updated_at`, `committed_at`, `finished_at`)
SELECT `id`, `tenant_id`, 'members.import', `created_by`, `file_name`, `file_kind`, `file_size`, `status`, `message`, `columns_json`, `rows_total`, `rows_valid`, `rows_invalid`,
  coalesce((SELECT json_group_array(json_object('row', e.value ->> 'row', 'key', e.value ->> 'cardNumber', 'name', e.value ->> 'fullName',
      'errors', (SELECT json_group_array(json_object('message', m.value)) FROM json_each(e.value -> 'errors') m)))
    FROM json_each(`errors_preview_json`) e), '[]'),
  `error_chunks`, `chunks_total`, `chunks_done`, `rows_done`, `rows_existing`, `rows_changed`,
  `rules_json`,
  `version`, `created_at`, `updated_at`, `committed_at`, `finished_at`
FROM `member_imports`;
