WITH `t15` AS (
  SELECT
    `t3`.`account_id`,
    `t3`.`user_id`,
    `t3`.`role`
  FROM `memberships` AS `t3`
  WHERE
    (
      `t3`.`joined_at` IS NULL
    )
    OR (
      `t3`.`joined_at` < DATETIME('2026-03-01T15:00:00')
    )
), `t26` AS (
  SELECT
    `t14`.`account_id`,
    `t14`.`event`,
    `t14`.`seg`,
    SUM(`t14`.`n`) AS `c`,
    MAX(`t14`.`day`) AS `last`
  FROM (
    SELECT
      `t2`.`account_id`,
      `t2`.`day`,
      `t2`.`event`,
      `t2`.`n`,
      CASE
        WHEN `t2`.`day` >= DATE(2026, 2, 2)
        THEN 0
        WHEN `t2`.`day` >= DATE(2026, 1, 5)
        THEN 1
        ELSE 2
      END AS `seg`
    FROM `account_daily` AS `t2`
    WHERE
      `t2`.`account_id` IS NOT NULL
      AND `t2`.`day` >= DATE(2025, 12, 2)
      AND `t2`.`day` < DATE(2026, 3, 2)
  ) AS `t14`
  GROUP BY
    1,
    2,
    3
), `t49` AS (
  SELECT
    `t32`.`account_id`,
    `t32`.`user_id`,
    `t24`.`role`,
    `t32`.`n_7`,
    `t32`.`n_28`
  FROM (
    SELECT
      `t13`.`account_id`,
      `t13`.`user_id`,
      SUM(IF(`t13`.`day` >= DATE(2026, 2, 23), `t13`.`n`, 0)) AS `n_7`,
      SUM(`t13`.`n`) AS `n_28`
    FROM (
      SELECT
        *
      FROM `user_daily` AS `t4`
      WHERE
        `t4`.`account_id` IS NOT NULL
        AND `t4`.`day` >= DATE(2026, 2, 2)
        AND `t4`.`day` < DATE(2026, 3, 2)
        AND `t4`.`user_id` IS NOT NULL
    ) AS `t13`
    GROUP BY
      1,
      2
  ) AS `t32`
  INNER JOIN `t15` AS `t24`
    ON `t32`.`account_id` = `t24`.`account_id` AND `t32`.`user_id` = `t24`.`user_id`
), `t58` AS (
  SELECT
    `t7`.`account_id`,
    CAST(COALESCE(`t31`.`members`, 0) AS FLOAT64) AS `members`,
    COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(COALESCE(`t31`.`members`, 0) AS FLOAT64)) AS `seats`
  FROM (
    SELECT
      `t0`.`account_id`
    FROM `accounts` AS `t0`
  ) AS `t7`
  LEFT OUTER JOIN (
    SELECT
      `t19`.`account_id`,
      COUNT(`t19`.`user_id`) AS `members`
    FROM `t15` AS `t19`
    GROUP BY
      1
  ) AS `t31`
    ON `t7`.`account_id` = `t31`.`account_id`
  INNER JOIN (
    SELECT
      `t0`.`account_id`,
      `t0`.`seats` AS `contracted`
    FROM `accounts` AS `t0`
  ) AS `t8`
    ON `t7`.`account_id` = `t8`.`account_id`
), `t81` AS (
  SELECT
    `t59`.`account_id`,
    `t59`.`user_id`,
    `t59`.`role`,
    `t59`.`n_28` AS `n`
  FROM `t49` AS `t59`
  WHERE
    `t59`.`n_28` > 0
)
SELECT
  *
FROM (
  SELECT
    `t151`.`account_id`,
    'penetration' AS `dimension`,
    `t151`.`d2_score` AS `score`,
    `t151`.`d2_weight` AS `weight`,
    `t151`.`d2_points` AS `points`
  FROM (
    SELECT
      `t150`.*
      EXCEPT (`_w0`, `_w1`, `_w2`)
    FROM (
      SELECT
        `t149`.`account_id`,
        `t149`.`live`,
        `t149`.`m0_value`,
        `t149`.`m0_score`,
        `t149`.`m1_value`,
        `t149`.`m1_score`,
        `t149`.`m2_value`,
        `t149`.`m2_score`,
        `t149`.`m3_value`,
        `t149`.`m3_score`,
        `t149`.`m4_value`,
        `t149`.`m4_score`,
        `t149`.`m5_value`,
        `t149`.`m5_score`,
        `t149`.`m6_value`,
        `t149`.`m6_score`,
        `t149`.`m7_value`,
        `t149`.`m7_score`,
        `t149`.`m8_value`,
        `t149`.`m8_score`,
        `t149`.`m9_value`,
        `t149`.`m9_score`,
        `t149`.`m10_value`,
        `t149`.`m10_score`,
        `t149`.`m11_value`,
        `t149`.`m11_score`,
        `t149`.`m12_value`,
        `t149`.`m12_score`,
        `t149`.`m13_value`,
        `t149`.`m13_score`,
        `t149`.`m14_value`,
        `t149`.`m14_score`,
        `t149`.`m15_value`,
        `t149`.`m15_score`,
        `t149`.`m16_value`,
        `t149`.`m16_score`,
        `t149`.`d0_score`,
        `t149`.`d1_score`,
        `t149`.`d2_score`,
        `t149`.`_w0`,
        `t149`.`_w1`,
        `t149`.`_w2`,
        `t149`.`d0_weight`,
        `t149`.`d1_weight`,
        `t149`.`d2_weight`,
        `t149`.`m0_points`,
        `t149`.`m1_points`,
        `t149`.`m2_points`,
        `t149`.`m3_points`,
        `t149`.`m4_points`,
        `t149`.`m5_points`,
        `t149`.`m6_points`,
        `t149`.`m7_points`,
        `t149`.`m8_points`,
        `t149`.`m9_points`,
        `t149`.`m10_points`,
        `t149`.`m11_points`,
        `t149`.`m12_points`,
        `t149`.`m13_points`,
        `t149`.`m14_points`,
        `t149`.`m15_points`,
        `t149`.`m16_points`,
        IF(
          `t149`.`d0_score` IS NOT NULL,
          COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d0_points`,
        IF(
          `t149`.`d1_score` IS NOT NULL,
          COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d1_points`,
        IF(
          `t149`.`d2_score` IS NOT NULL,
          COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d2_points`,
        IF(
          (
            `t149`.`d0_score` IS NOT NULL
          )
          OR (
            `t149`.`d1_score` IS NOT NULL
          )
          OR (
            `t149`.`d2_score` IS NOT NULL
          ),
          COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0) + COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0) + COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `score`
      FROM (
        SELECT
          `t148`.`account_id`,
          `t148`.`live`,
          `t148`.`m0_value`,
          `t148`.`m0_score`,
          `t148`.`m1_value`,
          `t148`.`m1_score`,
          `t148`.`m2_value`,
          `t148`.`m2_score`,
          `t148`.`m3_value`,
          `t148`.`m3_score`,
          `t148`.`m4_value`,
          `t148`.`m4_score`,
          `t148`.`m5_value`,
          `t148`.`m5_score`,
          `t148`.`m6_value`,
          `t148`.`m6_score`,
          `t148`.`m7_value`,
          `t148`.`m7_score`,
          `t148`.`m8_value`,
          `t148`.`m8_score`,
          `t148`.`m9_value`,
          `t148`.`m9_score`,
          `t148`.`m10_value`,
          `t148`.`m10_score`,
          `t148`.`m11_value`,
          `t148`.`m11_score`,
          `t148`.`m12_value`,
          `t148`.`m12_score`,
          `t148`.`m13_value`,
          `t148`.`m13_score`,
          `t148`.`m14_value`,
          `t148`.`m14_score`,
          `t148`.`m15_value`,
          `t148`.`m15_score`,
          `t148`.`m16_value`,
          `t148`.`m16_score`,
          `t148`.`d0_score`,
          `t148`.`d1_score`,
          `t148`.`d2_score`,
          `t148`.`_w0`,
          `t148`.`_w1`,
          `t148`.`_w2`,
          `t148`.`d0_weight`,
          `t148`.`d1_weight`,
          `t148`.`d2_weight`,
          IF(
            (
              `t148`.`m0_score` IS NOT NULL
            ) AND (
              `t148`.`_w0` > 0
            ),
            ieee_divide(`t148`.`d0_weight` * 3.0, `t148`.`_w0`) * 100.0 * `t148`.`m0_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m0_points`,
          IF(
            (
              `t148`.`m1_score` IS NOT NULL
            ) AND (
              `t148`.`_w0` > 0
            ),
            ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m1_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m1_points`,
          IF(
            (
              `t148`.`m2_score` IS NOT NULL
            ) AND (
              `t148`.`_w0` > 0
            ),
            ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m2_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m2_points`,
          IF(
            (
              `t148`.`m3_score` IS NOT NULL
            ) AND (
              `t148`.`_w0` > 0
            ),
            ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m3_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m3_points`,
          IF(
            (
              `t148`.`m4_score` IS NOT NULL
            ) AND (
              `t148`.`_w0` > 0
            ),
            ieee_divide(`t148`.`d0_weight` * 2.0, `t148`.`_w0`) * 100.0 * `t148`.`m4_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m4_points`,
          IF(
            (
              `t148`.`m5_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 3.0, `t148`.`_w1`) * 100.0 * `t148`.`m5_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m5_points`,
          IF(
            (
              `t148`.`m6_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m6_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m6_points`,
          IF(
            (
              `t148`.`m7_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m7_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m7_points`,
          IF(
            (
              `t148`.`m8_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m8_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m8_points`,
          IF(
            (
              `t148`.`m9_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m9_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m9_points`,
          IF(
            (
              `t148`.`m10_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m10_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m10_points`,
          IF(
            (
              `t148`.`m11_score` IS NOT NULL
            ) AND (
              `t148`.`_w1` > 0
            ),
            ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m11_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m11_points`,
          IF(
            (
              `t148`.`m12_score` IS NOT NULL
            ) AND (
              `t148`.`_w2` > 0
            ),
            ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m12_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m12_points`,
          IF(
            (
              `t148`.`m13_score` IS NOT NULL
            ) AND (
              `t148`.`_w2` > 0
            ),
            ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m13_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m13_points`,
          IF(
            (
              `t148`.`m14_score` IS NOT NULL
            ) AND (
              `t148`.`_w2` > 0
            ),
            ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m14_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m14_points`,
          IF(
            (
              `t148`.`m15_score` IS NOT NULL
            ) AND (
              `t148`.`_w2` > 0
            ),
            ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m15_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m15_points`,
          IF(
            (
              `t148`.`m16_score` IS NOT NULL
            ) AND (
              `t148`.`_w2` > 0
            ),
            ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m16_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m16_points`
        FROM (
          SELECT
            `t147`.`account_id`,
            `t147`.`live`,
            `t147`.`m0_value`,
            `t147`.`m0_score`,
            `t147`.`m1_value`,
            `t147`.`m1_score`,
            `t147`.`m2_value`,
            `t147`.`m2_score`,
            `t147`.`m3_value`,
            `t147`.`m3_score`,
            `t147`.`m4_value`,
            `t147`.`m4_score`,
            `t147`.`m5_value`,
            `t147`.`m5_score`,
            `t147`.`m6_value`,
            `t147`.`m6_score`,
            `t147`.`m7_value`,
            `t147`.`m7_score`,
            `t147`.`m8_value`,
            `t147`.`m8_score`,
            `t147`.`m9_value`,
            `t147`.`m9_score`,
            `t147`.`m10_value`,
            `t147`.`m10_score`,
            `t147`.`m11_value`,
            `t147`.`m11_score`,
            `t147`.`m12_value`,
            `t147`.`m12_score`,
            `t147`.`m13_value`,
            `t147`.`m13_score`,
            `t147`.`m14_value`,
            `t147`.`m14_score`,
            `t147`.`m15_value`,
            `t147`.`m15_score`,
            `t147`.`m16_value`,
            `t147`.`m16_score`,
            `t147`.`d0_score`,
            `t147`.`d1_score`,
            `t147`.`d2_score`,
            `t147`.`_w0`,
            `t147`.`_w1`,
            `t147`.`_w2`,
            IF(
              (
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0),
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d0_weight`,
            IF(
              (
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0),
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d1_weight`,
            IF(
              (
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0),
                IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d2_weight`
          FROM (
            SELECT
              `t146`.`account_id`,
              `t146`.`live`,
              `t146`.`m0_value`,
              `t146`.`m0_score`,
              `t146`.`m1_value`,
              `t146`.`m1_score`,
              `t146`.`m2_value`,
              `t146`.`m2_score`,
              `t146`.`m3_value`,
              `t146`.`m3_score`,
              `t146`.`m4_value`,
              `t146`.`m4_score`,
              `t146`.`m5_value`,
              `t146`.`m5_score`,
              `t146`.`m6_value`,
              `t146`.`m6_score`,
              `t146`.`m7_value`,
              `t146`.`m7_score`,
              `t146`.`m8_value`,
              `t146`.`m8_score`,
              `t146`.`m9_value`,
              `t146`.`m9_score`,
              `t146`.`m10_value`,
              `t146`.`m10_score`,
              `t146`.`m11_value`,
              `t146`.`m11_score`,
              `t146`.`m12_value`,
              `t146`.`m12_score`,
              `t146`.`m13_value`,
              `t146`.`m13_score`,
              `t146`.`m14_value`,
              `t146`.`m14_score`,
              `t146`.`m15_value`,
              `t146`.`m15_score`,
              `t146`.`m16_value`,
              `t146`.`m16_score`,
              IF(
                (
                  IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m0_score`, 0.0)
                  ) + (
                    IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m1_score`, 0.0)
                  ) + (
                    IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m2_score`, 0.0)
                  ) + (
                    IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m3_score`, 0.0)
                  ) + (
                    IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m4_score`, 0.0)
                  ),
                  IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_score`,
              IF(
                (
                  IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m5_score`, 0.0)
                  ) + (
                    IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m6_score`, 0.0)
                  ) + (
                    IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m7_score`, 0.0)
                  ) + (
                    IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m8_score`, 0.0)
                  ) + (
                    IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m9_score`, 0.0)
                  ) + (
                    IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m10_score`, 0.0)
                  ) + (
                    IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m11_score`, 0.0)
                  ),
                  IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_score`,
              IF(
                (
                  IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m12_score`, 0.0)
                  ) + (
                    IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m13_score`, 0.0)
                  ) + (
                    IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m14_score`, 0.0)
                  ) + (
                    IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m15_score`, 0.0)
                  ) + (
                    IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m16_score`, 0.0)
                  ),
                  IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_score`,
              IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
              IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
              IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
            FROM (
              SELECT
                `t25`.`account_id`,
                `t25`.`live`,
                IF(`t25`.`live`, `t145`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                      ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                      LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                      ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                      LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m0_score`,
                IF(`t25`.`live`, `t145`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m1_score`,
                IF(`t25`.`live`, `t145`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m2_score`,
                IF(`t25`.`live`, `t145`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m3_score`,
                IF(`t25`.`live`, `t145`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                      ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                      LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                      ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                      LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m4_score`,
                IF(`t25`.`live`, `t145`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                      ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                      LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                      ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                      LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m5_score`,
                IF(`t25`.`live`, `t145`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    `t145`.`events_per_active_user_28d` IS NULL,
                    CAST(NULL AS FLOAT64),
                    ieee_divide(
                      CAST(RANK() OVER (
                        PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                        ORDER BY `t145`.`events_per_active_user_28d` ASC
                      ) - 1 AS FLOAT64) + (
                        CUME_DIST() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t145`.`events_per_active_user_28d` ASC
                        ) * CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64)
                      ),
                      CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                        PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS FLOAT64) * 2.0
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m6_score`,
                IF(`t25`.`live`, `t145`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                      ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                      LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                      ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                      LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m7_score`,
                IF(`t25`.`live`, `t145`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                IF(
                  `t25`.`live`,
                  COALESCE(
                    IF(
                      IF(
                        ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                        ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                        LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                        ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                        LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                        )
                      )
                    ),
                    0.0
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m8_score`,
                IF(`t25`.`live`, `t145`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                      ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                      LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                      ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                      LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m9_score`,
                IF(`t25`.`live`, `t145`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    `t145`.`power_features_28d` IS NULL,
                    CAST(NULL AS FLOAT64),
                    ieee_divide(
                      CAST(RANK() OVER (
                        PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                        ORDER BY `t145`.`power_features_28d` ASC
                      ) - 1 AS FLOAT64) + (
                        CUME_DIST() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ORDER BY `t145`.`power_features_28d` ASC
                        ) * CAST(COUNT(`t145`.`power_features_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64)
                      ),
                      CAST(COUNT(`t145`.`power_features_28d`) OVER (
                        PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS FLOAT64) * 2.0
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m10_score`,
                IF(`t25`.`live`, `t145`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m11_score`,
                IF(`t25`.`live`, `t145`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                      ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                      ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m12_score`,
                IF(`t25`.`live`, `t145`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                      ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                      LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                      ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                      LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m13_score`,
                IF(`t25`.`live`, `t145`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                      ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                      LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                      ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                      LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m14_score`,
                IF(`t25`.`live`, `t145`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                      ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                      ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m15_score`,
                IF(`t25`.`live`, `t145`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                IF(
                  `t25`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m16_score`
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
              ) AS `t25`
              INNER JOIN (
                SELECT
                  `t7`.`account_id`,
                  `t138`.`help_views_per_active_user_28d`,
                  `t50`.`support_tickets_90d`,
                  `t51`.`seminars_90d`,
                  `t52`.`community_90d`,
                  `t88`.`latest_nps`,
                  `t105`.`feature_breadth_28d`,
                  `t139`.`events_per_active_user_28d`,
                  `t140`.`collaboration_per_active_user_28d`,
                  `t114`.`days_since_last_event`,
                  `t126`.`growth_28d`,
                  `t108`.`power_features_28d`,
                  `t109`.`integrations_90d`,
                  `t127`.`active_rate_28d`,
                  `t124`.`active_rate_7d`,
                  `t143`.`evenness_28d`,
                  `t132`.`top_user_share_28d`,
                  `t122`.`active_admins_28d`
                FROM (
                  SELECT
                    `t0`.`account_id`
                  FROM `accounts` AS `t0`
                ) AS `t7`
                INNER JOIN (
                  SELECT
                    `t129`.`account_id`,
                    `t129`.`value` AS `help_views_per_active_user_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t116`.`active` > 0,
                        ieee_divide(CAST(COALESCE(`t74`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t54`.`account_id`,
                        `t54`.`c`
                      FROM (
                        SELECT
                          `t38`.`account_id`,
                          SUM(`t38`.`c`) AS `c`,
                          MAX(`t38`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('help_article_viewed') AND `t28`.`seg` IN (0)
                        ) AS `t38`
                        GROUP BY
                          1
                      ) AS `t54`
                    ) AS `t74`
                      ON `t7`.`account_id` = `t74`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t101`.`active`, 0) AS `active`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          COUNT(`t87`.`user_id`) AS `active`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t101`
                        ON `t7`.`account_id` = `t101`.`account_id`
                    ) AS `t116`
                      ON `t7`.`account_id` = `t116`.`account_id`
                  ) AS `t129`
                ) AS `t138`
                  ON `t7`.`account_id` = `t138`.`account_id`
                INNER JOIN (
                  SELECT
                    `t33`.`account_id`,
                    CAST(`t33`.`c` AS FLOAT64) AS `support_tickets_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t21`.`c`, 0) AS `c`
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
                    ) AS `t21`
                      ON `t7`.`account_id` = `t21`.`account_id`
                  ) AS `t33`
                ) AS `t50`
                  ON `t7`.`account_id` = `t50`.`account_id`
                INNER JOIN (
                  SELECT
                    `t34`.`account_id`,
                    CAST(`t34`.`c` AS FLOAT64) AS `seminars_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t22`.`c`, 0) AS `c`
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
                        FROM `touchpoints` AS `t1`
                        WHERE
                          `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t1`.`kind` IN ('seminar')
                      ) AS `t10`
                      GROUP BY
                        1
                    ) AS `t22`
                      ON `t7`.`account_id` = `t22`.`account_id`
                  ) AS `t34`
                ) AS `t51`
                  ON `t7`.`account_id` = `t51`.`account_id`
                INNER JOIN (
                  SELECT
                    `t35`.`account_id`,
                    CAST(`t35`.`c` AS FLOAT64) AS `community_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t23`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t11`.`account_id`,
                        COUNT(*) AS `c`
                      FROM (
                        SELECT
                          *
                        FROM `touchpoints` AS `t1`
                        WHERE
                          `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t1`.`kind` IN ('community')
                      ) AS `t11`
                      GROUP BY
                        1
                    ) AS `t23`
                      ON `t7`.`account_id` = `t23`.`account_id`
                  ) AS `t35`
                ) AS `t52`
                  ON `t7`.`account_id` = `t52`.`account_id`
                INNER JOIN (
                  SELECT
                    `t65`.`account_id`,
                    `t65`.`s` AS `latest_nps`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t42`.`s`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t27`.`account_id`,
                        `t27`.`score` AS `s`
                      FROM (
                        SELECT
                          `t12`.`touchpoint_id`,
                          `t12`.`ts`,
                          `t12`.`account_id`,
                          `t12`.`user_id`,
                          `t12`.`kind`,
                          `t12`.`title`,
                          `t12`.`body`,
                          `t12`.`score`,
                          `t12`.`properties`,
                          `t12`.`source`,
                          `t12`.`loaded_at`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t12`.`account_id`
                            ORDER BY `t12`.`ts` DESC, `t12`.`touchpoint_id` DESC
                          ) - 1 AS `rn`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-03-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` = 'nps'
                            AND `t1`.`score` IS NOT NULL
                        ) AS `t12`
                      ) AS `t27`
                      WHERE
                        `t27`.`rn` = 0
                    ) AS `t42`
                      ON `t7`.`account_id` = `t42`.`account_id`
                  ) AS `t65`
                ) AS `t88`
                  ON `t7`.`account_id` = `t88`.`account_id`
                INNER JOIN (
                  SELECT
                    `t89`.`account_id`,
                    ieee_divide(CAST(`t89`.`d` AS FLOAT64), 4.0) AS `feature_breadth_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t63`.`d`, 0) AS `d`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t37`.`account_id`,
                        COUNT(DISTINCT `t37`.`event`) AS `d`
                      FROM (
                        SELECT
                          *
                        FROM `t26` AS `t28`
                        WHERE
                          `t28`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                          AND `t28`.`seg` IN (0)
                      ) AS `t37`
                      GROUP BY
                        1
                    ) AS `t63`
                      ON `t7`.`account_id` = `t63`.`account_id`
                  ) AS `t89`
                ) AS `t105`
                  ON `t7`.`account_id` = `t105`.`account_id`
                INNER JOIN (
                  SELECT
                    `t130`.`account_id`,
                    `t130`.`value` AS `events_per_active_user_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t116`.`active` > 0,
                        ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t60`.`account_id`,
                        `t60`.`c`
                      FROM (
                        SELECT
                          `t43`.`account_id`,
                          SUM(`t43`.`c`) AS `c`,
                          MAX(`t43`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            NOT (
                              `t28`.`event` IN ('email_opened')
                            ) AND `t28`.`seg` IN (0)
                        ) AS `t43`
                        GROUP BY
                          1
                      ) AS `t60`
                    ) AS `t83`
                      ON `t7`.`account_id` = `t83`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t101`.`active`, 0) AS `active`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          COUNT(`t87`.`user_id`) AS `active`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t101`
                        ON `t7`.`account_id` = `t101`.`account_id`
                    ) AS `t116`
                      ON `t7`.`account_id` = `t116`.`account_id`
                  ) AS `t130`
                ) AS `t139`
                  ON `t7`.`account_id` = `t139`.`account_id`
                INNER JOIN (
                  SELECT
                    `t131`.`account_id`,
                    `t131`.`value` AS `collaboration_per_active_user_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t116`.`active` > 0,
                        ieee_divide(CAST(COALESCE(`t75`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t55`.`account_id`,
                        `t55`.`c`
                      FROM (
                        SELECT
                          `t39`.`account_id`,
                          SUM(`t39`.`c`) AS `c`,
                          MAX(`t39`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                            AND `t28`.`seg` IN (0)
                        ) AS `t39`
                        GROUP BY
                          1
                      ) AS `t55`
                    ) AS `t75`
                      ON `t7`.`account_id` = `t75`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t101`.`active`, 0) AS `active`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          COUNT(`t87`.`user_id`) AS `active`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t101`
                        ON `t7`.`account_id` = `t101`.`account_id`
                    ) AS `t116`
                      ON `t7`.`account_id` = `t116`.`account_id`
                  ) AS `t131`
                ) AS `t140`
                  ON `t7`.`account_id` = `t140`.`account_id`
                INNER JOIN (
                  SELECT
                    `t99`.`account_id`,
                    CAST(DATE_DIFF(DATE(2026, 3, 2), `t99`.`last`, DAY) AS FLOAT64) AS `days_since_last_event`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t84`.`last`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t61`.`account_id`,
                        `t61`.`last`
                      FROM (
                        SELECT
                          `t44`.`account_id`,
                          SUM(`t44`.`c`) AS `c`,
                          MAX(`t44`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            NOT (
                              `t28`.`event` IN ('email_opened')
                            ) AND `t28`.`seg` IN (0, 1, 2)
                        ) AS `t44`
                        GROUP BY
                          1
                      ) AS `t61`
                    ) AS `t84`
                      ON `t7`.`account_id` = `t84`.`account_id`
                  ) AS `t99`
                ) AS `t114`
                  ON `t7`.`account_id` = `t114`.`account_id`
                INNER JOIN (
                  SELECT
                    `t117`.`account_id`,
                    `t117`.`value` AS `growth_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t103`.`p` > 0,
                        ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t103`.`p` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t60`.`account_id`,
                        `t60`.`c`
                      FROM (
                        SELECT
                          `t43`.`account_id`,
                          SUM(`t43`.`c`) AS `c`,
                          MAX(`t43`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            NOT (
                              `t28`.`event` IN ('email_opened')
                            ) AND `t28`.`seg` IN (0)
                        ) AS `t43`
                        GROUP BY
                          1
                      ) AS `t60`
                    ) AS `t83`
                      ON `t7`.`account_id` = `t83`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t85`.`p`, 0) AS `p`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t62`.`account_id`,
                          `t62`.`c` AS `p`
                        FROM (
                          SELECT
                            `t45`.`account_id`,
                            SUM(`t45`.`c`) AS `c`,
                            MAX(`t45`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (1)
                          ) AS `t45`
                          GROUP BY
                            1
                        ) AS `t62`
                      ) AS `t85`
                        ON `t7`.`account_id` = `t85`.`account_id`
                    ) AS `t103`
                      ON `t7`.`account_id` = `t103`.`account_id`
                  ) AS `t117`
                ) AS `t126`
                  ON `t7`.`account_id` = `t126`.`account_id`
                INNER JOIN (
                  SELECT
                    `t93`.`account_id`,
                    CAST(`t93`.`c` AS FLOAT64) AS `power_features_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t76`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t56`.`account_id`,
                        `t56`.`c`
                      FROM (
                        SELECT
                          `t40`.`account_id`,
                          SUM(`t40`.`c`) AS `c`,
                          MAX(`t40`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('export_csv', 'api_call', 'webhook_created')
                            AND `t28`.`seg` IN (0)
                        ) AS `t40`
                        GROUP BY
                          1
                      ) AS `t56`
                    ) AS `t76`
                      ON `t7`.`account_id` = `t76`.`account_id`
                  ) AS `t93`
                ) AS `t108`
                  ON `t7`.`account_id` = `t108`.`account_id`
                INNER JOIN (
                  SELECT
                    `t94`.`account_id`,
                    CAST(`t94`.`c` AS FLOAT64) AS `integrations_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t77`.`c`, 0) AS `c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t57`.`account_id`,
                        `t57`.`c`
                      FROM (
                        SELECT
                          `t41`.`account_id`,
                          SUM(`t41`.`c`) AS `c`,
                          MAX(`t41`.`last`) AS `last`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('integration_connected') AND `t28`.`seg` IN (0, 1, 2)
                        ) AS `t41`
                        GROUP BY
                          1
                      ) AS `t57`
                    ) AS `t77`
                      ON `t7`.`account_id` = `t77`.`account_id`
                  ) AS `t94`
                ) AS `t109`
                  ON `t7`.`account_id` = `t109`.`account_id`
                INNER JOIN (
                  SELECT
                    `t119`.`account_id`,
                    `t119`.`value` AS `active_rate_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t70`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t101`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t87`.`account_id`,
                        COUNT(`t87`.`user_id`) AS `active`
                      FROM `t81` AS `t87`
                      GROUP BY
                        1
                    ) AS `t101`
                      ON `t7`.`account_id` = `t101`.`account_id`
                    INNER JOIN `t58` AS `t70`
                      ON `t7`.`account_id` = `t70`.`account_id`
                  ) AS `t119`
                ) AS `t127`
                  ON `t7`.`account_id` = `t127`.`account_id`
                INNER JOIN (
                  SELECT
                    `t115`.`account_id`,
                    `t115`.`value` AS `active_rate_7d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t70`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t95`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t79`.`account_id`,
                        COUNT(`t79`.`user_id`) AS `active`
                      FROM (
                        SELECT
                          `t59`.`account_id`,
                          `t59`.`user_id`,
                          `t59`.`role`,
                          `t59`.`n_7` AS `n`
                        FROM `t49` AS `t59`
                        WHERE
                          `t59`.`n_7` > 0
                      ) AS `t79`
                      GROUP BY
                        1
                    ) AS `t95`
                      ON `t7`.`account_id` = `t95`.`account_id`
                    INNER JOIN `t58` AS `t70`
                      ON `t7`.`account_id` = `t70`.`account_id`
                  ) AS `t115`
                ) AS `t124`
                  ON `t7`.`account_id` = `t124`.`account_id`
                INNER JOIN (
                  SELECT
                    `t141`.`account_id`,
                    `t141`.`value` AS `evenness_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t134`.`total` > 0,
                        1.0 - (
                          ieee_divide(
                            (
                              `t134`.`weighted` + (
                                (
                                  `t86`.`members` - CAST(`t134`.`k` AS FLOAT64)
                                ) * CAST(`t134`.`total` AS FLOAT64)
                              )
                            ) * 2.0,
                            `t86`.`members` * CAST(`t134`.`total` AS FLOAT64)
                          ) - ieee_divide(`t86`.`members` + 1.0, `t86`.`members`)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `value`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t120`.`account_id`,
                        SUM(`t120`.`c`) AS `k`,
                        SUM(`t120`.`n` * `t120`.`c`) AS `total`,
                        SUM(`t120`.`ranked`) AS `weighted`
                      FROM (
                        SELECT
                          `t92`.`account_id`,
                          `t92`.`n`,
                          `t92`.`c`,
                          CAST(`t92`.`n` AS FLOAT64) * (
                            (
                              `t92`.`c` * (
                                SUM(`t92`.`c`) OVER (
                                  PARTITION BY `t92`.`account_id`
                                  ORDER BY `t92`.`n` ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) - `t92`.`c`
                              )
                            ) + ieee_divide(`t92`.`c` * (
                              `t92`.`c` + 1
                            ), 2)
                          ) AS `ranked`
                        FROM (
                          SELECT
                            `t87`.`account_id`,
                            `t87`.`n`,
                            COUNT(*) AS `c`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1,
                            2
                        ) AS `t92`
                      ) AS `t120`
                      GROUP BY
                        1
                    ) AS `t134`
                      ON `t7`.`account_id` = `t134`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t64`.`account_id`,
                        `t64`.`members`
                      FROM `t58` AS `t64`
                    ) AS `t86`
                      ON `t7`.`account_id` = `t86`.`account_id`
                  ) AS `t141`
                ) AS `t143`
                  ON `t7`.`account_id` = `t143`.`account_id`
                INNER JOIN (
                  SELECT
                    `t113`.`account_id`,
                    IF(
                      `t113`.`total` > 0,
                      ieee_divide(CAST(`t113`.`top` AS FLOAT64), CAST(`t113`.`total` AS FLOAT64)),
                      CAST(NULL AS FLOAT64)
                    ) AS `top_user_share_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t102`.`top`,
                      `t102`.`total`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t87`.`account_id`,
                        MAX(`t87`.`n`) AS `top`,
                        SUM(`t87`.`n`) AS `total`
                      FROM `t81` AS `t87`
                      GROUP BY
                        1
                    ) AS `t102`
                      ON `t7`.`account_id` = `t102`.`account_id`
                  ) AS `t113`
                ) AS `t132`
                  ON `t7`.`account_id` = `t132`.`account_id`
                INNER JOIN (
                  SELECT
                    `t110`.`account_id`,
                    CAST(`t110`.`v` AS FLOAT64) AS `active_admins_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      COALESCE(`t96`.`v`, 0) AS `v`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t80`.`account_id`,
                        COUNT(`t80`.`user_id`) AS `v`
                      FROM (
                        SELECT
                          `t59`.`account_id`,
                          `t59`.`user_id`,
                          `t59`.`role`,
                          `t59`.`n_28` AS `n`
                        FROM `t49` AS `t59`
                        WHERE
                          `t59`.`n_28` > 0 AND `t59`.`role` = 'admin'
                      ) AS `t80`
                      GROUP BY
                        1
                    ) AS `t96`
                      ON `t7`.`account_id` = `t96`.`account_id`
                  ) AS `t110`
                ) AS `t122`
                  ON `t7`.`account_id` = `t122`.`account_id`
              ) AS `t145`
                ON `t25`.`account_id` = `t145`.`account_id`
            ) AS `t146`
          ) AS `t147`
        ) AS `t148`
      ) AS `t149`
    ) AS `t150`
  ) AS `t151`
  WHERE
    `t151`.`score` IS NOT NULL
) AS `t152`
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t151`.`account_id`,
      'engagement' AS `dimension`,
      `t151`.`d0_score` AS `score`,
      `t151`.`d0_weight` AS `weight`,
      `t151`.`d0_points` AS `points`
    FROM (
      SELECT
        `t150`.*
        EXCEPT (`_w0`, `_w1`, `_w2`)
      FROM (
        SELECT
          `t149`.`account_id`,
          `t149`.`live`,
          `t149`.`m0_value`,
          `t149`.`m0_score`,
          `t149`.`m1_value`,
          `t149`.`m1_score`,
          `t149`.`m2_value`,
          `t149`.`m2_score`,
          `t149`.`m3_value`,
          `t149`.`m3_score`,
          `t149`.`m4_value`,
          `t149`.`m4_score`,
          `t149`.`m5_value`,
          `t149`.`m5_score`,
          `t149`.`m6_value`,
          `t149`.`m6_score`,
          `t149`.`m7_value`,
          `t149`.`m7_score`,
          `t149`.`m8_value`,
          `t149`.`m8_score`,
          `t149`.`m9_value`,
          `t149`.`m9_score`,
          `t149`.`m10_value`,
          `t149`.`m10_score`,
          `t149`.`m11_value`,
          `t149`.`m11_score`,
          `t149`.`m12_value`,
          `t149`.`m12_score`,
          `t149`.`m13_value`,
          `t149`.`m13_score`,
          `t149`.`m14_value`,
          `t149`.`m14_score`,
          `t149`.`m15_value`,
          `t149`.`m15_score`,
          `t149`.`m16_value`,
          `t149`.`m16_score`,
          `t149`.`d0_score`,
          `t149`.`d1_score`,
          `t149`.`d2_score`,
          `t149`.`_w0`,
          `t149`.`_w1`,
          `t149`.`_w2`,
          `t149`.`d0_weight`,
          `t149`.`d1_weight`,
          `t149`.`d2_weight`,
          `t149`.`m0_points`,
          `t149`.`m1_points`,
          `t149`.`m2_points`,
          `t149`.`m3_points`,
          `t149`.`m4_points`,
          `t149`.`m5_points`,
          `t149`.`m6_points`,
          `t149`.`m7_points`,
          `t149`.`m8_points`,
          `t149`.`m9_points`,
          `t149`.`m10_points`,
          `t149`.`m11_points`,
          `t149`.`m12_points`,
          `t149`.`m13_points`,
          `t149`.`m14_points`,
          `t149`.`m15_points`,
          `t149`.`m16_points`,
          IF(
            `t149`.`d0_score` IS NOT NULL,
            COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t149`.`d1_score` IS NOT NULL,
            COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            `t149`.`d2_score` IS NOT NULL,
            COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d2_points`,
          IF(
            (
              `t149`.`d0_score` IS NOT NULL
            )
            OR (
              `t149`.`d1_score` IS NOT NULL
            )
            OR (
              `t149`.`d2_score` IS NOT NULL
            ),
            COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0) + COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0) + COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t148`.`account_id`,
            `t148`.`live`,
            `t148`.`m0_value`,
            `t148`.`m0_score`,
            `t148`.`m1_value`,
            `t148`.`m1_score`,
            `t148`.`m2_value`,
            `t148`.`m2_score`,
            `t148`.`m3_value`,
            `t148`.`m3_score`,
            `t148`.`m4_value`,
            `t148`.`m4_score`,
            `t148`.`m5_value`,
            `t148`.`m5_score`,
            `t148`.`m6_value`,
            `t148`.`m6_score`,
            `t148`.`m7_value`,
            `t148`.`m7_score`,
            `t148`.`m8_value`,
            `t148`.`m8_score`,
            `t148`.`m9_value`,
            `t148`.`m9_score`,
            `t148`.`m10_value`,
            `t148`.`m10_score`,
            `t148`.`m11_value`,
            `t148`.`m11_score`,
            `t148`.`m12_value`,
            `t148`.`m12_score`,
            `t148`.`m13_value`,
            `t148`.`m13_score`,
            `t148`.`m14_value`,
            `t148`.`m14_score`,
            `t148`.`m15_value`,
            `t148`.`m15_score`,
            `t148`.`m16_value`,
            `t148`.`m16_score`,
            `t148`.`d0_score`,
            `t148`.`d1_score`,
            `t148`.`d2_score`,
            `t148`.`_w0`,
            `t148`.`_w1`,
            `t148`.`_w2`,
            `t148`.`d0_weight`,
            `t148`.`d1_weight`,
            `t148`.`d2_weight`,
            IF(
              (
                `t148`.`m0_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 3.0, `t148`.`_w0`) * 100.0 * `t148`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t148`.`m1_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t148`.`m2_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`,
            IF(
              (
                `t148`.`m3_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m3_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m3_points`,
            IF(
              (
                `t148`.`m4_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 2.0, `t148`.`_w0`) * 100.0 * `t148`.`m4_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m4_points`,
            IF(
              (
                `t148`.`m5_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 3.0, `t148`.`_w1`) * 100.0 * `t148`.`m5_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m5_points`,
            IF(
              (
                `t148`.`m6_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m6_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m6_points`,
            IF(
              (
                `t148`.`m7_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m7_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m7_points`,
            IF(
              (
                `t148`.`m8_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m8_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m8_points`,
            IF(
              (
                `t148`.`m9_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m9_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m9_points`,
            IF(
              (
                `t148`.`m10_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m10_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m10_points`,
            IF(
              (
                `t148`.`m11_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m11_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m11_points`,
            IF(
              (
                `t148`.`m12_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m12_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m12_points`,
            IF(
              (
                `t148`.`m13_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m13_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m13_points`,
            IF(
              (
                `t148`.`m14_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m14_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m14_points`,
            IF(
              (
                `t148`.`m15_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m15_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m15_points`,
            IF(
              (
                `t148`.`m16_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m16_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m16_points`
          FROM (
            SELECT
              `t147`.`account_id`,
              `t147`.`live`,
              `t147`.`m0_value`,
              `t147`.`m0_score`,
              `t147`.`m1_value`,
              `t147`.`m1_score`,
              `t147`.`m2_value`,
              `t147`.`m2_score`,
              `t147`.`m3_value`,
              `t147`.`m3_score`,
              `t147`.`m4_value`,
              `t147`.`m4_score`,
              `t147`.`m5_value`,
              `t147`.`m5_score`,
              `t147`.`m6_value`,
              `t147`.`m6_score`,
              `t147`.`m7_value`,
              `t147`.`m7_score`,
              `t147`.`m8_value`,
              `t147`.`m8_score`,
              `t147`.`m9_value`,
              `t147`.`m9_score`,
              `t147`.`m10_value`,
              `t147`.`m10_score`,
              `t147`.`m11_value`,
              `t147`.`m11_score`,
              `t147`.`m12_value`,
              `t147`.`m12_score`,
              `t147`.`m13_value`,
              `t147`.`m13_score`,
              `t147`.`m14_value`,
              `t147`.`m14_score`,
              `t147`.`m15_value`,
              `t147`.`m15_score`,
              `t147`.`m16_value`,
              `t147`.`m16_score`,
              `t147`.`d0_score`,
              `t147`.`d1_score`,
              `t147`.`d2_score`,
              `t147`.`_w0`,
              `t147`.`_w1`,
              `t147`.`_w2`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_weight`
            FROM (
              SELECT
                `t146`.`account_id`,
                `t146`.`live`,
                `t146`.`m0_value`,
                `t146`.`m0_score`,
                `t146`.`m1_value`,
                `t146`.`m1_score`,
                `t146`.`m2_value`,
                `t146`.`m2_score`,
                `t146`.`m3_value`,
                `t146`.`m3_score`,
                `t146`.`m4_value`,
                `t146`.`m4_score`,
                `t146`.`m5_value`,
                `t146`.`m5_score`,
                `t146`.`m6_value`,
                `t146`.`m6_score`,
                `t146`.`m7_value`,
                `t146`.`m7_score`,
                `t146`.`m8_value`,
                `t146`.`m8_score`,
                `t146`.`m9_value`,
                `t146`.`m9_score`,
                `t146`.`m10_value`,
                `t146`.`m10_score`,
                `t146`.`m11_value`,
                `t146`.`m11_score`,
                `t146`.`m12_value`,
                `t146`.`m12_score`,
                `t146`.`m13_value`,
                `t146`.`m13_score`,
                `t146`.`m14_value`,
                `t146`.`m14_score`,
                `t146`.`m15_value`,
                `t146`.`m15_score`,
                `t146`.`m16_value`,
                `t146`.`m16_score`,
                IF(
                  (
                    IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m0_score`, 0.0)
                    ) + (
                      IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m1_score`, 0.0)
                    ) + (
                      IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m2_score`, 0.0)
                    ) + (
                      IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m3_score`, 0.0)
                    ) + (
                      IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m4_score`, 0.0)
                    ),
                    IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  (
                    IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m5_score`, 0.0)
                    ) + (
                      IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m6_score`, 0.0)
                    ) + (
                      IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m7_score`, 0.0)
                    ) + (
                      IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m8_score`, 0.0)
                    ) + (
                      IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m9_score`, 0.0)
                    ) + (
                      IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m10_score`, 0.0)
                    ) + (
                      IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m11_score`, 0.0)
                    ),
                    IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(
                  (
                    IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m12_score`, 0.0)
                    ) + (
                      IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m13_score`, 0.0)
                    ) + (
                      IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m14_score`, 0.0)
                    ) + (
                      IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m15_score`, 0.0)
                    ) + (
                      IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m16_score`, 0.0)
                    ),
                    IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d2_score`,
                IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
                IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
              FROM (
                SELECT
                  `t25`.`account_id`,
                  `t25`.`live`,
                  IF(`t25`.`live`, `t145`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                          ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                          LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t25`.`live`, `t145`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t25`.`live`, `t145`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`,
                  IF(`t25`.`live`, `t145`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m3_score`,
                  IF(`t25`.`live`, `t145`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                          ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                          LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m4_score`,
                  IF(`t25`.`live`, `t145`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                          ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                          LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m5_score`,
                  IF(`t25`.`live`, `t145`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      `t145`.`events_per_active_user_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        CAST(RANK() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t145`.`events_per_active_user_28d` ASC
                        ) - 1 AS FLOAT64) + (
                          CUME_DIST() OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                            ORDER BY `t145`.`events_per_active_user_28d` ASC
                          ) * CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS FLOAT64)
                        ),
                        CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m6_score`,
                  IF(`t25`.`live`, `t145`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                          ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                          LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m7_score`,
                  IF(`t25`.`live`, `t145`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                  IF(
                    `t25`.`live`,
                    COALESCE(
                      IF(
                        IF(
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                        ) IS NULL,
                        IF(
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                        ),
                        GREATEST(
                          0.0,
                          IF(
                            ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                            ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                            LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m8_score`,
                  IF(`t25`.`live`, `t145`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                          ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                          LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m9_score`,
                  IF(`t25`.`live`, `t145`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      `t145`.`power_features_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        CAST(RANK() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ORDER BY `t145`.`power_features_28d` ASC
                        ) - 1 AS FLOAT64) + (
                          CUME_DIST() OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                            ORDER BY `t145`.`power_features_28d` ASC
                          ) * CAST(COUNT(`t145`.`power_features_28d`) OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS FLOAT64)
                        ),
                        CAST(COUNT(`t145`.`power_features_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m10_score`,
                  IF(`t25`.`live`, `t145`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m11_score`,
                  IF(`t25`.`live`, `t145`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                          ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m12_score`,
                  IF(`t25`.`live`, `t145`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                          ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                          LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m13_score`,
                  IF(`t25`.`live`, `t145`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                          ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                          LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m14_score`,
                  IF(`t25`.`live`, `t145`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                          ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m15_score`,
                  IF(`t25`.`live`, `t145`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m16_score`
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
                ) AS `t25`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t138`.`help_views_per_active_user_28d`,
                    `t50`.`support_tickets_90d`,
                    `t51`.`seminars_90d`,
                    `t52`.`community_90d`,
                    `t88`.`latest_nps`,
                    `t105`.`feature_breadth_28d`,
                    `t139`.`events_per_active_user_28d`,
                    `t140`.`collaboration_per_active_user_28d`,
                    `t114`.`days_since_last_event`,
                    `t126`.`growth_28d`,
                    `t108`.`power_features_28d`,
                    `t109`.`integrations_90d`,
                    `t127`.`active_rate_28d`,
                    `t124`.`active_rate_7d`,
                    `t143`.`evenness_28d`,
                    `t132`.`top_user_share_28d`,
                    `t122`.`active_admins_28d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t129`.`account_id`,
                      `t129`.`value` AS `help_views_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t74`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t54`.`account_id`,
                          `t54`.`c`
                        FROM (
                          SELECT
                            `t38`.`account_id`,
                            SUM(`t38`.`c`) AS `c`,
                            MAX(`t38`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('help_article_viewed') AND `t28`.`seg` IN (0)
                          ) AS `t38`
                          GROUP BY
                            1
                        ) AS `t54`
                      ) AS `t74`
                        ON `t7`.`account_id` = `t74`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t129`
                  ) AS `t138`
                    ON `t7`.`account_id` = `t138`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t33`.`account_id`,
                      CAST(`t33`.`c` AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t21`.`c`, 0) AS `c`
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
                      ) AS `t21`
                        ON `t7`.`account_id` = `t21`.`account_id`
                    ) AS `t33`
                  ) AS `t50`
                    ON `t7`.`account_id` = `t50`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t34`.`account_id`,
                      CAST(`t34`.`c` AS FLOAT64) AS `seminars_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t22`.`c`, 0) AS `c`
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
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('seminar')
                        ) AS `t10`
                        GROUP BY
                          1
                      ) AS `t22`
                        ON `t7`.`account_id` = `t22`.`account_id`
                    ) AS `t34`
                  ) AS `t51`
                    ON `t7`.`account_id` = `t51`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t35`.`account_id`,
                      CAST(`t35`.`c` AS FLOAT64) AS `community_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t23`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t11`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('community')
                        ) AS `t11`
                        GROUP BY
                          1
                      ) AS `t23`
                        ON `t7`.`account_id` = `t23`.`account_id`
                    ) AS `t35`
                  ) AS `t52`
                    ON `t7`.`account_id` = `t52`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t65`.`account_id`,
                      `t65`.`s` AS `latest_nps`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t42`.`s`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t27`.`account_id`,
                          `t27`.`score` AS `s`
                        FROM (
                          SELECT
                            `t12`.`touchpoint_id`,
                            `t12`.`ts`,
                            `t12`.`account_id`,
                            `t12`.`user_id`,
                            `t12`.`kind`,
                            `t12`.`title`,
                            `t12`.`body`,
                            `t12`.`score`,
                            `t12`.`properties`,
                            `t12`.`source`,
                            `t12`.`loaded_at`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t12`.`account_id`
                              ORDER BY `t12`.`ts` DESC, `t12`.`touchpoint_id` DESC
                            ) - 1 AS `rn`
                          FROM (
                            SELECT
                              *
                            FROM `touchpoints` AS `t1`
                            WHERE
                              `t1`.`ts` >= DATETIME('2025-03-01T15:00:00')
                              AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                              AND `t1`.`kind` = 'nps'
                              AND `t1`.`score` IS NOT NULL
                          ) AS `t12`
                        ) AS `t27`
                        WHERE
                          `t27`.`rn` = 0
                      ) AS `t42`
                        ON `t7`.`account_id` = `t42`.`account_id`
                    ) AS `t65`
                  ) AS `t88`
                    ON `t7`.`account_id` = `t88`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t89`.`account_id`,
                      ieee_divide(CAST(`t89`.`d` AS FLOAT64), 4.0) AS `feature_breadth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t63`.`d`, 0) AS `d`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t37`.`account_id`,
                          COUNT(DISTINCT `t37`.`event`) AS `d`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                            AND `t28`.`seg` IN (0)
                        ) AS `t37`
                        GROUP BY
                          1
                      ) AS `t63`
                        ON `t7`.`account_id` = `t63`.`account_id`
                    ) AS `t89`
                  ) AS `t105`
                    ON `t7`.`account_id` = `t105`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t130`.`account_id`,
                      `t130`.`value` AS `events_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`c`
                        FROM (
                          SELECT
                            `t43`.`account_id`,
                            SUM(`t43`.`c`) AS `c`,
                            MAX(`t43`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0)
                          ) AS `t43`
                          GROUP BY
                            1
                        ) AS `t60`
                      ) AS `t83`
                        ON `t7`.`account_id` = `t83`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t130`
                  ) AS `t139`
                    ON `t7`.`account_id` = `t139`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t131`.`account_id`,
                      `t131`.`value` AS `collaboration_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t75`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t55`.`account_id`,
                          `t55`.`c`
                        FROM (
                          SELECT
                            `t39`.`account_id`,
                            SUM(`t39`.`c`) AS `c`,
                            MAX(`t39`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                              AND `t28`.`seg` IN (0)
                          ) AS `t39`
                          GROUP BY
                            1
                        ) AS `t55`
                      ) AS `t75`
                        ON `t7`.`account_id` = `t75`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t131`
                  ) AS `t140`
                    ON `t7`.`account_id` = `t140`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t99`.`account_id`,
                      CAST(DATE_DIFF(DATE(2026, 3, 2), `t99`.`last`, DAY) AS FLOAT64) AS `days_since_last_event`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t84`.`last`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t61`.`account_id`,
                          `t61`.`last`
                        FROM (
                          SELECT
                            `t44`.`account_id`,
                            SUM(`t44`.`c`) AS `c`,
                            MAX(`t44`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0, 1, 2)
                          ) AS `t44`
                          GROUP BY
                            1
                        ) AS `t61`
                      ) AS `t84`
                        ON `t7`.`account_id` = `t84`.`account_id`
                    ) AS `t99`
                  ) AS `t114`
                    ON `t7`.`account_id` = `t114`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t117`.`account_id`,
                      `t117`.`value` AS `growth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t103`.`p` > 0,
                          ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t103`.`p` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`c`
                        FROM (
                          SELECT
                            `t43`.`account_id`,
                            SUM(`t43`.`c`) AS `c`,
                            MAX(`t43`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0)
                          ) AS `t43`
                          GROUP BY
                            1
                        ) AS `t60`
                      ) AS `t83`
                        ON `t7`.`account_id` = `t83`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t85`.`p`, 0) AS `p`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t62`.`account_id`,
                            `t62`.`c` AS `p`
                          FROM (
                            SELECT
                              `t45`.`account_id`,
                              SUM(`t45`.`c`) AS `c`,
                              MAX(`t45`.`last`) AS `last`
                            FROM (
                              SELECT
                                *
                              FROM `t26` AS `t28`
                              WHERE
                                NOT (
                                  `t28`.`event` IN ('email_opened')
                                ) AND `t28`.`seg` IN (1)
                            ) AS `t45`
                            GROUP BY
                              1
                          ) AS `t62`
                        ) AS `t85`
                          ON `t7`.`account_id` = `t85`.`account_id`
                      ) AS `t103`
                        ON `t7`.`account_id` = `t103`.`account_id`
                    ) AS `t117`
                  ) AS `t126`
                    ON `t7`.`account_id` = `t126`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t93`.`account_id`,
                      CAST(`t93`.`c` AS FLOAT64) AS `power_features_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t76`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t56`.`account_id`,
                          `t56`.`c`
                        FROM (
                          SELECT
                            `t40`.`account_id`,
                            SUM(`t40`.`c`) AS `c`,
                            MAX(`t40`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('export_csv', 'api_call', 'webhook_created')
                              AND `t28`.`seg` IN (0)
                          ) AS `t40`
                          GROUP BY
                            1
                        ) AS `t56`
                      ) AS `t76`
                        ON `t7`.`account_id` = `t76`.`account_id`
                    ) AS `t93`
                  ) AS `t108`
                    ON `t7`.`account_id` = `t108`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t94`.`account_id`,
                      CAST(`t94`.`c` AS FLOAT64) AS `integrations_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t77`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t57`.`account_id`,
                          `t57`.`c`
                        FROM (
                          SELECT
                            `t41`.`account_id`,
                            SUM(`t41`.`c`) AS `c`,
                            MAX(`t41`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('integration_connected') AND `t28`.`seg` IN (0, 1, 2)
                          ) AS `t41`
                          GROUP BY
                            1
                        ) AS `t57`
                      ) AS `t77`
                        ON `t7`.`account_id` = `t77`.`account_id`
                    ) AS `t94`
                  ) AS `t109`
                    ON `t7`.`account_id` = `t109`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t119`.`account_id`,
                      `t119`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t70`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t101`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          COUNT(`t87`.`user_id`) AS `active`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t101`
                        ON `t7`.`account_id` = `t101`.`account_id`
                      INNER JOIN `t58` AS `t70`
                        ON `t7`.`account_id` = `t70`.`account_id`
                    ) AS `t119`
                  ) AS `t127`
                    ON `t7`.`account_id` = `t127`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t115`.`account_id`,
                      `t115`.`value` AS `active_rate_7d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t70`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t95`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t79`.`account_id`,
                          COUNT(`t79`.`user_id`) AS `active`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`user_id`,
                            `t59`.`role`,
                            `t59`.`n_7` AS `n`
                          FROM `t49` AS `t59`
                          WHERE
                            `t59`.`n_7` > 0
                        ) AS `t79`
                        GROUP BY
                          1
                      ) AS `t95`
                        ON `t7`.`account_id` = `t95`.`account_id`
                      INNER JOIN `t58` AS `t70`
                        ON `t7`.`account_id` = `t70`.`account_id`
                    ) AS `t115`
                  ) AS `t124`
                    ON `t7`.`account_id` = `t124`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t141`.`account_id`,
                      `t141`.`value` AS `evenness_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t134`.`total` > 0,
                          1.0 - (
                            ieee_divide(
                              (
                                `t134`.`weighted` + (
                                  (
                                    `t86`.`members` - CAST(`t134`.`k` AS FLOAT64)
                                  ) * CAST(`t134`.`total` AS FLOAT64)
                                )
                              ) * 2.0,
                              `t86`.`members` * CAST(`t134`.`total` AS FLOAT64)
                            ) - ieee_divide(`t86`.`members` + 1.0, `t86`.`members`)
                          ),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t120`.`account_id`,
                          SUM(`t120`.`c`) AS `k`,
                          SUM(`t120`.`n` * `t120`.`c`) AS `total`,
                          SUM(`t120`.`ranked`) AS `weighted`
                        FROM (
                          SELECT
                            `t92`.`account_id`,
                            `t92`.`n`,
                            `t92`.`c`,
                            CAST(`t92`.`n` AS FLOAT64) * (
                              (
                                `t92`.`c` * (
                                  SUM(`t92`.`c`) OVER (
                                    PARTITION BY `t92`.`account_id`
                                    ORDER BY `t92`.`n` ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - `t92`.`c`
                                )
                              ) + ieee_divide(`t92`.`c` * (
                                `t92`.`c` + 1
                              ), 2)
                            ) AS `ranked`
                          FROM (
                            SELECT
                              `t87`.`account_id`,
                              `t87`.`n`,
                              COUNT(*) AS `c`
                            FROM `t81` AS `t87`
                            GROUP BY
                              1,
                              2
                          ) AS `t92`
                        ) AS `t120`
                        GROUP BY
                          1
                      ) AS `t134`
                        ON `t7`.`account_id` = `t134`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t64`.`account_id`,
                          `t64`.`members`
                        FROM `t58` AS `t64`
                      ) AS `t86`
                        ON `t7`.`account_id` = `t86`.`account_id`
                    ) AS `t141`
                  ) AS `t143`
                    ON `t7`.`account_id` = `t143`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t113`.`account_id`,
                      IF(
                        `t113`.`total` > 0,
                        ieee_divide(CAST(`t113`.`top` AS FLOAT64), CAST(`t113`.`total` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `top_user_share_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t102`.`top`,
                        `t102`.`total`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          MAX(`t87`.`n`) AS `top`,
                          SUM(`t87`.`n`) AS `total`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t102`
                        ON `t7`.`account_id` = `t102`.`account_id`
                    ) AS `t113`
                  ) AS `t132`
                    ON `t7`.`account_id` = `t132`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t110`.`account_id`,
                      CAST(`t110`.`v` AS FLOAT64) AS `active_admins_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t96`.`v`, 0) AS `v`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t80`.`account_id`,
                          COUNT(`t80`.`user_id`) AS `v`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`user_id`,
                            `t59`.`role`,
                            `t59`.`n_28` AS `n`
                          FROM `t49` AS `t59`
                          WHERE
                            `t59`.`n_28` > 0 AND `t59`.`role` = 'admin'
                        ) AS `t80`
                        GROUP BY
                          1
                      ) AS `t96`
                        ON `t7`.`account_id` = `t96`.`account_id`
                    ) AS `t110`
                  ) AS `t122`
                    ON `t7`.`account_id` = `t122`.`account_id`
                ) AS `t145`
                  ON `t25`.`account_id` = `t145`.`account_id`
              ) AS `t146`
            ) AS `t147`
          ) AS `t148`
        ) AS `t149`
      ) AS `t150`
    ) AS `t151`
    WHERE
      `t151`.`score` IS NOT NULL
  ) AS `t153`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t151`.`account_id`,
      'utilization' AS `dimension`,
      `t151`.`d1_score` AS `score`,
      `t151`.`d1_weight` AS `weight`,
      `t151`.`d1_points` AS `points`
    FROM (
      SELECT
        `t150`.*
        EXCEPT (`_w0`, `_w1`, `_w2`)
      FROM (
        SELECT
          `t149`.`account_id`,
          `t149`.`live`,
          `t149`.`m0_value`,
          `t149`.`m0_score`,
          `t149`.`m1_value`,
          `t149`.`m1_score`,
          `t149`.`m2_value`,
          `t149`.`m2_score`,
          `t149`.`m3_value`,
          `t149`.`m3_score`,
          `t149`.`m4_value`,
          `t149`.`m4_score`,
          `t149`.`m5_value`,
          `t149`.`m5_score`,
          `t149`.`m6_value`,
          `t149`.`m6_score`,
          `t149`.`m7_value`,
          `t149`.`m7_score`,
          `t149`.`m8_value`,
          `t149`.`m8_score`,
          `t149`.`m9_value`,
          `t149`.`m9_score`,
          `t149`.`m10_value`,
          `t149`.`m10_score`,
          `t149`.`m11_value`,
          `t149`.`m11_score`,
          `t149`.`m12_value`,
          `t149`.`m12_score`,
          `t149`.`m13_value`,
          `t149`.`m13_score`,
          `t149`.`m14_value`,
          `t149`.`m14_score`,
          `t149`.`m15_value`,
          `t149`.`m15_score`,
          `t149`.`m16_value`,
          `t149`.`m16_score`,
          `t149`.`d0_score`,
          `t149`.`d1_score`,
          `t149`.`d2_score`,
          `t149`.`_w0`,
          `t149`.`_w1`,
          `t149`.`_w2`,
          `t149`.`d0_weight`,
          `t149`.`d1_weight`,
          `t149`.`d2_weight`,
          `t149`.`m0_points`,
          `t149`.`m1_points`,
          `t149`.`m2_points`,
          `t149`.`m3_points`,
          `t149`.`m4_points`,
          `t149`.`m5_points`,
          `t149`.`m6_points`,
          `t149`.`m7_points`,
          `t149`.`m8_points`,
          `t149`.`m9_points`,
          `t149`.`m10_points`,
          `t149`.`m11_points`,
          `t149`.`m12_points`,
          `t149`.`m13_points`,
          `t149`.`m14_points`,
          `t149`.`m15_points`,
          `t149`.`m16_points`,
          IF(
            `t149`.`d0_score` IS NOT NULL,
            COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t149`.`d1_score` IS NOT NULL,
            COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            `t149`.`d2_score` IS NOT NULL,
            COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d2_points`,
          IF(
            (
              `t149`.`d0_score` IS NOT NULL
            )
            OR (
              `t149`.`d1_score` IS NOT NULL
            )
            OR (
              `t149`.`d2_score` IS NOT NULL
            ),
            COALESCE(`t149`.`m0_points`, 0.0) + COALESCE(`t149`.`m1_points`, 0.0) + COALESCE(`t149`.`m2_points`, 0.0) + COALESCE(`t149`.`m3_points`, 0.0) + COALESCE(`t149`.`m4_points`, 0.0) + COALESCE(`t149`.`m5_points`, 0.0) + COALESCE(`t149`.`m6_points`, 0.0) + COALESCE(`t149`.`m7_points`, 0.0) + COALESCE(`t149`.`m8_points`, 0.0) + COALESCE(`t149`.`m9_points`, 0.0) + COALESCE(`t149`.`m10_points`, 0.0) + COALESCE(`t149`.`m11_points`, 0.0) + COALESCE(`t149`.`m12_points`, 0.0) + COALESCE(`t149`.`m13_points`, 0.0) + COALESCE(`t149`.`m14_points`, 0.0) + COALESCE(`t149`.`m15_points`, 0.0) + COALESCE(`t149`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t148`.`account_id`,
            `t148`.`live`,
            `t148`.`m0_value`,
            `t148`.`m0_score`,
            `t148`.`m1_value`,
            `t148`.`m1_score`,
            `t148`.`m2_value`,
            `t148`.`m2_score`,
            `t148`.`m3_value`,
            `t148`.`m3_score`,
            `t148`.`m4_value`,
            `t148`.`m4_score`,
            `t148`.`m5_value`,
            `t148`.`m5_score`,
            `t148`.`m6_value`,
            `t148`.`m6_score`,
            `t148`.`m7_value`,
            `t148`.`m7_score`,
            `t148`.`m8_value`,
            `t148`.`m8_score`,
            `t148`.`m9_value`,
            `t148`.`m9_score`,
            `t148`.`m10_value`,
            `t148`.`m10_score`,
            `t148`.`m11_value`,
            `t148`.`m11_score`,
            `t148`.`m12_value`,
            `t148`.`m12_score`,
            `t148`.`m13_value`,
            `t148`.`m13_score`,
            `t148`.`m14_value`,
            `t148`.`m14_score`,
            `t148`.`m15_value`,
            `t148`.`m15_score`,
            `t148`.`m16_value`,
            `t148`.`m16_score`,
            `t148`.`d0_score`,
            `t148`.`d1_score`,
            `t148`.`d2_score`,
            `t148`.`_w0`,
            `t148`.`_w1`,
            `t148`.`_w2`,
            `t148`.`d0_weight`,
            `t148`.`d1_weight`,
            `t148`.`d2_weight`,
            IF(
              (
                `t148`.`m0_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 3.0, `t148`.`_w0`) * 100.0 * `t148`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t148`.`m1_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t148`.`m2_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`,
            IF(
              (
                `t148`.`m3_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 1.0, `t148`.`_w0`) * 100.0 * `t148`.`m3_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m3_points`,
            IF(
              (
                `t148`.`m4_score` IS NOT NULL
              ) AND (
                `t148`.`_w0` > 0
              ),
              ieee_divide(`t148`.`d0_weight` * 2.0, `t148`.`_w0`) * 100.0 * `t148`.`m4_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m4_points`,
            IF(
              (
                `t148`.`m5_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 3.0, `t148`.`_w1`) * 100.0 * `t148`.`m5_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m5_points`,
            IF(
              (
                `t148`.`m6_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m6_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m6_points`,
            IF(
              (
                `t148`.`m7_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m7_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m7_points`,
            IF(
              (
                `t148`.`m8_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 2.0, `t148`.`_w1`) * 100.0 * `t148`.`m8_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m8_points`,
            IF(
              (
                `t148`.`m9_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m9_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m9_points`,
            IF(
              (
                `t148`.`m10_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m10_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m10_points`,
            IF(
              (
                `t148`.`m11_score` IS NOT NULL
              ) AND (
                `t148`.`_w1` > 0
              ),
              ieee_divide(`t148`.`d1_weight` * 1.0, `t148`.`_w1`) * 100.0 * `t148`.`m11_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m11_points`,
            IF(
              (
                `t148`.`m12_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m12_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m12_points`,
            IF(
              (
                `t148`.`m13_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m13_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m13_points`,
            IF(
              (
                `t148`.`m14_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m14_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m14_points`,
            IF(
              (
                `t148`.`m15_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 2.0, `t148`.`_w2`) * 100.0 * `t148`.`m15_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m15_points`,
            IF(
              (
                `t148`.`m16_score` IS NOT NULL
              ) AND (
                `t148`.`_w2` > 0
              ),
              ieee_divide(`t148`.`d2_weight` * 1.0, `t148`.`_w2`) * 100.0 * `t148`.`m16_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m16_points`
          FROM (
            SELECT
              `t147`.`account_id`,
              `t147`.`live`,
              `t147`.`m0_value`,
              `t147`.`m0_score`,
              `t147`.`m1_value`,
              `t147`.`m1_score`,
              `t147`.`m2_value`,
              `t147`.`m2_score`,
              `t147`.`m3_value`,
              `t147`.`m3_score`,
              `t147`.`m4_value`,
              `t147`.`m4_score`,
              `t147`.`m5_value`,
              `t147`.`m5_score`,
              `t147`.`m6_value`,
              `t147`.`m6_score`,
              `t147`.`m7_value`,
              `t147`.`m7_score`,
              `t147`.`m8_value`,
              `t147`.`m8_score`,
              `t147`.`m9_value`,
              `t147`.`m9_score`,
              `t147`.`m10_value`,
              `t147`.`m10_score`,
              `t147`.`m11_value`,
              `t147`.`m11_score`,
              `t147`.`m12_value`,
              `t147`.`m12_score`,
              `t147`.`m13_value`,
              `t147`.`m13_score`,
              `t147`.`m14_value`,
              `t147`.`m14_score`,
              `t147`.`m15_value`,
              `t147`.`m15_score`,
              `t147`.`m16_value`,
              `t147`.`m16_score`,
              `t147`.`d0_score`,
              `t147`.`d1_score`,
              `t147`.`d2_score`,
              `t147`.`_w0`,
              `t147`.`_w1`,
              `t147`.`_w2`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`,
              IF(
                (
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0),
                  IF(`t147`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t147`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t147`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_weight`
            FROM (
              SELECT
                `t146`.`account_id`,
                `t146`.`live`,
                `t146`.`m0_value`,
                `t146`.`m0_score`,
                `t146`.`m1_value`,
                `t146`.`m1_score`,
                `t146`.`m2_value`,
                `t146`.`m2_score`,
                `t146`.`m3_value`,
                `t146`.`m3_score`,
                `t146`.`m4_value`,
                `t146`.`m4_score`,
                `t146`.`m5_value`,
                `t146`.`m5_score`,
                `t146`.`m6_value`,
                `t146`.`m6_score`,
                `t146`.`m7_value`,
                `t146`.`m7_score`,
                `t146`.`m8_value`,
                `t146`.`m8_score`,
                `t146`.`m9_value`,
                `t146`.`m9_score`,
                `t146`.`m10_value`,
                `t146`.`m10_score`,
                `t146`.`m11_value`,
                `t146`.`m11_score`,
                `t146`.`m12_value`,
                `t146`.`m12_score`,
                `t146`.`m13_value`,
                `t146`.`m13_score`,
                `t146`.`m14_value`,
                `t146`.`m14_score`,
                `t146`.`m15_value`,
                `t146`.`m15_score`,
                `t146`.`m16_value`,
                `t146`.`m16_score`,
                IF(
                  (
                    IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m0_score`, 0.0)
                    ) + (
                      IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m1_score`, 0.0)
                    ) + (
                      IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m2_score`, 0.0)
                    ) + (
                      IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m3_score`, 0.0)
                    ) + (
                      IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m4_score`, 0.0)
                    ),
                    IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  (
                    IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t146`.`m5_score`, 0.0)
                    ) + (
                      IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m6_score`, 0.0)
                    ) + (
                      IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m7_score`, 0.0)
                    ) + (
                      IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m8_score`, 0.0)
                    ) + (
                      IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m9_score`, 0.0)
                    ) + (
                      IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m10_score`, 0.0)
                    ) + (
                      IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m11_score`, 0.0)
                    ),
                    IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(
                  (
                    IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m12_score`, 0.0)
                    ) + (
                      IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m13_score`, 0.0)
                    ) + (
                      IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m14_score`, 0.0)
                    ) + (
                      IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t146`.`m15_score`, 0.0)
                    ) + (
                      IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t146`.`m16_score`, 0.0)
                    ),
                    IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d2_score`,
                IF(`t146`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t146`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t146`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
                IF(`t146`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t146`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t146`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
              FROM (
                SELECT
                  `t25`.`account_id`,
                  `t25`.`live`,
                  IF(`t25`.`live`, `t145`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                          ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5),
                          LEAST(1.0, ieee_divide(`t145`.`help_views_per_active_user_28d` - 0.0, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t25`.`live`, `t145`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t25`.`live`, `t145`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t145`.`seminars_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`,
                  IF(`t25`.`live`, `t145`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`community_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t145`.`community_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t145`.`community_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m3_score`,
                  IF(`t25`.`live`, `t145`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`latest_nps` - 3.0, 6.0) IS NULL,
                          ieee_divide(`t145`.`latest_nps` - 3.0, 6.0),
                          LEAST(1.0, ieee_divide(`t145`.`latest_nps` - 3.0, 6.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m4_score`,
                  IF(`t25`.`live`, `t145`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                          ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5),
                          LEAST(1.0, ieee_divide(`t145`.`feature_breadth_28d` - 0.3, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m5_score`,
                  IF(`t25`.`live`, `t145`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      `t145`.`events_per_active_user_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        CAST(RANK() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t145`.`events_per_active_user_28d` ASC
                        ) - 1 AS FLOAT64) + (
                          CUME_DIST() OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                            ORDER BY `t145`.`events_per_active_user_28d` ASC
                          ) * CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS FLOAT64)
                        ),
                        CAST(COUNT(`t145`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`events_per_active_user_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m6_score`,
                  IF(`t25`.`live`, `t145`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                          ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                          LEAST(1.0, ieee_divide(`t145`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m7_score`,
                  IF(`t25`.`live`, `t145`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                  IF(
                    `t25`.`live`,
                    COALESCE(
                      IF(
                        IF(
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                        ) IS NULL,
                        IF(
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                        ),
                        GREATEST(
                          0.0,
                          IF(
                            ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                            ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0),
                            LEAST(1.0, ieee_divide(`t145`.`days_since_last_event` - 14.0, -12.0))
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m8_score`,
                  IF(`t25`.`live`, `t145`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                          ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001),
                          LEAST(1.0, ieee_divide(`t145`.`growth_28d` - 0.6, 0.5000000000000001))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m9_score`,
                  IF(`t25`.`live`, `t145`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      `t145`.`power_features_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        CAST(RANK() OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ORDER BY `t145`.`power_features_28d` ASC
                        ) - 1 AS FLOAT64) + (
                          CUME_DIST() OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                            ORDER BY `t145`.`power_features_28d` ASC
                          ) * CAST(COUNT(`t145`.`power_features_28d`) OVER (
                            PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS FLOAT64)
                        ),
                        CAST(COUNT(`t145`.`power_features_28d`) OVER (
                          PARTITION BY `t25`.`live`, COALESCE(`t25`.`tier`, ''), `t145`.`power_features_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m10_score`,
                  IF(`t25`.`live`, `t145`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`integrations_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m11_score`,
                  IF(`t25`.`live`, `t145`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                          ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t145`.`active_rate_28d` - 0.15, 0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m12_score`,
                  IF(`t25`.`live`, `t145`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                          ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003),
                          LEAST(1.0, ieee_divide(`t145`.`active_rate_7d` - 0.05, 0.35000000000000003))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m13_score`,
                  IF(`t25`.`live`, `t145`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                          ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007),
                          LEAST(1.0, ieee_divide(`t145`.`evenness_28d` - 0.1, 0.45000000000000007))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m14_score`,
                  IF(`t25`.`live`, `t145`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                          ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t145`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m15_score`,
                  IF(`t25`.`live`, `t145`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                  IF(
                    `t25`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t145`.`active_admins_28d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m16_score`
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
                ) AS `t25`
                INNER JOIN (
                  SELECT
                    `t7`.`account_id`,
                    `t138`.`help_views_per_active_user_28d`,
                    `t50`.`support_tickets_90d`,
                    `t51`.`seminars_90d`,
                    `t52`.`community_90d`,
                    `t88`.`latest_nps`,
                    `t105`.`feature_breadth_28d`,
                    `t139`.`events_per_active_user_28d`,
                    `t140`.`collaboration_per_active_user_28d`,
                    `t114`.`days_since_last_event`,
                    `t126`.`growth_28d`,
                    `t108`.`power_features_28d`,
                    `t109`.`integrations_90d`,
                    `t127`.`active_rate_28d`,
                    `t124`.`active_rate_7d`,
                    `t143`.`evenness_28d`,
                    `t132`.`top_user_share_28d`,
                    `t122`.`active_admins_28d`
                  FROM (
                    SELECT
                      `t0`.`account_id`
                    FROM `accounts` AS `t0`
                  ) AS `t7`
                  INNER JOIN (
                    SELECT
                      `t129`.`account_id`,
                      `t129`.`value` AS `help_views_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t74`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t54`.`account_id`,
                          `t54`.`c`
                        FROM (
                          SELECT
                            `t38`.`account_id`,
                            SUM(`t38`.`c`) AS `c`,
                            MAX(`t38`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('help_article_viewed') AND `t28`.`seg` IN (0)
                          ) AS `t38`
                          GROUP BY
                            1
                        ) AS `t54`
                      ) AS `t74`
                        ON `t7`.`account_id` = `t74`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t129`
                  ) AS `t138`
                    ON `t7`.`account_id` = `t138`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t33`.`account_id`,
                      CAST(`t33`.`c` AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t21`.`c`, 0) AS `c`
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
                      ) AS `t21`
                        ON `t7`.`account_id` = `t21`.`account_id`
                    ) AS `t33`
                  ) AS `t50`
                    ON `t7`.`account_id` = `t50`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t34`.`account_id`,
                      CAST(`t34`.`c` AS FLOAT64) AS `seminars_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t22`.`c`, 0) AS `c`
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
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('seminar')
                        ) AS `t10`
                        GROUP BY
                          1
                      ) AS `t22`
                        ON `t7`.`account_id` = `t22`.`account_id`
                    ) AS `t34`
                  ) AS `t51`
                    ON `t7`.`account_id` = `t51`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t35`.`account_id`,
                      CAST(`t35`.`c` AS FLOAT64) AS `community_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t23`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t11`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t1`
                          WHERE
                            `t1`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t1`.`kind` IN ('community')
                        ) AS `t11`
                        GROUP BY
                          1
                      ) AS `t23`
                        ON `t7`.`account_id` = `t23`.`account_id`
                    ) AS `t35`
                  ) AS `t52`
                    ON `t7`.`account_id` = `t52`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t65`.`account_id`,
                      `t65`.`s` AS `latest_nps`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t42`.`s`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t27`.`account_id`,
                          `t27`.`score` AS `s`
                        FROM (
                          SELECT
                            `t12`.`touchpoint_id`,
                            `t12`.`ts`,
                            `t12`.`account_id`,
                            `t12`.`user_id`,
                            `t12`.`kind`,
                            `t12`.`title`,
                            `t12`.`body`,
                            `t12`.`score`,
                            `t12`.`properties`,
                            `t12`.`source`,
                            `t12`.`loaded_at`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t12`.`account_id`
                              ORDER BY `t12`.`ts` DESC, `t12`.`touchpoint_id` DESC
                            ) - 1 AS `rn`
                          FROM (
                            SELECT
                              *
                            FROM `touchpoints` AS `t1`
                            WHERE
                              `t1`.`ts` >= DATETIME('2025-03-01T15:00:00')
                              AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
                              AND `t1`.`kind` = 'nps'
                              AND `t1`.`score` IS NOT NULL
                          ) AS `t12`
                        ) AS `t27`
                        WHERE
                          `t27`.`rn` = 0
                      ) AS `t42`
                        ON `t7`.`account_id` = `t42`.`account_id`
                    ) AS `t65`
                  ) AS `t88`
                    ON `t7`.`account_id` = `t88`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t89`.`account_id`,
                      ieee_divide(CAST(`t89`.`d` AS FLOAT64), 4.0) AS `feature_breadth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t63`.`d`, 0) AS `d`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t37`.`account_id`,
                          COUNT(DISTINCT `t37`.`event`) AS `d`
                        FROM (
                          SELECT
                            *
                          FROM `t26` AS `t28`
                          WHERE
                            `t28`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                            AND `t28`.`seg` IN (0)
                        ) AS `t37`
                        GROUP BY
                          1
                      ) AS `t63`
                        ON `t7`.`account_id` = `t63`.`account_id`
                    ) AS `t89`
                  ) AS `t105`
                    ON `t7`.`account_id` = `t105`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t130`.`account_id`,
                      `t130`.`value` AS `events_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`c`
                        FROM (
                          SELECT
                            `t43`.`account_id`,
                            SUM(`t43`.`c`) AS `c`,
                            MAX(`t43`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0)
                          ) AS `t43`
                          GROUP BY
                            1
                        ) AS `t60`
                      ) AS `t83`
                        ON `t7`.`account_id` = `t83`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t130`
                  ) AS `t139`
                    ON `t7`.`account_id` = `t139`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t131`.`account_id`,
                      `t131`.`value` AS `collaboration_per_active_user_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t116`.`active` > 0,
                          ieee_divide(CAST(COALESCE(`t75`.`c`, 0) AS FLOAT64), CAST(`t116`.`active` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t55`.`account_id`,
                          `t55`.`c`
                        FROM (
                          SELECT
                            `t39`.`account_id`,
                            SUM(`t39`.`c`) AS `c`,
                            MAX(`t39`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                              AND `t28`.`seg` IN (0)
                          ) AS `t39`
                          GROUP BY
                            1
                        ) AS `t55`
                      ) AS `t75`
                        ON `t7`.`account_id` = `t75`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t101`.`active`, 0) AS `active`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t87`.`account_id`,
                            COUNT(`t87`.`user_id`) AS `active`
                          FROM `t81` AS `t87`
                          GROUP BY
                            1
                        ) AS `t101`
                          ON `t7`.`account_id` = `t101`.`account_id`
                      ) AS `t116`
                        ON `t7`.`account_id` = `t116`.`account_id`
                    ) AS `t131`
                  ) AS `t140`
                    ON `t7`.`account_id` = `t140`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t99`.`account_id`,
                      CAST(DATE_DIFF(DATE(2026, 3, 2), `t99`.`last`, DAY) AS FLOAT64) AS `days_since_last_event`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t84`.`last`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t61`.`account_id`,
                          `t61`.`last`
                        FROM (
                          SELECT
                            `t44`.`account_id`,
                            SUM(`t44`.`c`) AS `c`,
                            MAX(`t44`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0, 1, 2)
                          ) AS `t44`
                          GROUP BY
                            1
                        ) AS `t61`
                      ) AS `t84`
                        ON `t7`.`account_id` = `t84`.`account_id`
                    ) AS `t99`
                  ) AS `t114`
                    ON `t7`.`account_id` = `t114`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t117`.`account_id`,
                      `t117`.`value` AS `growth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t103`.`p` > 0,
                          ieee_divide(CAST(COALESCE(`t83`.`c`, 0) AS FLOAT64), CAST(`t103`.`p` AS FLOAT64)),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`c`
                        FROM (
                          SELECT
                            `t43`.`account_id`,
                            SUM(`t43`.`c`) AS `c`,
                            MAX(`t43`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              NOT (
                                `t28`.`event` IN ('email_opened')
                              ) AND `t28`.`seg` IN (0)
                          ) AS `t43`
                          GROUP BY
                            1
                        ) AS `t60`
                      ) AS `t83`
                        ON `t7`.`account_id` = `t83`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t7`.`account_id`,
                          COALESCE(`t85`.`p`, 0) AS `p`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t62`.`account_id`,
                            `t62`.`c` AS `p`
                          FROM (
                            SELECT
                              `t45`.`account_id`,
                              SUM(`t45`.`c`) AS `c`,
                              MAX(`t45`.`last`) AS `last`
                            FROM (
                              SELECT
                                *
                              FROM `t26` AS `t28`
                              WHERE
                                NOT (
                                  `t28`.`event` IN ('email_opened')
                                ) AND `t28`.`seg` IN (1)
                            ) AS `t45`
                            GROUP BY
                              1
                          ) AS `t62`
                        ) AS `t85`
                          ON `t7`.`account_id` = `t85`.`account_id`
                      ) AS `t103`
                        ON `t7`.`account_id` = `t103`.`account_id`
                    ) AS `t117`
                  ) AS `t126`
                    ON `t7`.`account_id` = `t126`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t93`.`account_id`,
                      CAST(`t93`.`c` AS FLOAT64) AS `power_features_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t76`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t56`.`account_id`,
                          `t56`.`c`
                        FROM (
                          SELECT
                            `t40`.`account_id`,
                            SUM(`t40`.`c`) AS `c`,
                            MAX(`t40`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('export_csv', 'api_call', 'webhook_created')
                              AND `t28`.`seg` IN (0)
                          ) AS `t40`
                          GROUP BY
                            1
                        ) AS `t56`
                      ) AS `t76`
                        ON `t7`.`account_id` = `t76`.`account_id`
                    ) AS `t93`
                  ) AS `t108`
                    ON `t7`.`account_id` = `t108`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t94`.`account_id`,
                      CAST(`t94`.`c` AS FLOAT64) AS `integrations_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t77`.`c`, 0) AS `c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t57`.`account_id`,
                          `t57`.`c`
                        FROM (
                          SELECT
                            `t41`.`account_id`,
                            SUM(`t41`.`c`) AS `c`,
                            MAX(`t41`.`last`) AS `last`
                          FROM (
                            SELECT
                              *
                            FROM `t26` AS `t28`
                            WHERE
                              `t28`.`event` IN ('integration_connected') AND `t28`.`seg` IN (0, 1, 2)
                          ) AS `t41`
                          GROUP BY
                            1
                        ) AS `t57`
                      ) AS `t77`
                        ON `t7`.`account_id` = `t77`.`account_id`
                    ) AS `t94`
                  ) AS `t109`
                    ON `t7`.`account_id` = `t109`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t119`.`account_id`,
                      `t119`.`value` AS `active_rate_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t70`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t101`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          COUNT(`t87`.`user_id`) AS `active`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t101`
                        ON `t7`.`account_id` = `t101`.`account_id`
                      INNER JOIN `t58` AS `t70`
                        ON `t7`.`account_id` = `t70`.`account_id`
                    ) AS `t119`
                  ) AS `t127`
                    ON `t7`.`account_id` = `t127`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t115`.`account_id`,
                      `t115`.`value` AS `active_rate_7d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t70`.`seats` > 0,
                          ieee_divide(CAST(COALESCE(`t95`.`active`, 0) AS FLOAT64), `t70`.`seats`),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t79`.`account_id`,
                          COUNT(`t79`.`user_id`) AS `active`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`user_id`,
                            `t59`.`role`,
                            `t59`.`n_7` AS `n`
                          FROM `t49` AS `t59`
                          WHERE
                            `t59`.`n_7` > 0
                        ) AS `t79`
                        GROUP BY
                          1
                      ) AS `t95`
                        ON `t7`.`account_id` = `t95`.`account_id`
                      INNER JOIN `t58` AS `t70`
                        ON `t7`.`account_id` = `t70`.`account_id`
                    ) AS `t115`
                  ) AS `t124`
                    ON `t7`.`account_id` = `t124`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t141`.`account_id`,
                      `t141`.`value` AS `evenness_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t134`.`total` > 0,
                          1.0 - (
                            ieee_divide(
                              (
                                `t134`.`weighted` + (
                                  (
                                    `t86`.`members` - CAST(`t134`.`k` AS FLOAT64)
                                  ) * CAST(`t134`.`total` AS FLOAT64)
                                )
                              ) * 2.0,
                              `t86`.`members` * CAST(`t134`.`total` AS FLOAT64)
                            ) - ieee_divide(`t86`.`members` + 1.0, `t86`.`members`)
                          ),
                          CAST(NULL AS FLOAT64)
                        ) AS `value`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t120`.`account_id`,
                          SUM(`t120`.`c`) AS `k`,
                          SUM(`t120`.`n` * `t120`.`c`) AS `total`,
                          SUM(`t120`.`ranked`) AS `weighted`
                        FROM (
                          SELECT
                            `t92`.`account_id`,
                            `t92`.`n`,
                            `t92`.`c`,
                            CAST(`t92`.`n` AS FLOAT64) * (
                              (
                                `t92`.`c` * (
                                  SUM(`t92`.`c`) OVER (
                                    PARTITION BY `t92`.`account_id`
                                    ORDER BY `t92`.`n` ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - `t92`.`c`
                                )
                              ) + ieee_divide(`t92`.`c` * (
                                `t92`.`c` + 1
                              ), 2)
                            ) AS `ranked`
                          FROM (
                            SELECT
                              `t87`.`account_id`,
                              `t87`.`n`,
                              COUNT(*) AS `c`
                            FROM `t81` AS `t87`
                            GROUP BY
                              1,
                              2
                          ) AS `t92`
                        ) AS `t120`
                        GROUP BY
                          1
                      ) AS `t134`
                        ON `t7`.`account_id` = `t134`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t64`.`account_id`,
                          `t64`.`members`
                        FROM `t58` AS `t64`
                      ) AS `t86`
                        ON `t7`.`account_id` = `t86`.`account_id`
                    ) AS `t141`
                  ) AS `t143`
                    ON `t7`.`account_id` = `t143`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t113`.`account_id`,
                      IF(
                        `t113`.`total` > 0,
                        ieee_divide(CAST(`t113`.`top` AS FLOAT64), CAST(`t113`.`total` AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `top_user_share_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t102`.`top`,
                        `t102`.`total`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t87`.`account_id`,
                          MAX(`t87`.`n`) AS `top`,
                          SUM(`t87`.`n`) AS `total`
                        FROM `t81` AS `t87`
                        GROUP BY
                          1
                      ) AS `t102`
                        ON `t7`.`account_id` = `t102`.`account_id`
                    ) AS `t113`
                  ) AS `t132`
                    ON `t7`.`account_id` = `t132`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t110`.`account_id`,
                      CAST(`t110`.`v` AS FLOAT64) AS `active_admins_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        COALESCE(`t96`.`v`, 0) AS `v`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t80`.`account_id`,
                          COUNT(`t80`.`user_id`) AS `v`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`user_id`,
                            `t59`.`role`,
                            `t59`.`n_28` AS `n`
                          FROM `t49` AS `t59`
                          WHERE
                            `t59`.`n_28` > 0 AND `t59`.`role` = 'admin'
                        ) AS `t80`
                        GROUP BY
                          1
                      ) AS `t96`
                        ON `t7`.`account_id` = `t96`.`account_id`
                    ) AS `t110`
                  ) AS `t122`
                    ON `t7`.`account_id` = `t122`.`account_id`
                ) AS `t145`
                  ON `t25`.`account_id` = `t145`.`account_id`
              ) AS `t146`
            ) AS `t147`
          ) AS `t148`
        ) AS `t149`
      ) AS `t150`
    ) AS `t151`
    WHERE
      `t151`.`score` IS NOT NULL
  ) AS `t154`
) AS `t155`
