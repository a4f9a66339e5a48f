SELECT
  `t7`.`account_id`,
  CAST(COALESCE(`t7`.`e0`, 0) AS FLOAT64) AS `events_28d`
FROM (
  SELECT
    `t3`.`account_id`,
    `t6`.`e0`
  FROM (
    SELECT
      `t0`.`account_id`
    FROM `accounts` AS `t0`
  ) AS `t3`
  LEFT OUTER JOIN (
    SELECT
      `t4`.`account_id`,
      SUM(IF(NOT (
        `t4`.`event` IN ('email_opened')
      ), `t4`.`n`, CAST(NULL AS INT64))) AS `e0`
    FROM (
      SELECT
        *
      FROM `account_daily` AS `t1`
      WHERE
        `t1`.`account_id` IS NOT NULL
        AND `t1`.`day` >= DATE(2026, 2, 2)
        AND `t1`.`day` < DATE(2026, 3, 2)
    ) AS `t4`
    GROUP BY
      1
  ) AS `t6`
    ON `t3`.`account_id` = `t6`.`account_id`
) AS `t7`
