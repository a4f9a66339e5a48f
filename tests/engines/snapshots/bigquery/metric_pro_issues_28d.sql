SELECT
  `t3`.`account_id`,
  `t9`.`pro_issues_28d`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t3`
INNER JOIN (
  SELECT
    `t7`.`account_id`,
    CAST(`t7`.`c` AS FLOAT64) AS `pro_issues_28d`
  FROM (
    SELECT
      `t3`.`account_id`,
      COALESCE(`t6`.`c`, 0) AS `c`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t3`
    LEFT OUTER JOIN (
      SELECT
        `t4`.`account_id`,
        SUM(`t4`.`n`) AS `c`
      FROM (
        SELECT
          `t1`.`account_id`,
          `t1`.`user_id`,
          `t1`.`day`,
          `t1`.`event`,
          1 AS `n`
        FROM `events` AS `t1`
        WHERE
          safe.string(`t1`.`properties`['plan']) = 'pro'
          AND `t1`.`account_id` IS NOT NULL
          AND `t1`.`day` >= DATE(2026, 2, 2)
          AND `t1`.`day` < DATE(2026, 3, 2)
          AND `t1`.`event` IN ('issue_created')
      ) AS `t4`
      GROUP BY
        1
    ) AS `t6`
      ON `t3`.`account_id` = `t6`.`account_id`
  ) AS `t7`
) AS `t9`
  ON `t3`.`account_id` = `t9`.`account_id`
