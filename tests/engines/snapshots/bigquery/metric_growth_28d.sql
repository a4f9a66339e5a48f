SELECT
  `t7`.`account_id`,
  IF(
    COALESCE(`t7`.`e1`, 0) > 0,
    ieee_divide(CAST(COALESCE(`t7`.`e0`, 0) AS FLOAT64), CAST(COALESCE(`t7`.`e1`, 0) AS FLOAT64)),
    CAST(NULL AS FLOAT64)
  ) AS `growth_28d`
FROM (
  SELECT
    `t3`.`account_id`,
    `t6`.`e0`,
    `t6`.`e1`
  FROM (
    SELECT
      `t0`.`account_id`
    FROM `accounts` AS `t0`
  ) AS `t3`
  LEFT OUTER JOIN (
    SELECT
      `t4`.`account_id`,
      SUM(
        IF(
          (
            `t4`.`day` >= DATE(2026, 2, 2)
          )
          AND NOT (
            `t4`.`event` IN ('email_opened')
          ),
          `t4`.`n`,
          CAST(NULL AS INT64)
        )
      ) AS `e0`,
      SUM(
        IF(
          (
            `t4`.`day` < DATE(2026, 2, 2)
          )
          AND NOT (
            `t4`.`event` IN ('email_opened')
          ),
          `t4`.`n`,
          CAST(NULL AS INT64)
        )
      ) AS `e1`
    FROM (
      SELECT
        *
      FROM `account_daily` AS `t1`
      WHERE
        `t1`.`account_id` IS NOT NULL
        AND `t1`.`day` >= DATE(2026, 1, 5)
        AND `t1`.`day` < DATE(2026, 3, 2)
    ) AS `t4`
    GROUP BY
      1
  ) AS `t6`
    ON `t3`.`account_id` = `t6`.`account_id`
) AS `t7`
