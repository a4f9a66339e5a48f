WITH `t8` AS (
  SELECT
    `t2`.`account_id`,
    `t2`.`user_id`,
    `t2`.`role`
  FROM `memberships` AS `t2`
  WHERE
    (
      `t2`.`joined_at` IS NULL
    )
    OR (
      `t2`.`joined_at` < DATETIME('2026-03-01T15:00:00')
    )
)
SELECT
  `t21`.`account_id`,
  IF(
    `t21`.`seats` > 0,
    ieee_divide(CAST(COALESCE(`t21`.`active_7`, 0) AS FLOAT64), `t21`.`seats`),
    CAST(NULL AS FLOAT64)
  ) AS `active_rate_7d`
FROM (
  SELECT
    `t18`.`account_id`,
    CAST(`t18`.`members` AS FLOAT64) AS `members`,
    COALESCE(CAST(`t6`.`contracted` AS FLOAT64), CAST(`t18`.`members` AS FLOAT64)) AS `seats`,
    `t20`.`active_7`,
    `t20`.`top_7`,
    `t20`.`total_7`,
    `t20`.`admins_7`,
    `t20`.`admin_events_7`
  FROM (
    SELECT
      `t16`.`account_id`,
      COALESCE(`t16`.`members`, 0) AS `members`
    FROM (
      SELECT
        `t5`.`account_id`,
        `t14`.`members`
      FROM (
        SELECT
          `t0`.`account_id`
        FROM `accounts` AS `t0`
      ) AS `t5`
      LEFT OUTER JOIN (
        SELECT
          `t9`.`account_id`,
          COUNT(`t9`.`user_id`) AS `members`
        FROM `t8` AS `t9`
        GROUP BY
          1
      ) AS `t14`
        ON `t5`.`account_id` = `t14`.`account_id`
    ) AS `t16`
  ) AS `t18`
  INNER JOIN (
    SELECT
      `t0`.`account_id`,
      `t0`.`seats` AS `contracted`
    FROM `accounts` AS `t0`
  ) AS `t6`
    ON `t18`.`account_id` = `t6`.`account_id`
  LEFT OUTER JOIN (
    SELECT
      `t15`.`account_id`,
      SUM(IF(`t15`.`n_7` > 0, 1, 0)) AS `active_7`,
      MAX(`t15`.`n_7`) AS `top_7`,
      SUM(`t15`.`n_7`) AS `total_7`,
      SUM(IF((
        `t15`.`n_7` > 0
      ) AND (
        COALESCE(`t15`.`role`, '') = 'admin'
      ), 1, 0)) AS `admins_7`,
      SUM(IF(COALESCE(`t15`.`role`, '') = 'admin', `t15`.`n_7`, 0)) AS `admin_events_7`
    FROM (
      SELECT
        `t12`.`account_id`,
        `t12`.`user_id`,
        `t11`.`role`,
        `t12`.`n_7`
      FROM (
        SELECT
          `t7`.`account_id`,
          `t7`.`user_id`,
          SUM(`t7`.`n`) AS `n_7`
        FROM (
          SELECT
            *
          FROM `user_daily` AS `t1`
          WHERE
            `t1`.`account_id` IS NOT NULL
            AND `t1`.`day` >= DATE(2026, 2, 23)
            AND `t1`.`day` < DATE(2026, 3, 2)
            AND `t1`.`user_id` IS NOT NULL
        ) AS `t7`
        GROUP BY
          1,
          2
      ) AS `t12`
      INNER JOIN `t8` AS `t11`
        ON `t12`.`account_id` = `t11`.`account_id` AND `t12`.`user_id` = `t11`.`user_id`
    ) AS `t15`
    GROUP BY
      1
  ) AS `t20`
    ON `t18`.`account_id` = `t20`.`account_id`
) AS `t21`
