-- Older duplicates of a tenant's running export (from requests that raced) are cancelled first:
-- the newest one carries on.
UPDATE `tenant_jobs` SET `status` = 'cancelled', `error` = 'Trùng với một bản xuất khác đang chạy.'
WHERE `kind` = 'export' AND `status` IN ('pending', 'running')
  AND `id` NOT IN (
    SELECT `id` FROM (
      SELECT `id`, row_number() OVER (PARTITION BY `tenant_id` ORDER BY `created_at` DESC, `id` DESC) AS `n`
      FROM `tenant_jobs` WHERE `kind` = 'export' AND `status` IN ('pending', 'running')
    ) WHERE `n` = 1
  );--> statement-breakpoint
CREATE UNIQUE INDEX `tenant_jobs_one_export_uq` ON `tenant_jobs` (`tenant_id`) WHERE "tenant_jobs"."kind" = 'export' AND "tenant_jobs"."status" IN ('pending', 'running');
