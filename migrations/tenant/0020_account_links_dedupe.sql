-- Before the unique rules of 0021 (one account per member record, one member record per account):
-- where earlier versions left two links, keep the one both sides agree on, else the smallest id.
UPDATE `accounts` SET `member_id` = NULL
WHERE `member_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `members` m WHERE m.`tenant_id` = `accounts`.`tenant_id` AND m.`id` = `accounts`.`member_id` AND m.`account_id` IS NOT NULL AND m.`account_id` <> `accounts`.`id`
    AND EXISTS (SELECT 1 FROM `accounts` b WHERE b.`tenant_id` = m.`tenant_id` AND b.`id` = m.`account_id` AND b.`member_id` = m.`id`));
--> statement-breakpoint
UPDATE `accounts` SET `member_id` = NULL
WHERE `member_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `accounts` b WHERE b.`tenant_id` = `accounts`.`tenant_id` AND b.`member_id` = `accounts`.`member_id` AND b.`id` < `accounts`.`id`);
--> statement-breakpoint
UPDATE `members` SET `account_id` = NULL
WHERE `account_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `accounts` a WHERE a.`tenant_id` = `members`.`tenant_id` AND a.`id` = `members`.`account_id` AND a.`member_id` IS NOT NULL AND a.`member_id` <> `members`.`id`);
--> statement-breakpoint
UPDATE `members` SET `account_id` = NULL
WHERE `account_id` IS NOT NULL
  AND EXISTS (SELECT 1 FROM `members` b WHERE b.`tenant_id` = `members`.`tenant_id` AND b.`account_id` = `members`.`account_id` AND b.`id` < `members`.`id`);
