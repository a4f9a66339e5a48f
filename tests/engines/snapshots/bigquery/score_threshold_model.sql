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
  `t44`.`d0_weight`,
  `t44`.`d1_weight`,
  `t44`.`m0_points`,
  `t44`.`m1_points`,
  `t44`.`m2_points`,
  `t44`.`d0_points`,
  `t44`.`d1_points`,
  `t44`.`score`,
  CASE
    WHEN `t44`.`score` IS NULL
    THEN CAST(NULL AS STRING)
    WHEN `t44`.`score` >= 70.0
    THEN 'good'
    WHEN `t44`.`score` < 40.0
    THEN 'bad'
    ELSE 'normal'
  END AS `band`
FROM (
  SELECT
    `t43`.*
    EXCEPT (`_w0`, `_w1`)
  FROM (
    SELECT
      `t42`.`account_id`,
      `t42`.`live`,
      `t42`.`m0_value`,
      `t42`.`m0_score`,
      `t42`.`m1_value`,
      `t42`.`m1_score`,
      `t42`.`m2_value`,
      `t42`.`m2_score`,
      `t42`.`d0_score`,
      `t42`.`d1_score`,
      `t42`.`_w0`,
      `t42`.`_w1`,
      `t42`.`d0_weight`,
      `t42`.`d1_weight`,
      `t42`.`m0_points`,
      `t42`.`m1_points`,
      `t42`.`m2_points`,
      IF(
        `t42`.`d0_score` IS NOT NULL,
        COALESCE(`t42`.`m0_points`, 0.0) + COALESCE(`t42`.`m1_points`, 0.0),
        CAST(NULL AS FLOAT64)
      ) AS `d0_points`,
      IF(
        `t42`.`d1_score` IS NOT NULL,
        COALESCE(`t42`.`m2_points`, 0.0),
        CAST(NULL AS FLOAT64)
      ) AS `d1_points`,
      IF(
        (
          `t42`.`d0_score` IS NOT NULL
        ) OR (
          `t42`.`d1_score` IS NOT NULL
        ),
        COALESCE(`t42`.`m0_points`, 0.0) + COALESCE(`t42`.`m1_points`, 0.0) + COALESCE(`t42`.`m2_points`, 0.0),
        CAST(NULL AS FLOAT64)
      ) AS `score`
    FROM (
      SELECT
        `t41`.`account_id`,
        `t41`.`live`,
        `t41`.`m0_value`,
        `t41`.`m0_score`,
        `t41`.`m1_value`,
        `t41`.`m1_score`,
        `t41`.`m2_value`,
        `t41`.`m2_score`,
        `t41`.`d0_score`,
        `t41`.`d1_score`,
        `t41`.`_w0`,
        `t41`.`_w1`,
        `t41`.`d0_weight`,
        `t41`.`d1_weight`,
        IF(
          (
            `t41`.`m0_score` IS NOT NULL
          ) AND (
            `t41`.`_w0` > 0
          ),
          ieee_divide(`t41`.`d0_weight` * 1.0, `t41`.`_w0`) * 100.0 * `t41`.`m0_score`,
          CAST(NULL AS FLOAT64)
        ) AS `m0_points`,
        IF(
          (
            `t41`.`m1_score` IS NOT NULL
          ) AND (
            `t41`.`_w0` > 0
          ),
          ieee_divide(`t41`.`d0_weight` * 2.0, `t41`.`_w0`) * 100.0 * `t41`.`m1_score`,
          CAST(NULL AS FLOAT64)
        ) AS `m1_points`,
        IF(
          (
            `t41`.`m2_score` IS NOT NULL
          ) AND (
            `t41`.`_w1` > 0
          ),
          ieee_divide(`t41`.`d1_weight` * 1.0, `t41`.`_w1`) * 100.0 * `t41`.`m2_score`,
          CAST(NULL AS FLOAT64)
        ) AS `m2_points`
      FROM (
        SELECT
          `t40`.`account_id`,
          `t40`.`live`,
          `t40`.`m0_value`,
          `t40`.`m0_score`,
          `t40`.`m1_value`,
          `t40`.`m1_score`,
          `t40`.`m2_value`,
          `t40`.`m2_score`,
          `t40`.`d0_score`,
          `t40`.`d1_score`,
          `t40`.`_w0`,
          `t40`.`_w1`,
          IF(
            (
              IF(`t40`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t40`.`d1_score` IS NOT NULL, 1.0, 0.0)
            ) > 0,
            ieee_divide(
              IF(`t40`.`d0_score` IS NOT NULL, 3.0, 0.0),
              IF(`t40`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t40`.`d1_score` IS NOT NULL, 1.0, 0.0)
            ),
            CAST(NULL AS FLOAT64)
          ) AS `d0_weight`,
          IF(
            (
              IF(`t40`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t40`.`d1_score` IS NOT NULL, 1.0, 0.0)
            ) > 0,
            ieee_divide(
              IF(`t40`.`d1_score` IS NOT NULL, 1.0, 0.0),
              IF(`t40`.`d0_score` IS NOT NULL, 3.0, 0.0) + IF(`t40`.`d1_score` IS NOT NULL, 1.0, 0.0)
            ),
            CAST(NULL AS FLOAT64)
          ) AS `d1_weight`
        FROM (
          SELECT
            `t39`.`account_id`,
            `t39`.`live`,
            `t39`.`m0_value`,
            `t39`.`m0_score`,
            `t39`.`m1_value`,
            `t39`.`m1_score`,
            `t39`.`m2_value`,
            `t39`.`m2_score`,
            IF(
              (
                IF(`t39`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t39`.`m1_score` IS NOT NULL, 2.0, 0.0)
              ) > 0,
              ieee_divide(
                0.0 + (
                  IF(`t39`.`m0_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t39`.`m0_score`, 0.0)
                ) + (
                  IF(`t39`.`m1_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t39`.`m1_score`, 0.0)
                ),
                IF(`t39`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t39`.`m1_score` IS NOT NULL, 2.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d0_score`,
            IF(
              IF(`t39`.`m2_score` IS NOT NULL, 1.0, 0.0) > 0,
              ieee_divide(
                0.0 + (
                  IF(`t39`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t39`.`m2_score`, 0.0)
                ),
                IF(`t39`.`m2_score` IS NOT NULL, 1.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d1_score`,
            IF(`t39`.`m0_score` IS NOT NULL, 1.0, 0.0) + IF(`t39`.`m1_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
            IF(`t39`.`m2_score` IS NOT NULL, 1.0, 0.0) AS `_w1`
          FROM (
            SELECT
              `t19`.`account_id`,
              `t19`.`live`,
              IF(`t19`.`live`, `t38`.`events_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
              IF(
                `t19`.`live`,
                IF(
                  IF(
                    ieee_divide(`t38`.`events_28d` - 0.0, 10.0) IS NULL,
                    ieee_divide(`t38`.`events_28d` - 0.0, 10.0),
                    LEAST(1.0, ieee_divide(`t38`.`events_28d` - 0.0, 10.0))
                  ) IS NULL,
                  IF(
                    ieee_divide(`t38`.`events_28d` - 0.0, 10.0) IS NULL,
                    ieee_divide(`t38`.`events_28d` - 0.0, 10.0),
                    LEAST(1.0, ieee_divide(`t38`.`events_28d` - 0.0, 10.0))
                  ),
                  GREATEST(
                    0.0,
                    IF(
                      ieee_divide(`t38`.`events_28d` - 0.0, 10.0) IS NULL,
                      ieee_divide(`t38`.`events_28d` - 0.0, 10.0),
                      LEAST(1.0, ieee_divide(`t38`.`events_28d` - 0.0, 10.0))
                    )
                  )
                ),
                CAST(NULL AS FLOAT64)
              ) AS `m0_score`,
              IF(`t19`.`live`, `t38`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
              IF(
                `t19`.`live`,
                IF(
                  IF(
                    ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                    ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8),
                    LEAST(1.0, ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8))
                  ) IS NULL,
                  IF(
                    ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                    ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8),
                    LEAST(1.0, ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8))
                  ),
                  GREATEST(
                    0.0,
                    IF(
                      ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8) IS NULL,
                      ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8),
                      LEAST(1.0, ieee_divide(`t38`.`active_rate_28d` - 0.0, 0.8))
                    )
                  )
                ),
                CAST(NULL AS FLOAT64)
              ) AS `m1_score`,
              IF(`t19`.`live`, `t38`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
              IF(
                `t19`.`live`,
                IF(
                  IF(
                    ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                    ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0),
                    LEAST(1.0, ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0))
                  ) IS NULL,
                  IF(
                    ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                    ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0),
                    LEAST(1.0, ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0))
                  ),
                  GREATEST(
                    0.0,
                    IF(
                      ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t38`.`support_tickets_90d` - 0.0, 2.0))
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
                `t36`.`account_id`,
                `t36`.`events_28d`,
                `t36`.`active_rate_28d`,
                `t29`.`support_tickets_90d`
              FROM (
                SELECT
                  `t34`.`account_id`,
                  CAST(COALESCE(`t34`.`e0`, 0) AS FLOAT64) AS `events_28d`,
                  IF(
                    `t34`.`seats` > 0,
                    ieee_divide(CAST(COALESCE(`t34`.`active_28`, 0) AS FLOAT64), `t34`.`seats`),
                    CAST(NULL AS FLOAT64)
                  ) AS `active_rate_28d`
                FROM (
                  SELECT
                    `t31`.`account_id`,
                    CAST(`t31`.`members` AS FLOAT64) AS `members`,
                    COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t31`.`members` AS FLOAT64)) AS `seats`,
                    `t24`.`e0`,
                    `t33`.`active_28`,
                    `t33`.`top_28`,
                    `t33`.`total_28`,
                    `t33`.`admins_28`,
                    `t33`.`admin_events_28`
                  FROM (
                    SELECT
                      `t27`.`account_id`,
                      COALESCE(`t27`.`members`, 0) AS `members`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t23`.`members`
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
                    ) AS `t27`
                  ) AS `t31`
                  INNER JOIN (
                    SELECT
                      `t0`.`account_id`,
                      `t0`.`seats` AS `contracted`
                    FROM `accounts` AS `t0`
                  ) AS `t8`
                    ON `t31`.`account_id` = `t8`.`account_id`
                  LEFT OUTER JOIN (
                    SELECT
                      `t9`.`account_id`,
                      SUM(IF(NOT (
                        `t9`.`event` IN ('email_opened')
                      ), `t9`.`n`, CAST(NULL AS INT64))) AS `e0`
                    FROM (
                      SELECT
                        *
                      FROM `account_daily` AS `t1`
                      WHERE
                        `t1`.`account_id` IS NOT NULL
                        AND `t1`.`day` >= DATE(2026, 2, 2)
                        AND `t1`.`day` < DATE(2026, 3, 2)
                    ) AS `t9`
                    GROUP BY
                      1
                  ) AS `t24`
                    ON `t31`.`account_id` = `t24`.`account_id`
                  LEFT OUTER JOIN (
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
                    ON `t31`.`account_id` = `t33`.`account_id`
                ) AS `t34`
              ) AS `t36`
              INNER JOIN (
                SELECT
                  `t25`.`account_id`,
                  CAST(COALESCE(`t25`.`c`, 0) AS FLOAT64) AS `support_tickets_90d`
                FROM (
                  SELECT
                    `t7`.`account_id`,
                    `t16`.`c`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  LEFT OUTER JOIN (
                    SELECT
                      `t10`.`account_id`,
                      COUNT(*) AS `c`
                    FROM (
                      SELECT
                        *
                      FROM `touchpoints` AS `t2`
                      WHERE
                        `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                        AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                        AND `t2`.`kind` IN ('support_ticket')
                    ) AS `t10`
                    GROUP BY
                      1
                  ) AS `t16`
                    ON `t7`.`account_id` = `t16`.`account_id`
                ) AS `t25`
              ) AS `t29`
                ON `t36`.`account_id` = `t29`.`account_id`
            ) AS `t38`
              ON `t19`.`account_id` = `t38`.`account_id`
          ) AS `t39`
        ) AS `t40`
      ) AS `t41`
    ) AS `t42`
  ) AS `t43`
) AS `t44`
