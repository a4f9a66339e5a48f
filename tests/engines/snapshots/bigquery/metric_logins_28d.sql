SELECT
  `t3`.`account_id`,
  `t10`.`logins_28d`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t3`
INNER JOIN (
  SELECT
    `t8`.`account_id`,
    CAST(`t8`.`c` AS FLOAT64) AS `logins_28d`
  FROM (
    SELECT
      `t3`.`account_id`,
      COALESCE(`t7`.`c`, 0) AS `c`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t3`
    LEFT OUTER JOIN (
      SELECT
        `t5`.`account_id`,
        `t5`.`e0` AS `c`
      FROM (
        SELECT
          `t4`.`account_id`,
          SUM(IF(`t4`.`event` IN ('login'), `t4`.`n`, CAST(NULL AS INT64))) AS `e0`
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
      ) AS `t5`
    ) AS `t7`
      ON `t3`.`account_id` = `t7`.`account_id`
  ) AS `t8`
) AS `t10`
  ON `t3`.`account_id` = `t10`.`account_id`
