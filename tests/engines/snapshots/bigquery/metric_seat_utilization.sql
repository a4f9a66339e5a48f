SELECT
  `t12`.`account_id`,
  IF(
    `t12`.`seats` > 0,
    ieee_divide(`t12`.`members`, `t12`.`seats`),
    CAST(NULL AS FLOAT64)
  ) AS `seat_utilization`
FROM (
  SELECT
    `t11`.`account_id`,
    CAST(`t11`.`members` AS FLOAT64) AS `members`,
    COALESCE(CAST(`t5`.`contracted` AS FLOAT64), CAST(`t11`.`members` AS FLOAT64)) AS `seats`
  FROM (
    SELECT
      `t9`.`account_id`,
      COALESCE(`t9`.`members`, 0) AS `members`
    FROM (
      SELECT
        `t4`.`account_id`,
        `t8`.`members`
      FROM (
        SELECT
          `t0`.`account_id`
        FROM `accounts` AS `t0`
      ) AS `t4`
      LEFT OUTER JOIN (
        SELECT
          `t6`.`account_id`,
          COUNT(`t6`.`user_id`) AS `members`
        FROM (
          SELECT
            `t1`.`account_id`,
            `t1`.`user_id`,
            `t1`.`role`
          FROM `memberships` AS `t1`
          WHERE
            (
              `t1`.`joined_at` IS NULL
            )
            OR (
              `t1`.`joined_at` < DATETIME('2026-03-01T15:00:00')
            )
        ) AS `t6`
        GROUP BY
          1
      ) AS `t8`
        ON `t4`.`account_id` = `t8`.`account_id`
    ) AS `t9`
  ) AS `t11`
  INNER JOIN (
    SELECT
      `t0`.`account_id`,
      `t0`.`seats` AS `contracted`
    FROM `accounts` AS `t0`
  ) AS `t5`
    ON `t11`.`account_id` = `t5`.`account_id`
) AS `t12`
