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
), `t15` AS (
  SELECT
    `t12`.`account_id`,
    `t12`.`user_id`,
    `t11`.`role`,
    `t12`.`n_28`
  FROM (
    SELECT
      `t7`.`account_id`,
      `t7`.`user_id`,
      SUM(`t7`.`n`) AS `n_28`
    FROM (
      SELECT
        *
      FROM `user_daily` AS `t1`
      WHERE
        `t1`.`account_id` IS NOT NULL
        AND `t1`.`day` >= DATE(2026, 2, 2)
        AND `t1`.`day` < DATE(2026, 3, 2)
        AND `t1`.`user_id` IS NOT NULL
    ) AS `t7`
    GROUP BY
      1,
      2
  ) AS `t12`
  INNER JOIN `t8` AS `t11`
    ON `t12`.`account_id` = `t11`.`account_id` AND `t12`.`user_id` = `t11`.`user_id`
)
SELECT
  `t30`.`account_id`,
  `t35`.`evenness_28d`
FROM (
  SELECT
    `t26`.`account_id`
  FROM (
    SELECT
      `t5`.`account_id`,
      `t23`.`active_28`,
      `t23`.`top_28`,
      `t23`.`total_28`,
      `t23`.`admins_28`,
      `t23`.`admin_events_28`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t5`
    LEFT OUTER JOIN (
      SELECT
        `t16`.`account_id`,
        SUM(IF(`t16`.`n_28` > 0, 1, 0)) AS `active_28`,
        MAX(`t16`.`n_28`) AS `top_28`,
        SUM(`t16`.`n_28`) AS `total_28`,
        SUM(IF((
          `t16`.`n_28` > 0
        ) AND (
          COALESCE(`t16`.`role`, '') = 'admin'
        ), 1, 0)) AS `admins_28`,
        SUM(IF(COALESCE(`t16`.`role`, '') = 'admin', `t16`.`n_28`, 0)) AS `admin_events_28`
      FROM `t15` AS `t16`
      GROUP BY
        1
    ) AS `t23`
      ON `t5`.`account_id` = `t23`.`account_id`
  ) AS `t26`
) AS `t30`
INNER JOIN (
  SELECT
    `t33`.`account_id`,
    `t33`.`value` AS `evenness_28d`
  FROM (
    SELECT
      `t5`.`account_id`,
      IF(
        `t32`.`total` > 0,
        1.0 - (
          ieee_divide(
            (
              `t32`.`weighted` + (
                (
                  `t27`.`members` - CAST(`t32`.`k` AS FLOAT64)
                ) * CAST(`t32`.`total` AS FLOAT64)
              )
            ) * 2.0,
            `t27`.`members` * CAST(`t32`.`total` AS FLOAT64)
          ) - ieee_divide(`t27`.`members` + 1.0, `t27`.`members`)
        ),
        CAST(NULL AS FLOAT64)
      ) AS `value`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t5`
    LEFT OUTER JOIN (
      SELECT
        `t28`.`account_id`,
        SUM(`t28`.`c`) AS `k`,
        SUM(`t28`.`n` * `t28`.`c`) AS `total`,
        SUM(`t28`.`ranked`) AS `weighted`
      FROM (
        SELECT
          `t20`.`account_id`,
          `t20`.`n`,
          `t20`.`c`,
          CAST(`t20`.`n` AS FLOAT64) * (
            (
              `t20`.`c` * (
                SUM(`t20`.`c`) OVER (
                  PARTITION BY `t20`.`account_id`
                  ORDER BY `t20`.`n` ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) - `t20`.`c`
              )
            ) + ieee_divide(`t20`.`c` * (
              `t20`.`c` + 1
            ), 2)
          ) AS `ranked`
        FROM (
          SELECT
            `t18`.`account_id`,
            `t18`.`n`,
            COUNT(*) AS `c`
          FROM (
            SELECT
              `t16`.`account_id`,
              `t16`.`user_id`,
              `t16`.`role`,
              `t16`.`n_28` AS `n`
            FROM `t15` AS `t16`
            WHERE
              `t16`.`n_28` > 0
          ) AS `t18`
          GROUP BY
            1,
            2
        ) AS `t20`
      ) AS `t28`
      GROUP BY
        1
    ) AS `t32`
      ON `t5`.`account_id` = `t32`.`account_id`
    INNER JOIN (
      SELECT
        `t24`.`account_id`,
        `t24`.`members`
      FROM (
        SELECT
          `t21`.`account_id`,
          CAST(`t21`.`members` AS FLOAT64) AS `members`,
          COALESCE(CAST(`t6`.`contracted` AS FLOAT64), CAST(`t21`.`members` AS FLOAT64)) AS `seats`
        FROM (
          SELECT
            `t17`.`account_id`,
            COALESCE(`t17`.`members`, 0) AS `members`
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
          ) AS `t17`
        ) AS `t21`
        INNER JOIN (
          SELECT
            `t0`.`account_id`,
            `t0`.`seats` AS `contracted`
          FROM `accounts` AS `t0`
        ) AS `t6`
          ON `t21`.`account_id` = `t6`.`account_id`
      ) AS `t24`
    ) AS `t27`
      ON `t5`.`account_id` = `t27`.`account_id`
  ) AS `t33`
) AS `t35`
  ON `t30`.`account_id` = `t35`.`account_id`
