WITH `t8` AS (
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
)
SELECT
  `t5`.`account_id`,
  `t26`.`evenness_28d`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t5`
INNER JOIN (
  SELECT
    `t24`.`account_id`,
    `t24`.`value` AS `evenness_28d`
  FROM (
    SELECT
      `t5`.`account_id`,
      IF(
        `t23`.`total` > 0,
        1.0 - (
          ieee_divide(
            (
              `t23`.`weighted` + (
                (
                  `t20`.`members` - CAST(`t23`.`k` AS FLOAT64)
                ) * CAST(`t23`.`total` AS FLOAT64)
              )
            ) * 2.0,
            `t20`.`members` * CAST(`t23`.`total` AS FLOAT64)
          ) - ieee_divide(`t20`.`members` + 1.0, `t20`.`members`)
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
        `t21`.`account_id`,
        SUM(`t21`.`c`) AS `k`,
        SUM(`t21`.`n` * `t21`.`c`) AS `total`,
        SUM(`t21`.`ranked`) AS `weighted`
      FROM (
        SELECT
          `t19`.`account_id`,
          `t19`.`n`,
          `t19`.`c`,
          CAST(`t19`.`n` AS FLOAT64) * (
            (
              `t19`.`c` * (
                SUM(`t19`.`c`) OVER (
                  PARTITION BY `t19`.`account_id`
                  ORDER BY `t19`.`n` ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) - `t19`.`c`
              )
            ) + ieee_divide(`t19`.`c` * (
              `t19`.`c` + 1
            ), 2)
          ) AS `ranked`
        FROM (
          SELECT
            `t17`.`account_id`,
            `t17`.`n`,
            COUNT(*) AS `c`
          FROM (
            SELECT
              `t15`.`account_id`,
              `t15`.`user_id`,
              `t15`.`role`,
              `t15`.`n_28` AS `n`
            FROM (
              SELECT
                `t12`.`account_id`,
                `t12`.`user_id`,
                `t10`.`role`,
                `t12`.`n_28`
              FROM (
                SELECT
                  `t7`.`account_id`,
                  `t7`.`user_id`,
                  SUM(`t7`.`n`) AS `n_28`
                FROM (
                  SELECT
                    *
                  FROM `user_daily` AS `t2`
                  WHERE
                    `t2`.`account_id` IS NOT NULL
                    AND `t2`.`day` >= DATE(2026, 2, 2)
                    AND `t2`.`day` < DATE(2026, 3, 2)
                    AND `t2`.`user_id` IS NOT NULL
                ) AS `t7`
                GROUP BY
                  1,
                  2
              ) AS `t12`
              INNER JOIN `t8` AS `t10`
                ON `t12`.`account_id` = `t10`.`account_id` AND `t12`.`user_id` = `t10`.`user_id`
            ) AS `t15`
            WHERE
              `t15`.`n_28` > 0
          ) AS `t17`
          GROUP BY
            1,
            2
        ) AS `t19`
      ) AS `t21`
      GROUP BY
        1
    ) AS `t23`
      ON `t5`.`account_id` = `t23`.`account_id`
    INNER JOIN (
      SELECT
        `t16`.`account_id`,
        `t16`.`members`
      FROM (
        SELECT
          `t5`.`account_id`,
          CAST(COALESCE(`t14`.`members`, 0) AS FLOAT64) AS `members`,
          COALESCE(CAST(`t6`.`contracted` AS FLOAT64), CAST(COALESCE(`t14`.`members`, 0) AS FLOAT64)) AS `seats`
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
        INNER JOIN (
          SELECT
            `t0`.`account_id`,
            `t0`.`seats` AS `contracted`
          FROM `accounts` AS `t0`
        ) AS `t6`
          ON `t5`.`account_id` = `t6`.`account_id`
      ) AS `t16`
    ) AS `t20`
      ON `t5`.`account_id` = `t20`.`account_id`
  ) AS `t24`
) AS `t26`
  ON `t5`.`account_id` = `t26`.`account_id`
