SELECT
  `t7`.`account_id`,
  CAST(DATE_DIFF(DATE(2026, 3, 2), `t7`.`e0`, DAY) AS FLOAT64) AS `days_since_last_event`
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
      MAX(IF(NOT (
        `t4`.`event` IN ('email_opened')
      ), `t4`.`day`, CAST(NULL AS DATE))) AS `e0`
    FROM (
      SELECT
        *
      FROM `account_daily` AS `t1`
      WHERE
        `t1`.`account_id` IS NOT NULL
        AND `t1`.`day` >= DATE(2025, 12, 2)
        AND `t1`.`day` < DATE(2026, 3, 2)
    ) AS `t4`
    GROUP BY
      1
  ) AS `t6`
    ON `t3`.`account_id` = `t6`.`account_id`
) AS `t7`
