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
    `t48`.`account_id`,
    'support_tickets_90d' AS `metric`,
    'reach' AS `dimension`,
    `t48`.`m2_value` AS `value`,
    `t48`.`m2_score` AS `score`,
    `t48`.`m2_points` AS `points`
  FROM (
    SELECT
      `t47`.*
      EXCEPT (`_w0`, `_w1`)
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
        `t46`.`d0_weight`,
        `t46`.`d1_weight`,
        `t46`.`m0_points`,
        `t46`.`m1_points`,
        `t46`.`m2_points`,
        IF(
          `t46`.`d0_score` IS NOT NULL,
          COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d0_points`,
        IF(
          `t46`.`d1_score` IS NOT NULL,
          COALESCE(`t46`.`m2_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d1_points`,
        IF(
          (
            `t46`.`d0_score` IS NOT NULL
          ) OR (
            `t46`.`d1_score` IS NOT NULL
          ),
          COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0) + COALESCE(`t46`.`m2_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `score`
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
          `t45`.`d0_score`,
          `t45`.`d1_score`,
          `t45`.`_w0`,
          `t45`.`_w1`,
          `t45`.`d0_weight`,
          `t45`.`d1_weight`,
          IF(
            (
              `t45`.`m0_score` IS NOT NULL
            ) AND (
              `t45`.`_w0` > 0
            ),
            ieee_divide(`t45`.`d0_weight` * 1.0, `t45`.`_w0`) * 100.0 * `t45`.`m0_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m0_points`,
          IF(
            (
              `t45`.`m1_score` IS NOT NULL
            ) AND (
              `t45`.`_w0` > 0
            ),
            ieee_divide(`t45`.`d0_weight` * 2.0, `t45`.`_w0`) * 100.0 * `t45`.`m1_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m1_points`,
          IF(
            (
              `t45`.`m2_score` IS NOT NULL
            ) AND (
              `t45`.`_w1` > 0
            ),
            ieee_divide(`t45`.`d1_weight` * 1.0, `t45`.`_w1`) * 100.0 * `t45`.`m2_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m2_points`
        FROM (
          SELECT
            `t44`.`account_id`,
            `t44`.`live`,
            `t44`.`m0_value`,
            `t44`.`m0_score`,
            `t44`.`m1_value`,
            `t44`.`m1_score`,
            `t44`.`m2_value`,
            `t44`.`m2_score`,
            `t44`.`d0_score`,
            `t44`.`d1_score`,
            `t44`.`_w0`,
            `t44`.`_w1`,
            IF(
              (
                IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0),
                IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d0_weight`,
            IF(
              (
                IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0),
                IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d1_weight`
          FROM (
            SELECT
              `t43`.`account_id`,
              `t43`.`live`,
              `t43`.`m0_value`,
              `t43`.`m0_score`,
              `t43`.`m1_value`,
              `t43`.`m1_score`,
              `t43`.`m2_value`,
              `t43`.`m2_score`,
              IF(
                (
                  IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m0_score`, 0.0)
                  ) + (
                    IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t43`.`m1_score`, 0.0)
                  ),
                  IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_score`,
              IF(
                IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m2_score`, 0.0)
                  ),
                  IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_score`,
              IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
              IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
            FROM (
              SELECT
                `t19`.`account_id`,
                `t19`.`live`,
                IF(`t19`.`live`, `t42`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                IF(
                  `t19`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                      ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                      LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                      ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                      LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m0_score`,
                IF(`t19`.`live`, `t42`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                IF(
                  `t19`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                      ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                      LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                      ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                      LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m1_score`,
                IF(`t19`.`live`, `t42`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                IF(
                  `t19`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
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
              ) AS `t19`
              INNER JOIN (
                SELECT
                  `t7`.`account_id`,
                  `t35`.`events_28d`,
                  `t40`.`active_rate_28d`,
                  `t29`.`support_tickets_90d`
                FROM (
                  SELECT
                    `t0`.`account_id`
                  FROM `accounts` AS `t0`
                ) AS `t7`
                INNER JOIN (
                  SELECT
                    `t32`.`account_id`,
                    CAST(`t32`.`c` AS FLOAT64) AS `events_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t27`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t22`.`account_id`,
                        `t22`.`e0` AS `c`
                      FROM (
                        SELECT
                          `t10`.`account_id`,
                          SUM(IF(NOT (
                            `t10`.`event` IN ('email_opened')
                          ), `t10`.`n`, CAST(NULL AS INT64))) AS `e0`
                        FROM (
                          SELECT
                            *
                          FROM `account_daily` AS `t2`
                          WHERE
                            `t2`.`account_id` IS NOT NULL
                            AND `t2`.`day` >= DATE(2026, 2, 2)
                            AND `t2`.`day` < DATE(2026, 3, 2)
                        ) AS `t10`
                        GROUP BY
                          1
                      ) AS `t22`
                    ) AS `t27`
                      ON `t7`.`account_id` = `t27`.`account_id`
                  ) AS `t32`
                ) AS `t35`
                  ON `t7`.`account_id` = `t35`.`account_id`
                INNER JOIN (
                  SELECT
                    `t38`.`account_id`,
                    `t38`.`value` AS `active_rate_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t31`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t37`.`active`, 0) AS FLOAT64), `t31`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t33`.`account_id`,
                        `t33`.`active_28` AS `active`
                      FROM (
                        SELECT
                          `t26`.`account_id`,
                          SUM(IF(`t26`.`n_28` > 0, 1, 0)) AS `active_28`,
                          MAX(`t26`.`n_28`) AS `top_28`,
                          SUM(`t26`.`n_28`) AS `total_28`,
                          SUM(IF((
                            `t26`.`n_28` > 0
                          ) AND (
                            COALESCE(`t26`.`role`, '') = 'admin'
                          ), 1, 0)) AS `admins_28`,
                          SUM(IF(COALESCE(`t26`.`role`, '') = 'admin', `t26`.`n_28`, 0)) AS `admin_events_28`
                        FROM (
                          SELECT
                            `t20`.`account_id`,
                            `t20`.`user_id`,
                            `t18`.`role`,
                            `t20`.`n_28`
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
                          ) AS `t20`
                          INNER JOIN `t12` AS `t18`
                            ON `t20`.`account_id` = `t18`.`account_id` AND `t20`.`user_id` = `t18`.`user_id`
                        ) AS `t26`
                        GROUP BY
                          1
                      ) AS `t33`
                    ) AS `t37`
                      ON `t7`.`account_id` = `t37`.`account_id`
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
                    ) AS `t31`
                      ON `t7`.`account_id` = `t31`.`account_id`
                  ) AS `t38`
                ) AS `t40`
                  ON `t7`.`account_id` = `t40`.`account_id`
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
              ) AS `t42`
                ON `t19`.`account_id` = `t42`.`account_id`
            ) AS `t43`
          ) AS `t44`
        ) AS `t45`
      ) AS `t46`
    ) AS `t47`
  ) AS `t48`
  WHERE
    `t48`.`live`
) AS `t49`
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t48`.`account_id`,
      'events_28d' AS `metric`,
      'use' AS `dimension`,
      `t48`.`m0_value` AS `value`,
      `t48`.`m0_score` AS `score`,
      `t48`.`m0_points` AS `points`
    FROM (
      SELECT
        `t47`.*
        EXCEPT (`_w0`, `_w1`)
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
          `t46`.`d0_weight`,
          `t46`.`d1_weight`,
          `t46`.`m0_points`,
          `t46`.`m1_points`,
          `t46`.`m2_points`,
          IF(
            `t46`.`d0_score` IS NOT NULL,
            COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t46`.`d1_score` IS NOT NULL,
            COALESCE(`t46`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            (
              `t46`.`d0_score` IS NOT NULL
            ) OR (
              `t46`.`d1_score` IS NOT NULL
            ),
            COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0) + COALESCE(`t46`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
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
            `t45`.`d0_score`,
            `t45`.`d1_score`,
            `t45`.`_w0`,
            `t45`.`_w1`,
            `t45`.`d0_weight`,
            `t45`.`d1_weight`,
            IF(
              (
                `t45`.`m0_score` IS NOT NULL
              ) AND (
                `t45`.`_w0` > 0
              ),
              ieee_divide(`t45`.`d0_weight` * 1.0, `t45`.`_w0`) * 100.0 * `t45`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t45`.`m1_score` IS NOT NULL
              ) AND (
                `t45`.`_w0` > 0
              ),
              ieee_divide(`t45`.`d0_weight` * 2.0, `t45`.`_w0`) * 100.0 * `t45`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t45`.`m2_score` IS NOT NULL
              ) AND (
                `t45`.`_w1` > 0
              ),
              ieee_divide(`t45`.`d1_weight` * 1.0, `t45`.`_w1`) * 100.0 * `t45`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`
          FROM (
            SELECT
              `t44`.`account_id`,
              `t44`.`live`,
              `t44`.`m0_value`,
              `t44`.`m0_score`,
              `t44`.`m1_value`,
              `t44`.`m1_score`,
              `t44`.`m2_value`,
              `t44`.`m2_score`,
              `t44`.`d0_score`,
              `t44`.`d1_score`,
              `t44`.`_w0`,
              `t44`.`_w1`,
              IF(
                (
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0),
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0),
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`
            FROM (
              SELECT
                `t43`.`account_id`,
                `t43`.`live`,
                `t43`.`m0_value`,
                `t43`.`m0_score`,
                `t43`.`m1_value`,
                `t43`.`m1_score`,
                `t43`.`m2_value`,
                `t43`.`m2_score`,
                IF(
                  (
                    IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m0_score`, 0.0)
                    ) + (
                      IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t43`.`m1_score`, 0.0)
                    ),
                    IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m2_score`, 0.0)
                    ),
                    IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
              FROM (
                SELECT
                  `t19`.`account_id`,
                  `t19`.`live`,
                  IF(`t19`.`live`, `t42`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                          ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                          LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t19`.`live`, `t42`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                          ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                          LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t19`.`live`, `t42`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
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
                ) AS `t19`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t35`.`events_28d`,
                    `t40`.`active_rate_28d`,
                    `t29`.`support_tickets_90d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t32`.`account_id`,
                      CAST(`t32`.`c` AS FLOAT64) AS `events_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t27`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t22`.`account_id`,
                          `t22`.`e0` AS `c`
                        FROM (
                          SELECT
                            `t10`.`account_id`,
                            SUM(IF(NOT (
                              `t10`.`event` IN ('email_opened')
                            ), `t10`.`n`, CAST(NULL AS INT64))) AS `e0`
                          FROM (
                            SELECT
                              *
                            FROM `account_daily` AS `t2`
                            WHERE
                              `t2`.`account_id` IS NOT NULL
                              AND `t2`.`day` >= DATE(2026, 2, 2)
                              AND `t2`.`day` < DATE(2026, 3, 2)
                          ) AS `t10`
                          GROUP BY
                            1
                        ) AS `t22`
                      ) AS `t27`
                        ON `t7`.`account_id` = `t27`.`account_id`
                    ) AS `t32`
                  ) AS `t35`
                    ON `t7`.`account_id` = `t35`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t38`.`account_id`,
                      `t38`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t31`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t37`.`active`, 0) AS FLOAT64), `t31`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t33`.`account_id`,
                          `t33`.`active_28` AS `active`
                        FROM (
                          SELECT
                            `t26`.`account_id`,
                            SUM(IF(`t26`.`n_28` > 0, 1, 0)) AS `active_28`,
                            MAX(`t26`.`n_28`) AS `top_28`,
                            SUM(`t26`.`n_28`) AS `total_28`,
                            SUM(IF((
                              `t26`.`n_28` > 0
                            ) AND (
                              COALESCE(`t26`.`role`, '') = 'admin'
                            ), 1, 0)) AS `admins_28`,
                            SUM(IF(COALESCE(`t26`.`role`, '') = 'admin', `t26`.`n_28`, 0)) AS `admin_events_28`
                          FROM (
                            SELECT
                              `t20`.`account_id`,
                              `t20`.`user_id`,
                              `t18`.`role`,
                              `t20`.`n_28`
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
                            ) AS `t20`
                            INNER JOIN `t12` AS `t18`
                              ON `t20`.`account_id` = `t18`.`account_id` AND `t20`.`user_id` = `t18`.`user_id`
                          ) AS `t26`
                          GROUP BY
                            1
                        ) AS `t33`
                      ) AS `t37`
                        ON `t7`.`account_id` = `t37`.`account_id`
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
                      ) AS `t31`
                        ON `t7`.`account_id` = `t31`.`account_id`
                    ) AS `t38`
                  ) AS `t40`
                    ON `t7`.`account_id` = `t40`.`account_id`
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
                ) AS `t42`
                  ON `t19`.`account_id` = `t42`.`account_id`
              ) AS `t43`
            ) AS `t44`
          ) AS `t45`
        ) AS `t46`
      ) AS `t47`
    ) AS `t48`
    WHERE
      `t48`.`live`
  ) AS `t50`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t48`.`account_id`,
      'active_rate_28d' AS `metric`,
      'use' AS `dimension`,
      `t48`.`m1_value` AS `value`,
      `t48`.`m1_score` AS `score`,
      `t48`.`m1_points` AS `points`
    FROM (
      SELECT
        `t47`.*
        EXCEPT (`_w0`, `_w1`)
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
          `t46`.`d0_weight`,
          `t46`.`d1_weight`,
          `t46`.`m0_points`,
          `t46`.`m1_points`,
          `t46`.`m2_points`,
          IF(
            `t46`.`d0_score` IS NOT NULL,
            COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t46`.`d1_score` IS NOT NULL,
            COALESCE(`t46`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            (
              `t46`.`d0_score` IS NOT NULL
            ) OR (
              `t46`.`d1_score` IS NOT NULL
            ),
            COALESCE(`t46`.`m0_points`, 0.0) + COALESCE(`t46`.`m1_points`, 0.0) + COALESCE(`t46`.`m2_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
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
            `t45`.`d0_score`,
            `t45`.`d1_score`,
            `t45`.`_w0`,
            `t45`.`_w1`,
            `t45`.`d0_weight`,
            `t45`.`d1_weight`,
            IF(
              (
                `t45`.`m0_score` IS NOT NULL
              ) AND (
                `t45`.`_w0` > 0
              ),
              ieee_divide(`t45`.`d0_weight` * 1.0, `t45`.`_w0`) * 100.0 * `t45`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t45`.`m1_score` IS NOT NULL
              ) AND (
                `t45`.`_w0` > 0
              ),
              ieee_divide(`t45`.`d0_weight` * 2.0, `t45`.`_w0`) * 100.0 * `t45`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t45`.`m2_score` IS NOT NULL
              ) AND (
                `t45`.`_w1` > 0
              ),
              ieee_divide(`t45`.`d1_weight` * 1.0, `t45`.`_w1`) * 100.0 * `t45`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`
          FROM (
            SELECT
              `t44`.`account_id`,
              `t44`.`live`,
              `t44`.`m0_value`,
              `t44`.`m0_score`,
              `t44`.`m1_value`,
              `t44`.`m1_score`,
              `t44`.`m2_value`,
              `t44`.`m2_score`,
              `t44`.`d0_score`,
              `t44`.`d1_score`,
              `t44`.`_w0`,
              `t44`.`_w1`,
              IF(
                (
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0),
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0),
                  IF(`t44`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t44`.`d1_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`
            FROM (
              SELECT
                `t43`.`account_id`,
                `t43`.`live`,
                `t43`.`m0_value`,
                `t43`.`m0_score`,
                `t43`.`m1_value`,
                `t43`.`m1_score`,
                `t43`.`m2_value`,
                `t43`.`m2_score`,
                IF(
                  (
                    IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m0_score`, 0.0)
                    ) + (
                      IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t43`.`m1_score`, 0.0)
                    ),
                    IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t43`.`m2_score`, 0.0)
                    ),
                    IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(`t43`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t43`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t43`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
              FROM (
                SELECT
                  `t19`.`account_id`,
                  `t19`.`live`,
                  IF(`t19`.`live`, `t42`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                        ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                        LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`events_28d` - 0.0, 10.0) IS NULL,
                          ieee_divide(`t42`.`events_28d` - 0.0, 10.0),
                          LEAST(1.0, ieee_divide(`t42`.`events_28d` - 0.0, 10.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t19`.`live`, `t42`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                        ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                        LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                          ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8),
                          LEAST(1.0, ieee_divide(`t42`.`active_rate_28d` - 0.0, 0.8))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t19`.`live`, `t42`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t19`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t42`.`support_tickets_90d` - 0.0, 2.0))
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
                ) AS `t19`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t35`.`events_28d`,
                    `t40`.`active_rate_28d`,
                    `t29`.`support_tickets_90d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t32`.`account_id`,
                      CAST(`t32`.`c` AS FLOAT64) AS `events_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t27`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t22`.`account_id`,
                          `t22`.`e0` AS `c`
                        FROM (
                          SELECT
                            `t10`.`account_id`,
                            SUM(IF(NOT (
                              `t10`.`event` IN ('email_opened')
                            ), `t10`.`n`, CAST(NULL AS INT64))) AS `e0`
                          FROM (
                            SELECT
                              *
                            FROM `account_daily` AS `t2`
                            WHERE
                              `t2`.`account_id` IS NOT NULL
                              AND `t2`.`day` >= DATE(2026, 2, 2)
                              AND `t2`.`day` < DATE(2026, 3, 2)
                          ) AS `t10`
                          GROUP BY
                            1
                        ) AS `t22`
                      ) AS `t27`
                        ON `t7`.`account_id` = `t27`.`account_id`
                    ) AS `t32`
                  ) AS `t35`
                    ON `t7`.`account_id` = `t35`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t38`.`account_id`,
                      `t38`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t31`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t37`.`active`, 0) AS FLOAT64), `t31`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t33`.`account_id`,
                          `t33`.`active_28` AS `active`
                        FROM (
                          SELECT
                            `t26`.`account_id`,
                            SUM(IF(`t26`.`n_28` > 0, 1, 0)) AS `active_28`,
                            MAX(`t26`.`n_28`) AS `top_28`,
                            SUM(`t26`.`n_28`) AS `total_28`,
                            SUM(IF((
                              `t26`.`n_28` > 0
                            ) AND (
                              COALESCE(`t26`.`role`, '') = 'admin'
                            ), 1, 0)) AS `admins_28`,
                            SUM(IF(COALESCE(`t26`.`role`, '') = 'admin', `t26`.`n_28`, 0)) AS `admin_events_28`
                          FROM (
                            SELECT
                              `t20`.`account_id`,
                              `t20`.`user_id`,
                              `t18`.`role`,
                              `t20`.`n_28`
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
                            ) AS `t20`
                            INNER JOIN `t12` AS `t18`
                              ON `t20`.`account_id` = `t18`.`account_id` AND `t20`.`user_id` = `t18`.`user_id`
                          ) AS `t26`
                          GROUP BY
                            1
                        ) AS `t33`
                      ) AS `t37`
                        ON `t7`.`account_id` = `t37`.`account_id`
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
                      ) AS `t31`
                        ON `t7`.`account_id` = `t31`.`account_id`
                    ) AS `t38`
                  ) AS `t40`
                    ON `t7`.`account_id` = `t40`.`account_id`
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
                ) AS `t42`
                  ON `t19`.`account_id` = `t42`.`account_id`
              ) AS `t43`
            ) AS `t44`
          ) AS `t45`
        ) AS `t46`
      ) AS `t47`
    ) AS `t48`
    WHERE
      `t48`.`live`
  ) AS `t51`
) AS `t52`
