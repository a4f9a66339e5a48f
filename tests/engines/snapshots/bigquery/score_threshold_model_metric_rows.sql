WITH `t12` AS (
  SELECT
    `t4`.`account_id`,
    `t4`.`user_id`,
    `t4`.`role`
  FROM `memberships` AS `t4`
  WHERE
    (
      `t4`.`joined_at` IS NULL
    )
    OR (
      `t4`.`joined_at` < DATETIME('2026-03-01T15:00:00')
    )
)
SELECT
  *
FROM (
  SELECT
    `t50`.`account_id`,
    'support_tickets_90d' AS `metric`,
    'reach' AS `dimension`,
    `t50`.`m2_value` AS `value`,
    `t50`.`m2_score` AS `score`,
    `t50`.`m2_points` AS `points`
  FROM (
    SELECT
      `t49`.*
      EXCEPT (`_w0`, `_w1`)
    FROM (
      SELECT
        `t48`.`account_id`,
        `t48`.`live`,
        `t48`.`m0_value`,
        `t48`.`m0_score`,
        `t48`.`m1_value`,
        `t48`.`m1_score`,
        `t48`.`m2_value`,
        `t48`.`m2_score`,
        `t48`.`d0_score`,
        `t48`.`d1_score`,
        `t48`.`_w0`,
        `t48`.`_w1`,
        `t48`.`d0_weight`,
        `t48`.`d1_weight`,
        `t48`.`m0_points`,
        `t48`.`m1_points`,
        `t48`.`m2_points`,
        IF(
          `t48`.`d0_score` IS NOT NULL,
          COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d0_points`,
        IF(
          `t48`.`d1_score` IS NOT NULL,
          COALESCE(`t48`.`m2_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d1_points`,
        IF(
          (
            `t48`.`d0_score` IS NOT NULL
          ) OR (
            `t48`.`d1_score` IS NOT NULL
          ),
          COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0) + COALESCE(`t48`.`m2_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `score`
      FROM (
        SELECT
          `t47`.`account_id`,
          `t47`.`live`,
          `t47`.`m0_value`,
          `t47`.`m0_score`,
          `t47`.`m1_value`,
          `t47`.`m1_score`,
          `t47`.`m2_value`,
          `t47`.`m2_score`,
          `t47`.`d0_score`,
          `t47`.`d1_score`,
          `t47`.`_w0`,
          `t47`.`_w1`,
          `t47`.`d0_weight`,
          `t47`.`d1_weight`,
          IF(
            (
              `t47`.`m0_score` IS NOT NULL
            ) AND (
              `t47`.`_w0` > 0
            ),
            ieee_divide(`t47`.`d0_weight` * 1.0, `t47`.`_w0`) * 100.0 * `t47`.`m0_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m0_points`,
          IF(
            (
              `t47`.`m1_score` IS NOT NULL
            ) AND (
              `t47`.`_w0` > 0
            ),
            ieee_divide(`t47`.`d0_weight` * 2.0, `t47`.`_w0`) * 100.0 * `t47`.`m1_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m1_points`,
          IF(
            (
              `t47`.`m2_score` IS NOT NULL
            ) AND (
              `t47`.`_w1` > 0
            ),
            ieee_divide(`t47`.`d1_weight` * 1.0, `t47`.`_w1`) * 100.0 * `t47`.`m2_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m2_points`
        FROM (
          SELECT
            `t46`.`account_id`,
            `t46`.`live`,
            `t46`.`m0_value`,
            `t46`.`m0_score`,
            `t46`.`m1_value`,
            `t46`.`m1_score`,
            `t46`.`m2_value`,
            `t46`.`m2_score`,
            `t46`.`d0_score`,
            `t46`.`d1_score`,
            `t46`.`_w0`,
            `t46`.`_w1`,
            IF(
              (
                IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0),
                IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d0_weight`,
            IF(
              (
                IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0),
                IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d1_weight`
          FROM (
            SELECT
              `t45`.`account_id`,
              `t45`.`live`,
              `t45`.`m0_value`,
              `t45`.`m0_score`,
              `t45`.`m1_value`,
              `t45`.`m1_score`,
              `t45`.`m2_value`,
              `t45`.`m2_score`,
              IF(
                (
                  IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m0_score`, 0.0)
                  ) + (
                    IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t45`.`m1_score`, 0.0)
                  ),
                  IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_score`,
              IF(
                IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m2_score`, 0.0)
                  ),
                  IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_score`,
              IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
              IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
            FROM (
              SELECT
                `t20`.`account_id`,
                `t20`.`live`,
                IF(`t20`.`live`, `t44`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                IF(
                  `t20`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                      ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                      LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                      ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                      LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m0_score`,
                IF(`t20`.`live`, `t44`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                IF(
                  `t20`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                      ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                      LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                      ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                      LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m1_score`,
                IF(`t20`.`live`, `t44`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                IF(
                  `t20`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m2_score`
              FROM (
                SELECT
                  `t0`.`account_id`,
                  `t0`.`tier`,
                  (
                    (
                      COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) IS NULL
                    )
                    OR (
                      COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) < DATETIME('2026-03-01T15:00:00')
                    )
                  )
                  AND IF(
                    `t0`.`churned_at` IS NOT NULL,
                    `t0`.`churned_at` >= DATETIME('2026-03-01T15:00:00'),
                    COALESCE(`t0`.`status`, '') <> 'churned'
                  ) AS `live`
                FROM `accounts` AS `t0`
              ) AS `t20`
              INNER JOIN (
                SELECT
                  `t7`.`account_id`,
                  `t39`.`events_28d`,
                  `t42`.`active_rate_28d`,
                  `t29`.`support_tickets_90d`
                FROM (
                  SELECT
                    `t0`.`account_id`
                  FROM `accounts` AS `t0`
                ) AS `t7`
                INNER JOIN (
                  SELECT
                    `t37`.`account_id`,
                    CAST(`t37`.`c` AS FLOAT64) AS `events_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t34`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t28`.`account_id`,
                        `t28`.`c`
                      FROM (
                        SELECT
                          `t25`.`account_id`,
                          SUM(`t25`.`c`) AS `c`,
                          MAX(`t25`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              `t10`.`account_id`,
                              `t10`.`event`,
                              `t10`.`seg`,
                              SUM(`t10`.`n`) AS `c`,
                              MAX(`t10`.`day`) AS `last`
                            FROM (
                              SELECT
                                `t2`.`account_id`,
                                `t2`.`day`,
                                `t2`.`event`,
                                `t2`.`n`,
                                0 AS `seg`
                              FROM `account_daily` AS `t2`
                              WHERE
                                `t2`.`account_id` IS NOT NULL
                                AND `t2`.`day` >= DATE(2026, 2, 2)
                                AND `t2`.`day` < DATE(2026, 3, 2)
                            ) AS `t10`
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS `t17`
                          WHERE
                            NOT (
                              `t17`.`event` IN ('email_opened')
                            ) AND `t17`.`seg` IN (0)
                        ) AS `t25`
                        GROUP BY
                          1
                      ) AS `t28`
                    ) AS `t34`
                      ON `t7`.`account_id` = `t34`.`account_id`
                  ) AS `t37`
                ) AS `t39`
                  ON `t7`.`account_id` = `t39`.`account_id`
                INNER JOIN (
                  SELECT
                    `t40`.`account_id`,
                    `t40`.`value` AS `active_rate_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t33`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t36`.`active`, 0) AS FLOAT64), `t33`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t30`.`account_id`,
                        COUNT(`t30`.`user_id`) AS `active`
                      FROM (
                        SELECT
                          `t26`.`account_id`,
                          `t26`.`user_id`,
                          `t26`.`role`,
                          `t26`.`n_28` AS `n`
                        FROM (
                          SELECT
                            `t21`.`account_id`,
                            `t21`.`user_id`,
                            `t19`.`role`,
                            `t21`.`n_28`
                          FROM (
                            SELECT
                              `t11`.`account_id`,
                              `t11`.`user_id`,
                              SUM(`t11`.`n`) AS `n_28`
                            FROM (
                              SELECT
                                *
                              FROM `user_daily` AS `t3`
                              WHERE
                                `t3`.`account_id` IS NOT NULL
                                AND `t3`.`day` >= DATE(2026, 2, 2)
                                AND `t3`.`day` < DATE(2026, 3, 2)
                                AND `t3`.`user_id` IS NOT NULL
                            ) AS `t11`
                            GROUP BY
                              1,
                              2
                          ) AS `t21`
                          INNER JOIN `t12` AS `t19`
                            ON `t21`.`account_id` = `t19`.`account_id` AND `t21`.`user_id` = `t19`.`user_id`
                        ) AS `t26`
                        WHERE
                          `t26`.`n_28` > 0
                      ) AS `t30`
                      GROUP BY
                        1
                    ) AS `t36`
                      ON `t7`.`account_id` = `t36`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t7`.`account_id`,
                        CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64) AS `members`,
                        COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64)) AS `seats`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t14`.`account_id`,
                          COUNT(`t14`.`user_id`) AS `members`
                        FROM `t12` AS `t14`
                        GROUP BY
                          1
                      ) AS `t23`
                        ON `t7`.`account_id` = `t23`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t0`.`account_id`,
                          `t0`.`seats` AS `contracted`
                        FROM `accounts` AS `t0`
                      ) AS `t8`
                        ON `t7`.`account_id` = `t8`.`account_id`
                    ) AS `t33`
                      ON `t7`.`account_id` = `t33`.`account_id`
                  ) AS `t40`
                ) AS `t42`
                  ON `t7`.`account_id` = `t42`.`account_id`
                INNER JOIN (
                  SELECT
                    `t24`.`account_id`,
                    CAST(`t24`.`c` AS FLOAT64) AS `support_tickets_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t16`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t9`.`account_id`,
                        COUNT(*) AS `c`
                      FROM (
                        SELECT
                          *
                        FROM `touchpoints` AS `t1`
                        WHERE
                          `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t1`.`kind` IN ('support_ticket')
                      ) AS `t9`
                      GROUP BY
                        1
                    ) AS `t16`
                      ON `t7`.`account_id` = `t16`.`account_id`
                  ) AS `t24`
                ) AS `t29`
                  ON `t7`.`account_id` = `t29`.`account_id`
              ) AS `t44`
                ON `t20`.`account_id` = `t44`.`account_id`
            ) AS `t45`
          ) AS `t46`
        ) AS `t47`
      ) AS `t48`
    ) AS `t49`
  ) AS `t50`
  WHERE
    `t50`.`live`
) AS `t51`
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t50`.`account_id`,
      'events_28d' AS `metric`,
      'use' AS `dimension`,
      `t50`.`m0_value` AS `value`,
      `t50`.`m0_score` AS `score`,
      `t50`.`m0_points` AS `points`
    FROM (
      SELECT
        `t49`.*
        EXCEPT (`_w0`, `_w1`)
      FROM (
        SELECT
          `t48`.`account_id`,
          `t48`.`live`,
          `t48`.`m0_value`,
          `t48`.`m0_score`,
          `t48`.`m1_value`,
          `t48`.`m1_score`,
          `t48`.`m2_value`,
          `t48`.`m2_score`,
          `t48`.`d0_score`,
          `t48`.`d1_score`,
          `t48`.`_w0`,
          `t48`.`_w1`,
          `t48`.`d0_weight`,
          `t48`.`d1_weight`,
          `t48`.`m0_points`,
          `t48`.`m1_points`,
          `t48`.`m2_points`,
          IF(
            `t48`.`d0_score` IS NOT NULL,
            COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t48`.`d1_score` IS NOT NULL,
            COALESCE(`t48`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            (
              `t48`.`d0_score` IS NOT NULL
            ) OR (
              `t48`.`d1_score` IS NOT NULL
            ),
            COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0) + COALESCE(`t48`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t47`.`account_id`,
            `t47`.`live`,
            `t47`.`m0_value`,
            `t47`.`m0_score`,
            `t47`.`m1_value`,
            `t47`.`m1_score`,
            `t47`.`m2_value`,
            `t47`.`m2_score`,
            `t47`.`d0_score`,
            `t47`.`d1_score`,
            `t47`.`_w0`,
            `t47`.`_w1`,
            `t47`.`d0_weight`,
            `t47`.`d1_weight`,
            IF(
              (
                `t47`.`m0_score` IS NOT NULL
              ) AND (
                `t47`.`_w0` > 0
              ),
              ieee_divide(`t47`.`d0_weight` * 1.0, `t47`.`_w0`) * 100.0 * `t47`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t47`.`m1_score` IS NOT NULL
              ) AND (
                `t47`.`_w0` > 0
              ),
              ieee_divide(`t47`.`d0_weight` * 2.0, `t47`.`_w0`) * 100.0 * `t47`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t47`.`m2_score` IS NOT NULL
              ) AND (
                `t47`.`_w1` > 0
              ),
              ieee_divide(`t47`.`d1_weight` * 1.0, `t47`.`_w1`) * 100.0 * `t47`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`
          FROM (
            SELECT
              `t46`.`account_id`,
              `t46`.`live`,
              `t46`.`m0_value`,
              `t46`.`m0_score`,
              `t46`.`m1_value`,
              `t46`.`m1_score`,
              `t46`.`m2_value`,
              `t46`.`m2_score`,
              `t46`.`d0_score`,
              `t46`.`d1_score`,
              `t46`.`_w0`,
              `t46`.`_w1`,
              IF(
                (
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0),
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0),
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`
            FROM (
              SELECT
                `t45`.`account_id`,
                `t45`.`live`,
                `t45`.`m0_value`,
                `t45`.`m0_score`,
                `t45`.`m1_value`,
                `t45`.`m1_score`,
                `t45`.`m2_value`,
                `t45`.`m2_score`,
                IF(
                  (
                    IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m0_score`, 0.0)
                    ) + (
                      IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t45`.`m1_score`, 0.0)
                    ),
                    IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m2_score`, 0.0)
                    ),
                    IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
              FROM (
                SELECT
                  `t20`.`account_id`,
                  `t20`.`live`,
                  IF(`t20`.`live`, `t44`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                          ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                          LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t20`.`live`, `t44`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                          ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                          LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t20`.`live`, `t44`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`
                FROM (
                  SELECT
                    `t0`.`account_id`,
                    `t0`.`tier`,
                    (
                      (
                        COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) IS NULL
                      )
                      OR (
                        COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) < DATETIME('2026-03-01T15:00:00')
                      )
                    )
                    AND IF(
                      `t0`.`churned_at` IS NOT NULL,
                      `t0`.`churned_at` >= DATETIME('2026-03-01T15:00:00'),
                      COALESCE(`t0`.`status`, '') <> 'churned'
                    ) AS `live`
                  FROM `accounts` AS `t0`
                ) AS `t20`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t39`.`events_28d`,
                    `t42`.`active_rate_28d`,
                    `t29`.`support_tickets_90d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t37`.`account_id`,
                      CAST(`t37`.`c` AS FLOAT64) AS `events_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t34`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t28`.`account_id`,
                          `t28`.`c`
                        FROM (
                          SELECT
                            `t25`.`account_id`,
                            SUM(`t25`.`c`) AS `c`,
                            MAX(`t25`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t10`.`account_id`,
                                `t10`.`event`,
                                `t10`.`seg`,
                                SUM(`t10`.`n`) AS `c`,
                                MAX(`t10`.`day`) AS `last`
                              FROM (
                                SELECT
                                  `t2`.`account_id`,
                                  `t2`.`day`,
                                  `t2`.`event`,
                                  `t2`.`n`,
                                  0 AS `seg`
                                FROM `account_daily` AS `t2`
                                WHERE
                                  `t2`.`account_id` IS NOT NULL
                                  AND `t2`.`day` >= DATE(2026, 2, 2)
                                  AND `t2`.`day` < DATE(2026, 3, 2)
                              ) AS `t10`
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS `t17`
                            WHERE
                              NOT (
                                `t17`.`event` IN ('email_opened')
                              ) AND `t17`.`seg` IN (0)
                          ) AS `t25`
                          GROUP BY
                            1
                        ) AS `t28`
                      ) AS `t34`
                        ON `t7`.`account_id` = `t34`.`account_id`
                    ) AS `t37`
                  ) AS `t39`
                    ON `t7`.`account_id` = `t39`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t40`.`account_id`,
                      `t40`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t33`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t36`.`active`, 0) AS FLOAT64), `t33`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t30`.`account_id`,
                          COUNT(`t30`.`user_id`) AS `active`
                        FROM (
                          SELECT
                            `t26`.`account_id`,
                            `t26`.`user_id`,
                            `t26`.`role`,
                            `t26`.`n_28` AS `n`
                          FROM (
                            SELECT
                              `t21`.`account_id`,
                              `t21`.`user_id`,
                              `t19`.`role`,
                              `t21`.`n_28`
                            FROM (
                              SELECT
                                `t11`.`account_id`,
                                `t11`.`user_id`,
                                SUM(`t11`.`n`) AS `n_28`
                              FROM (
                                SELECT
                                  *
                                FROM `user_daily` AS `t3`
                                WHERE
                                  `t3`.`account_id` IS NOT NULL
                                  AND `t3`.`day` >= DATE(2026, 2, 2)
                                  AND `t3`.`day` < DATE(2026, 3, 2)
                                  AND `t3`.`user_id` IS NOT NULL
                              ) AS `t11`
                              GROUP BY
                                1,
                                2
                            ) AS `t21`
                            INNER JOIN `t12` AS `t19`
                              ON `t21`.`account_id` = `t19`.`account_id` AND `t21`.`user_id` = `t19`.`user_id`
                          ) AS `t26`
                          WHERE
                            `t26`.`n_28` > 0
                        ) AS `t30`
                        GROUP BY
                          1
                      ) AS `t36`
                        ON `t7`.`account_id` = `t36`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64) AS `members`,
                          COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64)) AS `seats`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t14`.`account_id`,
                            COUNT(`t14`.`user_id`) AS `members`
                          FROM `t12` AS `t14`
                          GROUP BY
                            1
                        ) AS `t23`
                          ON `t7`.`account_id` = `t23`.`account_id`
                        INNER JOIN (
                          SELECT
                            `t0`.`account_id`,
                            `t0`.`seats` AS `contracted`
                          FROM `accounts` AS `t0`
                        ) AS `t8`
                          ON `t7`.`account_id` = `t8`.`account_id`
                      ) AS `t33`
                        ON `t7`.`account_id` = `t33`.`account_id`
                    ) AS `t40`
                  ) AS `t42`
                    ON `t7`.`account_id` = `t42`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t24`.`account_id`,
                      CAST(`t24`.`c` AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t16`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t9`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('support_ticket')
                        ) AS `t9`
                        GROUP BY
                          1
                      ) AS `t16`
                        ON `t7`.`account_id` = `t16`.`account_id`
                    ) AS `t24`
                  ) AS `t29`
                    ON `t7`.`account_id` = `t29`.`account_id`
                ) AS `t44`
                  ON `t20`.`account_id` = `t44`.`account_id`
              ) AS `t45`
            ) AS `t46`
          ) AS `t47`
        ) AS `t48`
      ) AS `t49`
    ) AS `t50`
    WHERE
      `t50`.`live`
  ) AS `t52`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t50`.`account_id`,
      'active_rate_28d' AS `metric`,
      'use' AS `dimension`,
      `t50`.`m1_value` AS `value`,
      `t50`.`m1_score` AS `score`,
      `t50`.`m1_points` AS `points`
    FROM (
      SELECT
        `t49`.*
        EXCEPT (`_w0`, `_w1`)
      FROM (
        SELECT
          `t48`.`account_id`,
          `t48`.`live`,
          `t48`.`m0_value`,
          `t48`.`m0_score`,
          `t48`.`m1_value`,
          `t48`.`m1_score`,
          `t48`.`m2_value`,
          `t48`.`m2_score`,
          `t48`.`d0_score`,
          `t48`.`d1_score`,
          `t48`.`_w0`,
          `t48`.`_w1`,
          `t48`.`d0_weight`,
          `t48`.`d1_weight`,
          `t48`.`m0_points`,
          `t48`.`m1_points`,
          `t48`.`m2_points`,
          IF(
            `t48`.`d0_score` IS NOT NULL,
            COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t48`.`d1_score` IS NOT NULL,
            COALESCE(`t48`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            (
              `t48`.`d0_score` IS NOT NULL
            ) OR (
              `t48`.`d1_score` IS NOT NULL
            ),
            COALESCE(`t48`.`m0_points`, 0.0) + COALESCE(`t48`.`m1_points`, 0.0) + COALESCE(`t48`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t47`.`account_id`,
            `t47`.`live`,
            `t47`.`m0_value`,
            `t47`.`m0_score`,
            `t47`.`m1_value`,
            `t47`.`m1_score`,
            `t47`.`m2_value`,
            `t47`.`m2_score`,
            `t47`.`d0_score`,
            `t47`.`d1_score`,
            `t47`.`_w0`,
            `t47`.`_w1`,
            `t47`.`d0_weight`,
            `t47`.`d1_weight`,
            IF(
              (
                `t47`.`m0_score` IS NOT NULL
              ) AND (
                `t47`.`_w0` > 0
              ),
              ieee_divide(`t47`.`d0_weight` * 1.0, `t47`.`_w0`) * 100.0 * `t47`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t47`.`m1_score` IS NOT NULL
              ) AND (
                `t47`.`_w0` > 0
              ),
              ieee_divide(`t47`.`d0_weight` * 2.0, `t47`.`_w0`) * 100.0 * `t47`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t47`.`m2_score` IS NOT NULL
              ) AND (
                `t47`.`_w1` > 0
              ),
              ieee_divide(`t47`.`d1_weight` * 1.0, `t47`.`_w1`) * 100.0 * `t47`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`
          FROM (
            SELECT
              `t46`.`account_id`,
              `t46`.`live`,
              `t46`.`m0_value`,
              `t46`.`m0_score`,
              `t46`.`m1_value`,
              `t46`.`m1_score`,
              `t46`.`m2_value`,
              `t46`.`m2_score`,
              `t46`.`d0_score`,
              `t46`.`d1_score`,
              `t46`.`_w0`,
              `t46`.`_w1`,
              IF(
                (
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0),
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0),
                  IF(`t46`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t46`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`
            FROM (
              SELECT
                `t45`.`account_id`,
                `t45`.`live`,
                `t45`.`m0_value`,
                `t45`.`m0_score`,
                `t45`.`m1_value`,
                `t45`.`m1_score`,
                `t45`.`m2_value`,
                `t45`.`m2_score`,
                IF(
                  (
                    IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m0_score`, 0.0)
                    ) + (
                      IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t45`.`m1_score`, 0.0)
                    ),
                    IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t45`.`m2_score`, 0.0)
                    ),
                    IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(`t45`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t45`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t45`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
              FROM (
                SELECT
                  `t20`.`account_id`,
                  `t20`.`live`,
                  IF(`t20`.`live`, `t44`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`events_28d` - 0.0, 10.0) IS NULL,
                          ieee_divide(`t44`.`events_28d` - 0.0, 10.0),
                          LEAST(1.0, ieee_divide(`t44`.`events_28d` - 0.0, 10.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t20`.`live`, `t44`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                          ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8),
                          LEAST(1.0, ieee_divide(`t44`.`active_rate_28d` - 0.0, 0.8))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t20`.`live`, `t44`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t20`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t44`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`
                FROM (
                  SELECT
                    `t0`.`account_id`,
                    `t0`.`tier`,
                    (
                      (
                        COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) IS NULL
                      )
                      OR (
                        COALESCE(`t0`.`trial_started_at`, `t0`.`contract_started_at`) < DATETIME('2026-03-01T15:00:00')
                      )
                    )
                    AND IF(
                      `t0`.`churned_at` IS NOT NULL,
                      `t0`.`churned_at` >= DATETIME('2026-03-01T15:00:00'),
                      COALESCE(`t0`.`status`, '') <> 'churned'
                    ) AS `live`
                  FROM `accounts` AS `t0`
                ) AS `t20`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t39`.`events_28d`,
                    `t42`.`active_rate_28d`,
                    `t29`.`support_tickets_90d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t37`.`account_id`,
                      CAST(`t37`.`c` AS FLOAT64) AS `events_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t34`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t28`.`account_id`,
                          `t28`.`c`
                        FROM (
                          SELECT
                            `t25`.`account_id`,
                            SUM(`t25`.`c`) AS `c`,
                            MAX(`t25`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t10`.`account_id`,
                                `t10`.`event`,
                                `t10`.`seg`,
                                SUM(`t10`.`n`) AS `c`,
                                MAX(`t10`.`day`) AS `last`
                              FROM (
                                SELECT
                                  `t2`.`account_id`,
                                  `t2`.`day`,
                                  `t2`.`event`,
                                  `t2`.`n`,
                                  0 AS `seg`
                                FROM `account_daily` AS `t2`
                                WHERE
                                  `t2`.`account_id` IS NOT NULL
                                  AND `t2`.`day` >= DATE(2026, 2, 2)
                                  AND `t2`.`day` < DATE(2026, 3, 2)
                              ) AS `t10`
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS `t17`
                            WHERE
                              NOT (
                                `t17`.`event` IN ('email_opened')
                              ) AND `t17`.`seg` IN (0)
                          ) AS `t25`
                          GROUP BY
                            1
                        ) AS `t28`
                      ) AS `t34`
                        ON `t7`.`account_id` = `t34`.`account_id`
                    ) AS `t37`
                  ) AS `t39`
                    ON `t7`.`account_id` = `t39`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t40`.`account_id`,
                      `t40`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t33`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t36`.`active`, 0) AS FLOAT64), `t33`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t30`.`account_id`,
                          COUNT(`t30`.`user_id`) AS `active`
                        FROM (
                          SELECT
                            `t26`.`account_id`,
                            `t26`.`user_id`,
                            `t26`.`role`,
                            `t26`.`n_28` AS `n`
                          FROM (
                            SELECT
                              `t21`.`account_id`,
                              `t21`.`user_id`,
                              `t19`.`role`,
                              `t21`.`n_28`
                            FROM (
                              SELECT
                                `t11`.`account_id`,
                                `t11`.`user_id`,
                                SUM(`t11`.`n`) AS `n_28`
                              FROM (
                                SELECT
                                  *
                                FROM `user_daily` AS `t3`
                                WHERE
                                  `t3`.`account_id` IS NOT NULL
                                  AND `t3`.`day` >= DATE(2026, 2, 2)
                                  AND `t3`.`day` < DATE(2026, 3, 2)
                                  AND `t3`.`user_id` IS NOT NULL
                              ) AS `t11`
                              GROUP BY
                                1,
                                2
                            ) AS `t21`
                            INNER JOIN `t12` AS `t19`
                              ON `t21`.`account_id` = `t19`.`account_id` AND `t21`.`user_id` = `t19`.`user_id`
                          ) AS `t26`
                          WHERE
                            `t26`.`n_28` > 0
                        ) AS `t30`
                        GROUP BY
                          1
                      ) AS `t36`
                        ON `t7`.`account_id` = `t36`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64) AS `members`,
                          COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(COALESCE(`t23`.`members`, 0) AS FLOAT64)) AS `seats`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t14`.`account_id`,
                            COUNT(`t14`.`user_id`) AS `members`
                          FROM `t12` AS `t14`
                          GROUP BY
                            1
                        ) AS `t23`
                          ON `t7`.`account_id` = `t23`.`account_id`
                        INNER JOIN (
                          SELECT
                            `t0`.`account_id`,
                            `t0`.`seats` AS `contracted`
                          FROM `accounts` AS `t0`
                        ) AS `t8`
                          ON `t7`.`account_id` = `t8`.`account_id`
                      ) AS `t33`
                        ON `t7`.`account_id` = `t33`.`account_id`
                    ) AS `t40`
                  ) AS `t42`
                    ON `t7`.`account_id` = `t42`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t24`.`account_id`,
                      CAST(`t24`.`c` AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t16`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t9`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('support_ticket')
                        ) AS `t9`
                        GROUP BY
                          1
                      ) AS `t16`
                        ON `t7`.`account_id` = `t16`.`account_id`
                    ) AS `t24`
                  ) AS `t29`
                    ON `t7`.`account_id` = `t29`.`account_id`
                ) AS `t44`
                  ON `t20`.`account_id` = `t44`.`account_id`
              ) AS `t45`
            ) AS `t46`
          ) AS `t47`
        ) AS `t48`
      ) AS `t49`
    ) AS `t50`
    WHERE
      `t50`.`live`
  ) AS `t53`
) AS `t54`
