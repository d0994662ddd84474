-- The member count becomes a roll-up counter (metric members.current, year 0, per group), kept
-- by every member write from now on. Build it once for members already stored: each current
-- member counts at their unit and every ancestor (the ids on the unit's materialised path).
DELETE FROM unit_counters WHERE metric = 'members.current';
--> statement-breakpoint
INSERT INTO unit_counters (tenant_id, unit_id, year, metric, grp, value)
SELECT m.tenant_id, a.value, 0, 'members.current', m.member_group, count(*)
FROM members m
JOIN units u ON u.tenant_id = m.tenant_id AND u.id = m.unit_id
CROSS JOIN json_each('["' || replace(substr(u.path, 2, length(u.path) - 2), '/', '","') || '"]') a
WHERE m.status IN ('official', 'probationary')
GROUP BY m.tenant_id, a.value, m.member_group;
