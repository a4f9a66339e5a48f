SELECT
  `t3`.`account_id`,
  `t12`.`days_since_last_event`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t3`
INNER JOIN (
  SELECT
    `t10`.`account_id`,
    CAST(DATE_DIFF(DATE(2026, 3, 2), `t10`.`last`, DAY) AS FLOAT64) AS `days_since_last_event`
  FROM (
    SELECT
      `t3`.`account_id`,
      `t9`.`last`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t3`
    LEFT OUTER JOIN (
      SELECT
        `t7`.`account_id`,
        `t7`.`last`
      FROM (
        SELECT
          `t6`.`account_id`,
          SUM(`t6`.`c`) AS `c`,
          MAX(`t6`.`last`) AS `last`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t4`.`account_id`,
              `t4`.`event`,
              `t4`.`seg`,
              SUM(`t4`.`n`) AS `c`,
              MAX(`t4`.`day`) AS `last`
            FROM (
              SELECT
                `t1`.`account_id`,
                `t1`.`day`,
                `t1`.`event`,
                `t1`.`n`,
                0 AS `seg`
              FROM `account_daily` AS `t1`
              WHERE
                `t1`.`account_id` IS NOT NULL
                AND `t1`.`day` >= DATE(2025, 12, 2)
                AND `t1`.`day` < DATE(2026, 3, 2)
            ) AS `t4`
            GROUP BY
              1,
              2,
              3
          ) AS `t5`
          WHERE
            NOT (
              `t5`.`event` IN ('email_opened')
            ) AND `t5`.`seg` IN (0)
        ) AS `t6`
        GROUP BY
          1
      ) AS `t7`
    ) AS `t9`
      ON `t3`.`account_id` = `t9`.`account_id`
  ) AS `t10`
) AS `t12`
  ON `t3`.`account_id` = `t12`.`account_id`
