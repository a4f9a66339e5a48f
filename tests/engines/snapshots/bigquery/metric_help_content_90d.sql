SELECT
  `t3`.`account_id`,
  `t9`.`help_content_90d`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t3`
INNER JOIN (
  SELECT
    `t7`.`account_id`,
    CAST(COALESCE(`t7`.`c`, 0) AS FLOAT64) AS `help_content_90d`
  FROM (
    SELECT
      `t3`.`account_id`,
      `t6`.`c`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t3`
    LEFT OUTER JOIN (
      SELECT
        `t4`.`account_id`,
        COUNT(*) AS `c`
      FROM (
        SELECT
          *
        FROM `touchpoints` AS `t1`
        WHERE
          `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
          AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
          AND `t1`.`kind` IN ('help_content')
      ) AS `t4`
      GROUP BY
        1
    ) AS `t6`
      ON `t3`.`account_id` = `t6`.`account_id`
  ) AS `t7`
) AS `t9`
  ON `t3`.`account_id` = `t9`.`account_id`
