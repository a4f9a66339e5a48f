WITH `t16` AS (
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
), `t43` AS (
  SELECT
    `t33`.`account_id`,
    `t33`.`user_id`,
    `t26`.`role`,
    `t33`.`n_7`,
    `t33`.`n_28`
  FROM (
    SELECT
      `t15`.`account_id`,
      `t15`.`user_id`,
      SUM(IF(`t15`.`day` >= DATE(2026, 2, 23), `t15`.`n`, 0)) AS `n_7`,
      SUM(`t15`.`n`) AS `n_28`
    FROM (
      SELECT
        *
      FROM `user_daily` AS `t4`
      WHERE
        `t4`.`account_id` IS NOT NULL
        AND `t4`.`day` >= DATE(2026, 2, 2)
        AND `t4`.`day` < DATE(2026, 3, 2)
        AND `t4`.`user_id` IS NOT NULL
    ) AS `t15`
    GROUP BY
      1,
      2
  ) AS `t33`
  INNER JOIN `t16` AS `t26`
    ON `t33`.`account_id` = `t26`.`account_id` AND `t33`.`user_id` = `t26`.`user_id`
)
SELECT
  *
FROM (
  SELECT
    `t81`.`account_id`,
    'penetration' AS `dimension`,
    `t81`.`d2_score` AS `score`,
    `t81`.`d2_weight` AS `weight`,
    `t81`.`d2_points` AS `points`
  FROM (
    SELECT
      `t80`.*
      EXCEPT (`_w0`, `_w1`, `_w2`)
    FROM (
      SELECT
        `t79`.`account_id`,
        `t79`.`live`,
        `t79`.`m0_value`,
        `t79`.`m0_score`,
        `t79`.`m1_value`,
        `t79`.`m1_score`,
        `t79`.`m2_value`,
        `t79`.`m2_score`,
        `t79`.`m3_value`,
        `t79`.`m3_score`,
        `t79`.`m4_value`,
        `t79`.`m4_score`,
        `t79`.`m5_value`,
        `t79`.`m5_score`,
        `t79`.`m6_value`,
        `t79`.`m6_score`,
        `t79`.`m7_value`,
        `t79`.`m7_score`,
        `t79`.`m8_value`,
        `t79`.`m8_score`,
        `t79`.`m9_value`,
        `t79`.`m9_score`,
        `t79`.`m10_value`,
        `t79`.`m10_score`,
        `t79`.`m11_value`,
        `t79`.`m11_score`,
        `t79`.`m12_value`,
        `t79`.`m12_score`,
        `t79`.`m13_value`,
        `t79`.`m13_score`,
        `t79`.`m14_value`,
        `t79`.`m14_score`,
        `t79`.`m15_value`,
        `t79`.`m15_score`,
        `t79`.`m16_value`,
        `t79`.`m16_score`,
        `t79`.`d0_score`,
        `t79`.`d1_score`,
        `t79`.`d2_score`,
        `t79`.`_w0`,
        `t79`.`_w1`,
        `t79`.`_w2`,
        `t79`.`d0_weight`,
        `t79`.`d1_weight`,
        `t79`.`d2_weight`,
        `t79`.`m0_points`,
        `t79`.`m1_points`,
        `t79`.`m2_points`,
        `t79`.`m3_points`,
        `t79`.`m4_points`,
        `t79`.`m5_points`,
        `t79`.`m6_points`,
        `t79`.`m7_points`,
        `t79`.`m8_points`,
        `t79`.`m9_points`,
        `t79`.`m10_points`,
        `t79`.`m11_points`,
        `t79`.`m12_points`,
        `t79`.`m13_points`,
        `t79`.`m14_points`,
        `t79`.`m15_points`,
        `t79`.`m16_points`,
        IF(
          `t79`.`d0_score` IS NOT NULL,
          COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d0_points`,
        IF(
          `t79`.`d1_score` IS NOT NULL,
          COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d1_points`,
        IF(
          `t79`.`d2_score` IS NOT NULL,
          COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `d2_points`,
        IF(
          (
            `t79`.`d0_score` IS NOT NULL
          )
          OR (
            `t79`.`d1_score` IS NOT NULL
          )
          OR (
            `t79`.`d2_score` IS NOT NULL
          ),
          COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0) + COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0) + COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
          CAST(NULL AS FLOAT64)
        ) AS `score`
      FROM (
        SELECT
          `t78`.`account_id`,
          `t78`.`live`,
          `t78`.`m0_value`,
          `t78`.`m0_score`,
          `t78`.`m1_value`,
          `t78`.`m1_score`,
          `t78`.`m2_value`,
          `t78`.`m2_score`,
          `t78`.`m3_value`,
          `t78`.`m3_score`,
          `t78`.`m4_value`,
          `t78`.`m4_score`,
          `t78`.`m5_value`,
          `t78`.`m5_score`,
          `t78`.`m6_value`,
          `t78`.`m6_score`,
          `t78`.`m7_value`,
          `t78`.`m7_score`,
          `t78`.`m8_value`,
          `t78`.`m8_score`,
          `t78`.`m9_value`,
          `t78`.`m9_score`,
          `t78`.`m10_value`,
          `t78`.`m10_score`,
          `t78`.`m11_value`,
          `t78`.`m11_score`,
          `t78`.`m12_value`,
          `t78`.`m12_score`,
          `t78`.`m13_value`,
          `t78`.`m13_score`,
          `t78`.`m14_value`,
          `t78`.`m14_score`,
          `t78`.`m15_value`,
          `t78`.`m15_score`,
          `t78`.`m16_value`,
          `t78`.`m16_score`,
          `t78`.`d0_score`,
          `t78`.`d1_score`,
          `t78`.`d2_score`,
          `t78`.`_w0`,
          `t78`.`_w1`,
          `t78`.`_w2`,
          `t78`.`d0_weight`,
          `t78`.`d1_weight`,
          `t78`.`d2_weight`,
          IF(
            (
              `t78`.`m0_score` IS NOT NULL
            ) AND (
              `t78`.`_w0` > 0
            ),
            ieee_divide(`t78`.`d0_weight` * 3.0, `t78`.`_w0`) * 100.0 * `t78`.`m0_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m0_points`,
          IF(
            (
              `t78`.`m1_score` IS NOT NULL
            ) AND (
              `t78`.`_w0` > 0
            ),
            ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m1_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m1_points`,
          IF(
            (
              `t78`.`m2_score` IS NOT NULL
            ) AND (
              `t78`.`_w0` > 0
            ),
            ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m2_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m2_points`,
          IF(
            (
              `t78`.`m3_score` IS NOT NULL
            ) AND (
              `t78`.`_w0` > 0
            ),
            ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m3_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m3_points`,
          IF(
            (
              `t78`.`m4_score` IS NOT NULL
            ) AND (
              `t78`.`_w0` > 0
            ),
            ieee_divide(`t78`.`d0_weight` * 2.0, `t78`.`_w0`) * 100.0 * `t78`.`m4_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m4_points`,
          IF(
            (
              `t78`.`m5_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 3.0, `t78`.`_w1`) * 100.0 * `t78`.`m5_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m5_points`,
          IF(
            (
              `t78`.`m6_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m6_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m6_points`,
          IF(
            (
              `t78`.`m7_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m7_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m7_points`,
          IF(
            (
              `t78`.`m8_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m8_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m8_points`,
          IF(
            (
              `t78`.`m9_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m9_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m9_points`,
          IF(
            (
              `t78`.`m10_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m10_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m10_points`,
          IF(
            (
              `t78`.`m11_score` IS NOT NULL
            ) AND (
              `t78`.`_w1` > 0
            ),
            ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m11_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m11_points`,
          IF(
            (
              `t78`.`m12_score` IS NOT NULL
            ) AND (
              `t78`.`_w2` > 0
            ),
            ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m12_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m12_points`,
          IF(
            (
              `t78`.`m13_score` IS NOT NULL
            ) AND (
              `t78`.`_w2` > 0
            ),
            ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m13_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m13_points`,
          IF(
            (
              `t78`.`m14_score` IS NOT NULL
            ) AND (
              `t78`.`_w2` > 0
            ),
            ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m14_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m14_points`,
          IF(
            (
              `t78`.`m15_score` IS NOT NULL
            ) AND (
              `t78`.`_w2` > 0
            ),
            ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m15_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m15_points`,
          IF(
            (
              `t78`.`m16_score` IS NOT NULL
            ) AND (
              `t78`.`_w2` > 0
            ),
            ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m16_score`,
            CAST(NULL AS FLOAT64)
          ) AS `m16_points`
        FROM (
          SELECT
            `t77`.`account_id`,
            `t77`.`live`,
            `t77`.`m0_value`,
            `t77`.`m0_score`,
            `t77`.`m1_value`,
            `t77`.`m1_score`,
            `t77`.`m2_value`,
            `t77`.`m2_score`,
            `t77`.`m3_value`,
            `t77`.`m3_score`,
            `t77`.`m4_value`,
            `t77`.`m4_score`,
            `t77`.`m5_value`,
            `t77`.`m5_score`,
            `t77`.`m6_value`,
            `t77`.`m6_score`,
            `t77`.`m7_value`,
            `t77`.`m7_score`,
            `t77`.`m8_value`,
            `t77`.`m8_score`,
            `t77`.`m9_value`,
            `t77`.`m9_score`,
            `t77`.`m10_value`,
            `t77`.`m10_score`,
            `t77`.`m11_value`,
            `t77`.`m11_score`,
            `t77`.`m12_value`,
            `t77`.`m12_score`,
            `t77`.`m13_value`,
            `t77`.`m13_score`,
            `t77`.`m14_value`,
            `t77`.`m14_score`,
            `t77`.`m15_value`,
            `t77`.`m15_score`,
            `t77`.`m16_value`,
            `t77`.`m16_score`,
            `t77`.`d0_score`,
            `t77`.`d1_score`,
            `t77`.`d2_score`,
            `t77`.`_w0`,
            `t77`.`_w1`,
            `t77`.`_w2`,
            IF(
              (
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0),
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d0_weight`,
            IF(
              (
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0),
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d1_weight`,
            IF(
              (
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ) > 0,
              ieee_divide(
                IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0),
                IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS FLOAT64)
            ) AS `d2_weight`
          FROM (
            SELECT
              `t76`.`account_id`,
              `t76`.`live`,
              `t76`.`m0_value`,
              `t76`.`m0_score`,
              `t76`.`m1_value`,
              `t76`.`m1_score`,
              `t76`.`m2_value`,
              `t76`.`m2_score`,
              `t76`.`m3_value`,
              `t76`.`m3_score`,
              `t76`.`m4_value`,
              `t76`.`m4_score`,
              `t76`.`m5_value`,
              `t76`.`m5_score`,
              `t76`.`m6_value`,
              `t76`.`m6_score`,
              `t76`.`m7_value`,
              `t76`.`m7_score`,
              `t76`.`m8_value`,
              `t76`.`m8_score`,
              `t76`.`m9_value`,
              `t76`.`m9_score`,
              `t76`.`m10_value`,
              `t76`.`m10_score`,
              `t76`.`m11_value`,
              `t76`.`m11_score`,
              `t76`.`m12_value`,
              `t76`.`m12_score`,
              `t76`.`m13_value`,
              `t76`.`m13_score`,
              `t76`.`m14_value`,
              `t76`.`m14_score`,
              `t76`.`m15_value`,
              `t76`.`m15_score`,
              `t76`.`m16_value`,
              `t76`.`m16_score`,
              IF(
                (
                  IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m0_score`, 0.0)
                  ) + (
                    IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m1_score`, 0.0)
                  ) + (
                    IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m2_score`, 0.0)
                  ) + (
                    IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m3_score`, 0.0)
                  ) + (
                    IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m4_score`, 0.0)
                  ),
                  IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_score`,
              IF(
                (
                  IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m5_score`, 0.0)
                  ) + (
                    IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m6_score`, 0.0)
                  ) + (
                    IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m7_score`, 0.0)
                  ) + (
                    IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m8_score`, 0.0)
                  ) + (
                    IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m9_score`, 0.0)
                  ) + (
                    IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m10_score`, 0.0)
                  ) + (
                    IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m11_score`, 0.0)
                  ),
                  IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_score`,
              IF(
                (
                  IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                ) > 0,
                ieee_divide(
                  0.0 + (
                    IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m12_score`, 0.0)
                  ) + (
                    IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m13_score`, 0.0)
                  ) + (
                    IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m14_score`, 0.0)
                  ) + (
                    IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m15_score`, 0.0)
                  ) + (
                    IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m16_score`, 0.0)
                  ),
                  IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_score`,
              IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
              IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
              IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
            FROM (
              SELECT
                `t27`.`account_id`,
                `t27`.`live`,
                IF(`t27`.`live`, `t75`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                      ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                      LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                      ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                      LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m0_score`,
                IF(`t27`.`live`, `t75`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m1_score`,
                IF(`t27`.`live`, `t75`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m2_score`,
                IF(`t27`.`live`, `t75`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                      ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                      LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m3_score`,
                IF(`t27`.`live`, `t75`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                      ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                      LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                      ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                      LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m4_score`,
                IF(`t27`.`live`, `t75`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                      ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                      LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                      ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                      LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m5_score`,
                IF(`t27`.`live`, `t75`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    `t75`.`events_per_active_user_28d` IS NULL,
                    CAST(NULL AS FLOAT64),
                    ieee_divide(
                      (
                        CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t75`.`events_per_active_user_28d` ASC
                          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                        ) AS FLOAT64) * 2.0
                      ) - CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                        PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                        ORDER BY `t75`.`events_per_active_user_28d` ASC
                        RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                      ) AS FLOAT64),
                      CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                        PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS FLOAT64) * 2.0
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m6_score`,
                IF(`t27`.`live`, `t75`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                      ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                      LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                      ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                      LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m7_score`,
                IF(`t27`.`live`, `t75`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                IF(
                  `t27`.`live`,
                  COALESCE(
                    IF(
                      IF(
                        ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                        ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                        LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                        ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                        LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                        )
                      )
                    ),
                    0.0
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m8_score`,
                IF(`t27`.`live`, `t75`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                      ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                      LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                      ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                      LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m9_score`,
                IF(`t27`.`live`, `t75`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    `t75`.`power_features_28d` IS NULL,
                    CAST(NULL AS FLOAT64),
                    ieee_divide(
                      (
                        CAST(COUNT(`t75`.`power_features_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                          ORDER BY `t75`.`power_features_28d` ASC
                          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                        ) AS FLOAT64) * 2.0
                      ) - CAST(COUNT(`t75`.`power_features_28d`) OVER (
                        PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                        ORDER BY `t75`.`power_features_28d` ASC
                        RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                      ) AS FLOAT64),
                      CAST(COUNT(`t75`.`power_features_28d`) OVER (
                        PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS FLOAT64) * 2.0
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m10_score`,
                IF(`t27`.`live`, `t75`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m11_score`,
                IF(`t27`.`live`, `t75`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                      ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                      ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m12_score`,
                IF(`t27`.`live`, `t75`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                      ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                      LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                      ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                      LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m13_score`,
                IF(`t27`.`live`, `t75`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                      ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                      LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                      ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                      LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m14_score`,
                IF(`t27`.`live`, `t75`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                      ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                      ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                      LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      )
                    )
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `m15_score`,
                IF(`t27`.`live`, `t75`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                IF(
                  `t27`.`live`,
                  IF(
                    IF(
                      ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                    ) IS NULL,
                    IF(
                      ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                      ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                      LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                    ),
                    GREATEST(
                      0.0,
                      IF(
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
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
              ) AS `t27`
              INNER JOIN (
                SELECT
                  `t70`.`account_id`,
                  `t70`.`help_views_per_active_user_28d`,
                  `t48`.`support_tickets_90d`,
                  `t49`.`seminars_90d`,
                  `t50`.`community_90d`,
                  `t58`.`latest_nps`,
                  `t54`.`feature_breadth_28d`,
                  `t70`.`events_per_active_user_28d`,
                  `t70`.`collaboration_per_active_user_28d`,
                  `t70`.`days_since_last_event`,
                  `t70`.`growth_28d`,
                  `t70`.`power_features_28d`,
                  `t70`.`integrations_90d`,
                  `t70`.`active_rate_28d`,
                  `t70`.`active_rate_7d`,
                  `t73`.`evenness_28d`,
                  `t70`.`top_user_share_28d`,
                  `t70`.`active_admins_28d`
                FROM (
                  SELECT
                    `t65`.`account_id`,
                    IF(
                      COALESCE(`t65`.`active_28`, 0) > 0,
                      ieee_divide(
                        CAST(COALESCE(`t65`.`e3`, 0) AS FLOAT64),
                        CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `help_views_per_active_user_28d`,
                    IF(
                      COALESCE(`t65`.`active_28`, 0) > 0,
                      ieee_divide(
                        CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64),
                        CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `events_per_active_user_28d`,
                    IF(
                      COALESCE(`t65`.`active_28`, 0) > 0,
                      ieee_divide(
                        CAST(COALESCE(`t65`.`e1`, 0) AS FLOAT64),
                        CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `collaboration_per_active_user_28d`,
                    CAST(DATE_DIFF(DATE(2026, 3, 2), `t65`.`e5`, DAY) AS FLOAT64) AS `days_since_last_event`,
                    IF(
                      COALESCE(`t65`.`e4`, 0) > 0,
                      ieee_divide(CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64), CAST(COALESCE(`t65`.`e4`, 0) AS FLOAT64)),
                      CAST(NULL AS FLOAT64)
                    ) AS `growth_28d`,
                    CAST(COALESCE(`t65`.`e2`, 0) AS FLOAT64) AS `power_features_28d`,
                    CAST(COALESCE(`t65`.`e6`, 0) AS FLOAT64) AS `integrations_90d`,
                    IF(
                      `t65`.`seats` > 0,
                      ieee_divide(CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64), `t65`.`seats`),
                      CAST(NULL AS FLOAT64)
                    ) AS `active_rate_28d`,
                    IF(
                      `t65`.`seats` > 0,
                      ieee_divide(CAST(COALESCE(`t65`.`active_7`, 0) AS FLOAT64), `t65`.`seats`),
                      CAST(NULL AS FLOAT64)
                    ) AS `active_rate_7d`,
                    IF(
                      COALESCE(`t65`.`total_28`, 0) > 0,
                      ieee_divide(
                        CAST(COALESCE(`t65`.`top_28`, 0) AS FLOAT64),
                        CAST(COALESCE(`t65`.`total_28`, 0) AS FLOAT64)
                      ),
                      CAST(NULL AS FLOAT64)
                    ) AS `top_user_share_28d`,
                    CAST(COALESCE(`t65`.`admins_28`, 0) AS FLOAT64) AS `active_admins_28d`
                  FROM (
                    SELECT
                      `t55`.`account_id`,
                      CAST(`t55`.`members` AS FLOAT64) AS `members`,
                      COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`,
                      `t38`.`e0`,
                      `t38`.`e1`,
                      `t38`.`e2`,
                      `t38`.`e3`,
                      `t38`.`e4`,
                      `t38`.`e5`,
                      `t38`.`e6`,
                      `t62`.`active_7`,
                      `t62`.`top_7`,
                      `t62`.`total_7`,
                      `t62`.`admins_7`,
                      `t62`.`admin_events_7`,
                      `t62`.`active_28`,
                      `t62`.`top_28`,
                      `t62`.`total_28`,
                      `t62`.`admins_28`,
                      `t62`.`admin_events_28`
                    FROM (
                      SELECT
                        `t42`.`account_id`,
                        COALESCE(`t42`.`members`, 0) AS `members`
                      FROM (
                        SELECT
                          `t7`.`account_id`,
                          `t32`.`members`
                        FROM (
                          SELECT
                            `t0`.`account_id`
                          FROM `accounts` AS `t0`
                        ) AS `t7`
                        LEFT OUTER JOIN (
                          SELECT
                            `t20`.`account_id`,
                            COUNT(`t20`.`user_id`) AS `members`
                          FROM `t16` AS `t20`
                          GROUP BY
                            1
                        ) AS `t32`
                          ON `t7`.`account_id` = `t32`.`account_id`
                      ) AS `t42`
                    ) AS `t55`
                    INNER JOIN (
                      SELECT
                        `t0`.`account_id`,
                        `t0`.`seats` AS `contracted`
                      FROM `accounts` AS `t0`
                    ) AS `t8`
                      ON `t55`.`account_id` = `t8`.`account_id`
                    LEFT OUTER JOIN (
                      SELECT
                        `t9`.`account_id`,
                        SUM(
                          IF(
                            (
                              `t9`.`day` >= DATE(2026, 2, 2)
                            )
                            AND NOT (
                              `t9`.`event` IN ('email_opened')
                            ),
                            `t9`.`n`,
                            CAST(NULL AS INT64)
                          )
                        ) AS `e0`,
                        SUM(
                          IF(
                            (
                              `t9`.`day` >= DATE(2026, 2, 2)
                            )
                            AND `t9`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded'),
                            `t9`.`n`,
                            CAST(NULL AS INT64)
                          )
                        ) AS `e1`,
                        SUM(
                          IF(
                            (
                              `t9`.`day` >= DATE(2026, 2, 2)
                            )
                            AND `t9`.`event` IN ('export_csv', 'api_call', 'webhook_created'),
                            `t9`.`n`,
                            CAST(NULL AS INT64)
                          )
                        ) AS `e2`,
                        SUM(
                          IF(
                            (
                              `t9`.`day` >= DATE(2026, 2, 2)
                            ) AND `t9`.`event` IN ('help_article_viewed'),
                            `t9`.`n`,
                            CAST(NULL AS INT64)
                          )
                        ) AS `e3`,
                        SUM(
                          IF(
                            (
                              `t9`.`day` >= DATE(2026, 1, 5)
                            )
                            AND (
                              `t9`.`day` < DATE(2026, 2, 2)
                            )
                            AND NOT (
                              `t9`.`event` IN ('email_opened')
                            ),
                            `t9`.`n`,
                            CAST(NULL AS INT64)
                          )
                        ) AS `e4`,
                        MAX(IF(NOT (
                          `t9`.`event` IN ('email_opened')
                        ), `t9`.`day`, CAST(NULL AS DATE))) AS `e5`,
                        SUM(IF(`t9`.`event` IN ('integration_connected'), `t9`.`n`, CAST(NULL AS INT64))) AS `e6`
                      FROM (
                        SELECT
                          *
                        FROM `account_daily` AS `t1`
                        WHERE
                          `t1`.`account_id` IS NOT NULL
                          AND `t1`.`day` >= DATE(2025, 12, 2)
                          AND `t1`.`day` < DATE(2026, 3, 2)
                      ) AS `t9`
                      GROUP BY
                        1
                    ) AS `t38`
                      ON `t55`.`account_id` = `t38`.`account_id`
                    LEFT OUTER JOIN (
                      SELECT
                        `t47`.`account_id`,
                        SUM(IF(`t47`.`n_7` > 0, 1, 0)) AS `active_7`,
                        MAX(`t47`.`n_7`) AS `top_7`,
                        SUM(`t47`.`n_7`) AS `total_7`,
                        SUM(IF((
                          `t47`.`n_7` > 0
                        ) AND (
                          COALESCE(`t47`.`role`, '') = 'admin'
                        ), 1, 0)) AS `admins_7`,
                        SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_7`, 0)) AS `admin_events_7`,
                        SUM(IF(`t47`.`n_28` > 0, 1, 0)) AS `active_28`,
                        MAX(`t47`.`n_28`) AS `top_28`,
                        SUM(`t47`.`n_28`) AS `total_28`,
                        SUM(IF((
                          `t47`.`n_28` > 0
                        ) AND (
                          COALESCE(`t47`.`role`, '') = 'admin'
                        ), 1, 0)) AS `admins_28`,
                        SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_28`, 0)) AS `admin_events_28`
                      FROM `t43` AS `t47`
                      GROUP BY
                        1
                    ) AS `t62`
                      ON `t55`.`account_id` = `t62`.`account_id`
                  ) AS `t65`
                ) AS `t70`
                INNER JOIN (
                  SELECT
                    `t35`.`account_id`,
                    CAST(COALESCE(`t35`.`c`, 0) AS FLOAT64) AS `support_tickets_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t23`.`c`
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
                        FROM `touchpoints` AS `t2`
                        WHERE
                          `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t2`.`kind` IN ('support_ticket')
                      ) AS `t11`
                      GROUP BY
                        1
                    ) AS `t23`
                      ON `t7`.`account_id` = `t23`.`account_id`
                  ) AS `t35`
                ) AS `t48`
                  ON `t70`.`account_id` = `t48`.`account_id`
                INNER JOIN (
                  SELECT
                    `t36`.`account_id`,
                    CAST(COALESCE(`t36`.`c`, 0) AS FLOAT64) AS `seminars_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t24`.`c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t12`.`account_id`,
                        COUNT(*) AS `c`
                      FROM (
                        SELECT
                          *
                        FROM `touchpoints` AS `t2`
                        WHERE
                          `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t2`.`kind` IN ('seminar')
                      ) AS `t12`
                      GROUP BY
                        1
                    ) AS `t24`
                      ON `t7`.`account_id` = `t24`.`account_id`
                  ) AS `t36`
                ) AS `t49`
                  ON `t70`.`account_id` = `t49`.`account_id`
                INNER JOIN (
                  SELECT
                    `t37`.`account_id`,
                    CAST(COALESCE(`t37`.`c`, 0) AS FLOAT64) AS `community_90d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t25`.`c`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t13`.`account_id`,
                        COUNT(*) AS `c`
                      FROM (
                        SELECT
                          *
                        FROM `touchpoints` AS `t2`
                        WHERE
                          `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                          AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                          AND `t2`.`kind` IN ('community')
                      ) AS `t13`
                      GROUP BY
                        1
                    ) AS `t25`
                      ON `t7`.`account_id` = `t25`.`account_id`
                  ) AS `t37`
                ) AS `t50`
                  ON `t70`.`account_id` = `t50`.`account_id`
                INNER JOIN (
                  SELECT
                    `t52`.`account_id`,
                    `t52`.`s` AS `latest_nps`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t41`.`s`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t29`.`account_id`,
                        `t29`.`score` AS `s`
                      FROM (
                        SELECT
                          `t14`.`touchpoint_id`,
                          `t14`.`ts`,
                          `t14`.`account_id`,
                          `t14`.`user_id`,
                          `t14`.`kind`,
                          `t14`.`title`,
                          `t14`.`body`,
                          `t14`.`score`,
                          `t14`.`properties`,
                          `t14`.`source`,
                          `t14`.`loaded_at`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t14`.`account_id`
                            ORDER BY `t14`.`ts` DESC, `t14`.`touchpoint_id` DESC
                          ) - 1 AS `rn`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-03-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` = 'nps'
                            AND `t2`.`score` IS NOT NULL
                        ) AS `t14`
                      ) AS `t29`
                      WHERE
                        `t29`.`rn` = 0
                    ) AS `t41`
                      ON `t7`.`account_id` = `t41`.`account_id`
                  ) AS `t52`
                ) AS `t58`
                  ON `t70`.`account_id` = `t58`.`account_id`
                INNER JOIN (
                  SELECT
                    `t39`.`account_id`,
                    ieee_divide(CAST(COALESCE(`t39`.`d`, 0) AS FLOAT64), 4.0) AS `feature_breadth_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      `t28`.`d`
                    FROM (
                      SELECT
                        `t0`.`account_id`
                      FROM `accounts` AS `t0`
                    ) AS `t7`
                    LEFT OUTER JOIN (
                      SELECT
                        `t10`.`account_id`,
                        COUNT(DISTINCT `t10`.`event`) AS `d`
                      FROM (
                        SELECT
                          *
                        FROM `account_daily` AS `t1`
                        WHERE
                          `t1`.`account_id` IS NOT NULL
                          AND `t1`.`day` >= DATE(2026, 2, 2)
                          AND `t1`.`day` < DATE(2026, 3, 2)
                          AND `t1`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                      ) AS `t10`
                      GROUP BY
                        1
                    ) AS `t28`
                      ON `t7`.`account_id` = `t28`.`account_id`
                  ) AS `t39`
                ) AS `t54`
                  ON `t70`.`account_id` = `t54`.`account_id`
                INNER JOIN (
                  SELECT
                    `t71`.`account_id`,
                    `t71`.`value` AS `evenness_28d`
                  FROM (
                    SELECT
                      `t7`.`account_id`,
                      IF(
                        `t68`.`total` > 0,
                        1.0 - (
                          ieee_divide(
                            (
                              `t68`.`weighted` + (
                                (
                                  `t64`.`members` - CAST(`t68`.`k` AS FLOAT64)
                                ) * CAST(`t68`.`total` AS FLOAT64)
                              )
                            ) * 2.0,
                            `t64`.`members` * CAST(`t68`.`total` AS FLOAT64)
                          ) - ieee_divide(`t64`.`members` + 1.0, `t64`.`members`)
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
                        `t66`.`account_id`,
                        SUM(`t66`.`c`) AS `k`,
                        SUM(`t66`.`n` * `t66`.`c`) AS `total`,
                        SUM(`t66`.`ranked`) AS `weighted`
                      FROM (
                        SELECT
                          `t59`.`account_id`,
                          `t59`.`n`,
                          `t59`.`c`,
                          CAST(`t59`.`n` AS FLOAT64) * (
                            (
                              `t59`.`c` * (
                                SUM(`t59`.`c`) OVER (
                                  PARTITION BY `t59`.`account_id`
                                  ORDER BY `t59`.`n` ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) - `t59`.`c`
                              )
                            ) + ieee_divide(`t59`.`c` * (
                              `t59`.`c` + 1
                            ), 2)
                          ) AS `ranked`
                        FROM (
                          SELECT
                            `t56`.`account_id`,
                            `t56`.`n`,
                            COUNT(*) AS `c`
                          FROM (
                            SELECT
                              `t47`.`account_id`,
                              `t47`.`user_id`,
                              `t47`.`role`,
                              `t47`.`n_28` AS `n`
                            FROM `t43` AS `t47`
                            WHERE
                              `t47`.`n_28` > 0
                          ) AS `t56`
                          GROUP BY
                            1,
                            2
                        ) AS `t59`
                      ) AS `t66`
                      GROUP BY
                        1
                    ) AS `t68`
                      ON `t7`.`account_id` = `t68`.`account_id`
                    INNER JOIN (
                      SELECT
                        `t60`.`account_id`,
                        `t60`.`members`
                      FROM (
                        SELECT
                          `t55`.`account_id`,
                          CAST(`t55`.`members` AS FLOAT64) AS `members`,
                          COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`
                        FROM (
                          SELECT
                            `t42`.`account_id`,
                            COALESCE(`t42`.`members`, 0) AS `members`
                          FROM (
                            SELECT
                              `t7`.`account_id`,
                              `t32`.`members`
                            FROM (
                              SELECT
                                `t0`.`account_id`
                              FROM `accounts` AS `t0`
                            ) AS `t7`
                            LEFT OUTER JOIN (
                              SELECT
                                `t20`.`account_id`,
                                COUNT(`t20`.`user_id`) AS `members`
                              FROM `t16` AS `t20`
                              GROUP BY
                                1
                            ) AS `t32`
                              ON `t7`.`account_id` = `t32`.`account_id`
                          ) AS `t42`
                        ) AS `t55`
                        INNER JOIN (
                          SELECT
                            `t0`.`account_id`,
                            `t0`.`seats` AS `contracted`
                          FROM `accounts` AS `t0`
                        ) AS `t8`
                          ON `t55`.`account_id` = `t8`.`account_id`
                      ) AS `t60`
                    ) AS `t64`
                      ON `t7`.`account_id` = `t64`.`account_id`
                  ) AS `t71`
                ) AS `t73`
                  ON `t70`.`account_id` = `t73`.`account_id`
              ) AS `t75`
                ON `t27`.`account_id` = `t75`.`account_id`
            ) AS `t76`
          ) AS `t77`
        ) AS `t78`
      ) AS `t79`
    ) AS `t80`
  ) AS `t81`
  WHERE
    `t81`.`score` IS NOT NULL
) AS `t82`
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t81`.`account_id`,
      'engagement' AS `dimension`,
      `t81`.`d0_score` AS `score`,
      `t81`.`d0_weight` AS `weight`,
      `t81`.`d0_points` AS `points`
    FROM (
      SELECT
        `t80`.*
        EXCEPT (`_w0`, `_w1`, `_w2`)
      FROM (
        SELECT
          `t79`.`account_id`,
          `t79`.`live`,
          `t79`.`m0_value`,
          `t79`.`m0_score`,
          `t79`.`m1_value`,
          `t79`.`m1_score`,
          `t79`.`m2_value`,
          `t79`.`m2_score`,
          `t79`.`m3_value`,
          `t79`.`m3_score`,
          `t79`.`m4_value`,
          `t79`.`m4_score`,
          `t79`.`m5_value`,
          `t79`.`m5_score`,
          `t79`.`m6_value`,
          `t79`.`m6_score`,
          `t79`.`m7_value`,
          `t79`.`m7_score`,
          `t79`.`m8_value`,
          `t79`.`m8_score`,
          `t79`.`m9_value`,
          `t79`.`m9_score`,
          `t79`.`m10_value`,
          `t79`.`m10_score`,
          `t79`.`m11_value`,
          `t79`.`m11_score`,
          `t79`.`m12_value`,
          `t79`.`m12_score`,
          `t79`.`m13_value`,
          `t79`.`m13_score`,
          `t79`.`m14_value`,
          `t79`.`m14_score`,
          `t79`.`m15_value`,
          `t79`.`m15_score`,
          `t79`.`m16_value`,
          `t79`.`m16_score`,
          `t79`.`d0_score`,
          `t79`.`d1_score`,
          `t79`.`d2_score`,
          `t79`.`_w0`,
          `t79`.`_w1`,
          `t79`.`_w2`,
          `t79`.`d0_weight`,
          `t79`.`d1_weight`,
          `t79`.`d2_weight`,
          `t79`.`m0_points`,
          `t79`.`m1_points`,
          `t79`.`m2_points`,
          `t79`.`m3_points`,
          `t79`.`m4_points`,
          `t79`.`m5_points`,
          `t79`.`m6_points`,
          `t79`.`m7_points`,
          `t79`.`m8_points`,
          `t79`.`m9_points`,
          `t79`.`m10_points`,
          `t79`.`m11_points`,
          `t79`.`m12_points`,
          `t79`.`m13_points`,
          `t79`.`m14_points`,
          `t79`.`m15_points`,
          `t79`.`m16_points`,
          IF(
            `t79`.`d0_score` IS NOT NULL,
            COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t79`.`d1_score` IS NOT NULL,
            COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            `t79`.`d2_score` IS NOT NULL,
            COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d2_points`,
          IF(
            (
              `t79`.`d0_score` IS NOT NULL
            )
            OR (
              `t79`.`d1_score` IS NOT NULL
            )
            OR (
              `t79`.`d2_score` IS NOT NULL
            ),
            COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0) + COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0) + COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t78`.`account_id`,
            `t78`.`live`,
            `t78`.`m0_value`,
            `t78`.`m0_score`,
            `t78`.`m1_value`,
            `t78`.`m1_score`,
            `t78`.`m2_value`,
            `t78`.`m2_score`,
            `t78`.`m3_value`,
            `t78`.`m3_score`,
            `t78`.`m4_value`,
            `t78`.`m4_score`,
            `t78`.`m5_value`,
            `t78`.`m5_score`,
            `t78`.`m6_value`,
            `t78`.`m6_score`,
            `t78`.`m7_value`,
            `t78`.`m7_score`,
            `t78`.`m8_value`,
            `t78`.`m8_score`,
            `t78`.`m9_value`,
            `t78`.`m9_score`,
            `t78`.`m10_value`,
            `t78`.`m10_score`,
            `t78`.`m11_value`,
            `t78`.`m11_score`,
            `t78`.`m12_value`,
            `t78`.`m12_score`,
            `t78`.`m13_value`,
            `t78`.`m13_score`,
            `t78`.`m14_value`,
            `t78`.`m14_score`,
            `t78`.`m15_value`,
            `t78`.`m15_score`,
            `t78`.`m16_value`,
            `t78`.`m16_score`,
            `t78`.`d0_score`,
            `t78`.`d1_score`,
            `t78`.`d2_score`,
            `t78`.`_w0`,
            `t78`.`_w1`,
            `t78`.`_w2`,
            `t78`.`d0_weight`,
            `t78`.`d1_weight`,
            `t78`.`d2_weight`,
            IF(
              (
                `t78`.`m0_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 3.0, `t78`.`_w0`) * 100.0 * `t78`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t78`.`m1_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t78`.`m2_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`,
            IF(
              (
                `t78`.`m3_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m3_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m3_points`,
            IF(
              (
                `t78`.`m4_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 2.0, `t78`.`_w0`) * 100.0 * `t78`.`m4_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m4_points`,
            IF(
              (
                `t78`.`m5_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 3.0, `t78`.`_w1`) * 100.0 * `t78`.`m5_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m5_points`,
            IF(
              (
                `t78`.`m6_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m6_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m6_points`,
            IF(
              (
                `t78`.`m7_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m7_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m7_points`,
            IF(
              (
                `t78`.`m8_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m8_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m8_points`,
            IF(
              (
                `t78`.`m9_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m9_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m9_points`,
            IF(
              (
                `t78`.`m10_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m10_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m10_points`,
            IF(
              (
                `t78`.`m11_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m11_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m11_points`,
            IF(
              (
                `t78`.`m12_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m12_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m12_points`,
            IF(
              (
                `t78`.`m13_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m13_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m13_points`,
            IF(
              (
                `t78`.`m14_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m14_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m14_points`,
            IF(
              (
                `t78`.`m15_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m15_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m15_points`,
            IF(
              (
                `t78`.`m16_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m16_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m16_points`
          FROM (
            SELECT
              `t77`.`account_id`,
              `t77`.`live`,
              `t77`.`m0_value`,
              `t77`.`m0_score`,
              `t77`.`m1_value`,
              `t77`.`m1_score`,
              `t77`.`m2_value`,
              `t77`.`m2_score`,
              `t77`.`m3_value`,
              `t77`.`m3_score`,
              `t77`.`m4_value`,
              `t77`.`m4_score`,
              `t77`.`m5_value`,
              `t77`.`m5_score`,
              `t77`.`m6_value`,
              `t77`.`m6_score`,
              `t77`.`m7_value`,
              `t77`.`m7_score`,
              `t77`.`m8_value`,
              `t77`.`m8_score`,
              `t77`.`m9_value`,
              `t77`.`m9_score`,
              `t77`.`m10_value`,
              `t77`.`m10_score`,
              `t77`.`m11_value`,
              `t77`.`m11_score`,
              `t77`.`m12_value`,
              `t77`.`m12_score`,
              `t77`.`m13_value`,
              `t77`.`m13_score`,
              `t77`.`m14_value`,
              `t77`.`m14_score`,
              `t77`.`m15_value`,
              `t77`.`m15_score`,
              `t77`.`m16_value`,
              `t77`.`m16_score`,
              `t77`.`d0_score`,
              `t77`.`d1_score`,
              `t77`.`d2_score`,
              `t77`.`_w0`,
              `t77`.`_w1`,
              `t77`.`_w2`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_weight`
            FROM (
              SELECT
                `t76`.`account_id`,
                `t76`.`live`,
                `t76`.`m0_value`,
                `t76`.`m0_score`,
                `t76`.`m1_value`,
                `t76`.`m1_score`,
                `t76`.`m2_value`,
                `t76`.`m2_score`,
                `t76`.`m3_value`,
                `t76`.`m3_score`,
                `t76`.`m4_value`,
                `t76`.`m4_score`,
                `t76`.`m5_value`,
                `t76`.`m5_score`,
                `t76`.`m6_value`,
                `t76`.`m6_score`,
                `t76`.`m7_value`,
                `t76`.`m7_score`,
                `t76`.`m8_value`,
                `t76`.`m8_score`,
                `t76`.`m9_value`,
                `t76`.`m9_score`,
                `t76`.`m10_value`,
                `t76`.`m10_score`,
                `t76`.`m11_value`,
                `t76`.`m11_score`,
                `t76`.`m12_value`,
                `t76`.`m12_score`,
                `t76`.`m13_value`,
                `t76`.`m13_score`,
                `t76`.`m14_value`,
                `t76`.`m14_score`,
                `t76`.`m15_value`,
                `t76`.`m15_score`,
                `t76`.`m16_value`,
                `t76`.`m16_score`,
                IF(
                  (
                    IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m0_score`, 0.0)
                    ) + (
                      IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m1_score`, 0.0)
                    ) + (
                      IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m2_score`, 0.0)
                    ) + (
                      IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m3_score`, 0.0)
                    ) + (
                      IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m4_score`, 0.0)
                    ),
                    IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  (
                    IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m5_score`, 0.0)
                    ) + (
                      IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m6_score`, 0.0)
                    ) + (
                      IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m7_score`, 0.0)
                    ) + (
                      IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m8_score`, 0.0)
                    ) + (
                      IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m9_score`, 0.0)
                    ) + (
                      IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m10_score`, 0.0)
                    ) + (
                      IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m11_score`, 0.0)
                    ),
                    IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(
                  (
                    IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m12_score`, 0.0)
                    ) + (
                      IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m13_score`, 0.0)
                    ) + (
                      IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m14_score`, 0.0)
                    ) + (
                      IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m15_score`, 0.0)
                    ) + (
                      IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m16_score`, 0.0)
                    ),
                    IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d2_score`,
                IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
                IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
              FROM (
                SELECT
                  `t27`.`account_id`,
                  `t27`.`live`,
                  IF(`t27`.`live`, `t75`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                          ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                          LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t27`.`live`, `t75`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t27`.`live`, `t75`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`,
                  IF(`t27`.`live`, `t75`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m3_score`,
                  IF(`t27`.`live`, `t75`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                          ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                          LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m4_score`,
                  IF(`t27`.`live`, `t75`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                          ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                          LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m5_score`,
                  IF(`t27`.`live`, `t75`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      `t75`.`events_per_active_user_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        (
                          CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                            PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                            ORDER BY `t75`.`events_per_active_user_28d` ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS FLOAT64) * 2.0
                        ) - CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t75`.`events_per_active_user_28d` ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS FLOAT64),
                        CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m6_score`,
                  IF(`t27`.`live`, `t75`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                          ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                          LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m7_score`,
                  IF(`t27`.`live`, `t75`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                  IF(
                    `t27`.`live`,
                    COALESCE(
                      IF(
                        IF(
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                        ) IS NULL,
                        IF(
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                        ),
                        GREATEST(
                          0.0,
                          IF(
                            ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                            ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                            LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m8_score`,
                  IF(`t27`.`live`, `t75`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                          ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                          LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m9_score`,
                  IF(`t27`.`live`, `t75`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      `t75`.`power_features_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        (
                          CAST(COUNT(`t75`.`power_features_28d`) OVER (
                            PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                            ORDER BY `t75`.`power_features_28d` ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS FLOAT64) * 2.0
                        ) - CAST(COUNT(`t75`.`power_features_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                          ORDER BY `t75`.`power_features_28d` ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS FLOAT64),
                        CAST(COUNT(`t75`.`power_features_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m10_score`,
                  IF(`t27`.`live`, `t75`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m11_score`,
                  IF(`t27`.`live`, `t75`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                          ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m12_score`,
                  IF(`t27`.`live`, `t75`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                          ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                          LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m13_score`,
                  IF(`t27`.`live`, `t75`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                          ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                          LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m14_score`,
                  IF(`t27`.`live`, `t75`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                          ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m15_score`,
                  IF(`t27`.`live`, `t75`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
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
                ) AS `t27`
                INNER JOIN (
                  SELECT
                    `t70`.`account_id`,
                    `t70`.`help_views_per_active_user_28d`,
                    `t48`.`support_tickets_90d`,
                    `t49`.`seminars_90d`,
                    `t50`.`community_90d`,
                    `t58`.`latest_nps`,
                    `t54`.`feature_breadth_28d`,
                    `t70`.`events_per_active_user_28d`,
                    `t70`.`collaboration_per_active_user_28d`,
                    `t70`.`days_since_last_event`,
                    `t70`.`growth_28d`,
                    `t70`.`power_features_28d`,
                    `t70`.`integrations_90d`,
                    `t70`.`active_rate_28d`,
                    `t70`.`active_rate_7d`,
                    `t73`.`evenness_28d`,
                    `t70`.`top_user_share_28d`,
                    `t70`.`active_admins_28d`
                  FROM (
                    SELECT
                      `t65`.`account_id`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e3`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `help_views_per_active_user_28d`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `events_per_active_user_28d`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e1`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `collaboration_per_active_user_28d`,
                      CAST(DATE_DIFF(DATE(2026, 3, 2), `t65`.`e5`, DAY) AS FLOAT64) AS `days_since_last_event`,
                      IF(
                        COALESCE(`t65`.`e4`, 0) > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64), CAST(COALESCE(`t65`.`e4`, 0) AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `growth_28d`,
                      CAST(COALESCE(`t65`.`e2`, 0) AS FLOAT64) AS `power_features_28d`,
                      CAST(COALESCE(`t65`.`e6`, 0) AS FLOAT64) AS `integrations_90d`,
                      IF(
                        `t65`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64), `t65`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `active_rate_28d`,
                      IF(
                        `t65`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`active_7`, 0) AS FLOAT64), `t65`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `active_rate_7d`,
                      IF(
                        COALESCE(`t65`.`total_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`top_28`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`total_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `top_user_share_28d`,
                      CAST(COALESCE(`t65`.`admins_28`, 0) AS FLOAT64) AS `active_admins_28d`
                    FROM (
                      SELECT
                        `t55`.`account_id`,
                        CAST(`t55`.`members` AS FLOAT64) AS `members`,
                        COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`,
                        `t38`.`e0`,
                        `t38`.`e1`,
                        `t38`.`e2`,
                        `t38`.`e3`,
                        `t38`.`e4`,
                        `t38`.`e5`,
                        `t38`.`e6`,
                        `t62`.`active_7`,
                        `t62`.`top_7`,
                        `t62`.`total_7`,
                        `t62`.`admins_7`,
                        `t62`.`admin_events_7`,
                        `t62`.`active_28`,
                        `t62`.`top_28`,
                        `t62`.`total_28`,
                        `t62`.`admins_28`,
                        `t62`.`admin_events_28`
                      FROM (
                        SELECT
                          `t42`.`account_id`,
                          COALESCE(`t42`.`members`, 0) AS `members`
                        FROM (
                          SELECT
                            `t7`.`account_id`,
                            `t32`.`members`
                          FROM (
                            SELECT
                              `t0`.`account_id`
                            FROM `accounts` AS `t0`
                          ) AS `t7`
                          LEFT OUTER JOIN (
                            SELECT
                              `t20`.`account_id`,
                              COUNT(`t20`.`user_id`) AS `members`
                            FROM `t16` AS `t20`
                            GROUP BY
                              1
                          ) AS `t32`
                            ON `t7`.`account_id` = `t32`.`account_id`
                        ) AS `t42`
                      ) AS `t55`
                      INNER JOIN (
                        SELECT
                          `t0`.`account_id`,
                          `t0`.`seats` AS `contracted`
                        FROM `accounts` AS `t0`
                      ) AS `t8`
                        ON `t55`.`account_id` = `t8`.`account_id`
                      LEFT OUTER JOIN (
                        SELECT
                          `t9`.`account_id`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND NOT (
                                `t9`.`event` IN ('email_opened')
                              ),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e0`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND `t9`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e1`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND `t9`.`event` IN ('export_csv', 'api_call', 'webhook_created'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e2`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              ) AND `t9`.`event` IN ('help_article_viewed'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e3`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 1, 5)
                              )
                              AND (
                                `t9`.`day` < DATE(2026, 2, 2)
                              )
                              AND NOT (
                                `t9`.`event` IN ('email_opened')
                              ),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e4`,
                          MAX(IF(NOT (
                            `t9`.`event` IN ('email_opened')
                          ), `t9`.`day`, CAST(NULL AS DATE))) AS `e5`,
                          SUM(IF(`t9`.`event` IN ('integration_connected'), `t9`.`n`, CAST(NULL AS INT64))) AS `e6`
                        FROM (
                          SELECT
                            *
                          FROM `account_daily` AS `t1`
                          WHERE
                            `t1`.`account_id` IS NOT NULL
                            AND `t1`.`day` >= DATE(2025, 12, 2)
                            AND `t1`.`day` < DATE(2026, 3, 2)
                        ) AS `t9`
                        GROUP BY
                          1
                      ) AS `t38`
                        ON `t55`.`account_id` = `t38`.`account_id`
                      LEFT OUTER JOIN (
                        SELECT
                          `t47`.`account_id`,
                          SUM(IF(`t47`.`n_7` > 0, 1, 0)) AS `active_7`,
                          MAX(`t47`.`n_7`) AS `top_7`,
                          SUM(`t47`.`n_7`) AS `total_7`,
                          SUM(IF((
                            `t47`.`n_7` > 0
                          ) AND (
                            COALESCE(`t47`.`role`, '') = 'admin'
                          ), 1, 0)) AS `admins_7`,
                          SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_7`, 0)) AS `admin_events_7`,
                          SUM(IF(`t47`.`n_28` > 0, 1, 0)) AS `active_28`,
                          MAX(`t47`.`n_28`) AS `top_28`,
                          SUM(`t47`.`n_28`) AS `total_28`,
                          SUM(IF((
                            `t47`.`n_28` > 0
                          ) AND (
                            COALESCE(`t47`.`role`, '') = 'admin'
                          ), 1, 0)) AS `admins_28`,
                          SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_28`, 0)) AS `admin_events_28`
                        FROM `t43` AS `t47`
                        GROUP BY
                          1
                      ) AS `t62`
                        ON `t55`.`account_id` = `t62`.`account_id`
                    ) AS `t65`
                  ) AS `t70`
                  INNER JOIN (
                    SELECT
                      `t35`.`account_id`,
                      CAST(COALESCE(`t35`.`c`, 0) AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t23`.`c`
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
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('support_ticket')
                        ) AS `t11`
                        GROUP BY
                          1
                      ) AS `t23`
                        ON `t7`.`account_id` = `t23`.`account_id`
                    ) AS `t35`
                  ) AS `t48`
                    ON `t70`.`account_id` = `t48`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t36`.`account_id`,
                      CAST(COALESCE(`t36`.`c`, 0) AS FLOAT64) AS `seminars_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t24`.`c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t12`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('seminar')
                        ) AS `t12`
                        GROUP BY
                          1
                      ) AS `t24`
                        ON `t7`.`account_id` = `t24`.`account_id`
                    ) AS `t36`
                  ) AS `t49`
                    ON `t70`.`account_id` = `t49`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t37`.`account_id`,
                      CAST(COALESCE(`t37`.`c`, 0) AS FLOAT64) AS `community_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t25`.`c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t13`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('community')
                        ) AS `t13`
                        GROUP BY
                          1
                      ) AS `t25`
                        ON `t7`.`account_id` = `t25`.`account_id`
                    ) AS `t37`
                  ) AS `t50`
                    ON `t70`.`account_id` = `t50`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t52`.`account_id`,
                      `t52`.`s` AS `latest_nps`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t41`.`s`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t29`.`account_id`,
                          `t29`.`score` AS `s`
                        FROM (
                          SELECT
                            `t14`.`touchpoint_id`,
                            `t14`.`ts`,
                            `t14`.`account_id`,
                            `t14`.`user_id`,
                            `t14`.`kind`,
                            `t14`.`title`,
                            `t14`.`body`,
                            `t14`.`score`,
                            `t14`.`properties`,
                            `t14`.`source`,
                            `t14`.`loaded_at`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t14`.`account_id`
                              ORDER BY `t14`.`ts` DESC, `t14`.`touchpoint_id` DESC
                            ) - 1 AS `rn`
                          FROM (
                            SELECT
                              *
                            FROM `touchpoints` AS `t2`
                            WHERE
                              `t2`.`ts` >= DATETIME('2025-03-01T15:00:00')
                              AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                              AND `t2`.`kind` = 'nps'
                              AND `t2`.`score` IS NOT NULL
                          ) AS `t14`
                        ) AS `t29`
                        WHERE
                          `t29`.`rn` = 0
                      ) AS `t41`
                        ON `t7`.`account_id` = `t41`.`account_id`
                    ) AS `t52`
                  ) AS `t58`
                    ON `t70`.`account_id` = `t58`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t39`.`account_id`,
                      ieee_divide(CAST(COALESCE(`t39`.`d`, 0) AS FLOAT64), 4.0) AS `feature_breadth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t28`.`d`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t10`.`account_id`,
                          COUNT(DISTINCT `t10`.`event`) AS `d`
                        FROM (
                          SELECT
                            *
                          FROM `account_daily` AS `t1`
                          WHERE
                            `t1`.`account_id` IS NOT NULL
                            AND `t1`.`day` >= DATE(2026, 2, 2)
                            AND `t1`.`day` < DATE(2026, 3, 2)
                            AND `t1`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS `t10`
                        GROUP BY
                          1
                      ) AS `t28`
                        ON `t7`.`account_id` = `t28`.`account_id`
                    ) AS `t39`
                  ) AS `t54`
                    ON `t70`.`account_id` = `t54`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t71`.`account_id`,
                      `t71`.`value` AS `evenness_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t68`.`total` > 0,
                          1.0 - (
                            ieee_divide(
                              (
                                `t68`.`weighted` + (
                                  (
                                    `t64`.`members` - CAST(`t68`.`k` AS FLOAT64)
                                  ) * CAST(`t68`.`total` AS FLOAT64)
                                )
                              ) * 2.0,
                              `t64`.`members` * CAST(`t68`.`total` AS FLOAT64)
                            ) - ieee_divide(`t64`.`members` + 1.0, `t64`.`members`)
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
                          `t66`.`account_id`,
                          SUM(`t66`.`c`) AS `k`,
                          SUM(`t66`.`n` * `t66`.`c`) AS `total`,
                          SUM(`t66`.`ranked`) AS `weighted`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`n`,
                            `t59`.`c`,
                            CAST(`t59`.`n` AS FLOAT64) * (
                              (
                                `t59`.`c` * (
                                  SUM(`t59`.`c`) OVER (
                                    PARTITION BY `t59`.`account_id`
                                    ORDER BY `t59`.`n` ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - `t59`.`c`
                                )
                              ) + ieee_divide(`t59`.`c` * (
                                `t59`.`c` + 1
                              ), 2)
                            ) AS `ranked`
                          FROM (
                            SELECT
                              `t56`.`account_id`,
                              `t56`.`n`,
                              COUNT(*) AS `c`
                            FROM (
                              SELECT
                                `t47`.`account_id`,
                                `t47`.`user_id`,
                                `t47`.`role`,
                                `t47`.`n_28` AS `n`
                              FROM `t43` AS `t47`
                              WHERE
                                `t47`.`n_28` > 0
                            ) AS `t56`
                            GROUP BY
                              1,
                              2
                          ) AS `t59`
                        ) AS `t66`
                        GROUP BY
                          1
                      ) AS `t68`
                        ON `t7`.`account_id` = `t68`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`members`
                        FROM (
                          SELECT
                            `t55`.`account_id`,
                            CAST(`t55`.`members` AS FLOAT64) AS `members`,
                            COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`
                          FROM (
                            SELECT
                              `t42`.`account_id`,
                              COALESCE(`t42`.`members`, 0) AS `members`
                            FROM (
                              SELECT
                                `t7`.`account_id`,
                                `t32`.`members`
                              FROM (
                                SELECT
                                  `t0`.`account_id`
                                FROM `accounts` AS `t0`
                              ) AS `t7`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t20`.`account_id`,
                                  COUNT(`t20`.`user_id`) AS `members`
                                FROM `t16` AS `t20`
                                GROUP BY
                                  1
                              ) AS `t32`
                                ON `t7`.`account_id` = `t32`.`account_id`
                            ) AS `t42`
                          ) AS `t55`
                          INNER JOIN (
                            SELECT
                              `t0`.`account_id`,
                              `t0`.`seats` AS `contracted`
                            FROM `accounts` AS `t0`
                          ) AS `t8`
                            ON `t55`.`account_id` = `t8`.`account_id`
                        ) AS `t60`
                      ) AS `t64`
                        ON `t7`.`account_id` = `t64`.`account_id`
                    ) AS `t71`
                  ) AS `t73`
                    ON `t70`.`account_id` = `t73`.`account_id`
                ) AS `t75`
                  ON `t27`.`account_id` = `t75`.`account_id`
              ) AS `t76`
            ) AS `t77`
          ) AS `t78`
        ) AS `t79`
      ) AS `t80`
    ) AS `t81`
    WHERE
      `t81`.`score` IS NOT NULL
  ) AS `t83`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      `t81`.`account_id`,
      'utilization' AS `dimension`,
      `t81`.`d1_score` AS `score`,
      `t81`.`d1_weight` AS `weight`,
      `t81`.`d1_points` AS `points`
    FROM (
      SELECT
        `t80`.*
        EXCEPT (`_w0`, `_w1`, `_w2`)
      FROM (
        SELECT
          `t79`.`account_id`,
          `t79`.`live`,
          `t79`.`m0_value`,
          `t79`.`m0_score`,
          `t79`.`m1_value`,
          `t79`.`m1_score`,
          `t79`.`m2_value`,
          `t79`.`m2_score`,
          `t79`.`m3_value`,
          `t79`.`m3_score`,
          `t79`.`m4_value`,
          `t79`.`m4_score`,
          `t79`.`m5_value`,
          `t79`.`m5_score`,
          `t79`.`m6_value`,
          `t79`.`m6_score`,
          `t79`.`m7_value`,
          `t79`.`m7_score`,
          `t79`.`m8_value`,
          `t79`.`m8_score`,
          `t79`.`m9_value`,
          `t79`.`m9_score`,
          `t79`.`m10_value`,
          `t79`.`m10_score`,
          `t79`.`m11_value`,
          `t79`.`m11_score`,
          `t79`.`m12_value`,
          `t79`.`m12_score`,
          `t79`.`m13_value`,
          `t79`.`m13_score`,
          `t79`.`m14_value`,
          `t79`.`m14_score`,
          `t79`.`m15_value`,
          `t79`.`m15_score`,
          `t79`.`m16_value`,
          `t79`.`m16_score`,
          `t79`.`d0_score`,
          `t79`.`d1_score`,
          `t79`.`d2_score`,
          `t79`.`_w0`,
          `t79`.`_w1`,
          `t79`.`_w2`,
          `t79`.`d0_weight`,
          `t79`.`d1_weight`,
          `t79`.`d2_weight`,
          `t79`.`m0_points`,
          `t79`.`m1_points`,
          `t79`.`m2_points`,
          `t79`.`m3_points`,
          `t79`.`m4_points`,
          `t79`.`m5_points`,
          `t79`.`m6_points`,
          `t79`.`m7_points`,
          `t79`.`m8_points`,
          `t79`.`m9_points`,
          `t79`.`m10_points`,
          `t79`.`m11_points`,
          `t79`.`m12_points`,
          `t79`.`m13_points`,
          `t79`.`m14_points`,
          `t79`.`m15_points`,
          `t79`.`m16_points`,
          IF(
            `t79`.`d0_score` IS NOT NULL,
            COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d0_points`,
          IF(
            `t79`.`d1_score` IS NOT NULL,
            COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d1_points`,
          IF(
            `t79`.`d2_score` IS NOT NULL,
            COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `d2_points`,
          IF(
            (
              `t79`.`d0_score` IS NOT NULL
            )
            OR (
              `t79`.`d1_score` IS NOT NULL
            )
            OR (
              `t79`.`d2_score` IS NOT NULL
            ),
            COALESCE(`t79`.`m0_points`, 0.0) + COALESCE(`t79`.`m1_points`, 0.0) + COALESCE(`t79`.`m2_points`, 0.0) + COALESCE(`t79`.`m3_points`, 0.0) + COALESCE(`t79`.`m4_points`, 0.0) + COALESCE(`t79`.`m5_points`, 0.0) + COALESCE(`t79`.`m6_points`, 0.0) + COALESCE(`t79`.`m7_points`, 0.0) + COALESCE(`t79`.`m8_points`, 0.0) + COALESCE(`t79`.`m9_points`, 0.0) + COALESCE(`t79`.`m10_points`, 0.0) + COALESCE(`t79`.`m11_points`, 0.0) + COALESCE(`t79`.`m12_points`, 0.0) + COALESCE(`t79`.`m13_points`, 0.0) + COALESCE(`t79`.`m14_points`, 0.0) + COALESCE(`t79`.`m15_points`, 0.0) + COALESCE(`t79`.`m16_points`, 0.0),
            CAST(NULL AS FLOAT64)
          ) AS `score`
        FROM (
          SELECT
            `t78`.`account_id`,
            `t78`.`live`,
            `t78`.`m0_value`,
            `t78`.`m0_score`,
            `t78`.`m1_value`,
            `t78`.`m1_score`,
            `t78`.`m2_value`,
            `t78`.`m2_score`,
            `t78`.`m3_value`,
            `t78`.`m3_score`,
            `t78`.`m4_value`,
            `t78`.`m4_score`,
            `t78`.`m5_value`,
            `t78`.`m5_score`,
            `t78`.`m6_value`,
            `t78`.`m6_score`,
            `t78`.`m7_value`,
            `t78`.`m7_score`,
            `t78`.`m8_value`,
            `t78`.`m8_score`,
            `t78`.`m9_value`,
            `t78`.`m9_score`,
            `t78`.`m10_value`,
            `t78`.`m10_score`,
            `t78`.`m11_value`,
            `t78`.`m11_score`,
            `t78`.`m12_value`,
            `t78`.`m12_score`,
            `t78`.`m13_value`,
            `t78`.`m13_score`,
            `t78`.`m14_value`,
            `t78`.`m14_score`,
            `t78`.`m15_value`,
            `t78`.`m15_score`,
            `t78`.`m16_value`,
            `t78`.`m16_score`,
            `t78`.`d0_score`,
            `t78`.`d1_score`,
            `t78`.`d2_score`,
            `t78`.`_w0`,
            `t78`.`_w1`,
            `t78`.`_w2`,
            `t78`.`d0_weight`,
            `t78`.`d1_weight`,
            `t78`.`d2_weight`,
            IF(
              (
                `t78`.`m0_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 3.0, `t78`.`_w0`) * 100.0 * `t78`.`m0_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m0_points`,
            IF(
              (
                `t78`.`m1_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m1_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m1_points`,
            IF(
              (
                `t78`.`m2_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m2_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m2_points`,
            IF(
              (
                `t78`.`m3_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 1.0, `t78`.`_w0`) * 100.0 * `t78`.`m3_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m3_points`,
            IF(
              (
                `t78`.`m4_score` IS NOT NULL
              ) AND (
                `t78`.`_w0` > 0
              ),
              ieee_divide(`t78`.`d0_weight` * 2.0, `t78`.`_w0`) * 100.0 * `t78`.`m4_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m4_points`,
            IF(
              (
                `t78`.`m5_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 3.0, `t78`.`_w1`) * 100.0 * `t78`.`m5_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m5_points`,
            IF(
              (
                `t78`.`m6_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m6_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m6_points`,
            IF(
              (
                `t78`.`m7_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m7_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m7_points`,
            IF(
              (
                `t78`.`m8_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 2.0, `t78`.`_w1`) * 100.0 * `t78`.`m8_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m8_points`,
            IF(
              (
                `t78`.`m9_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m9_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m9_points`,
            IF(
              (
                `t78`.`m10_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m10_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m10_points`,
            IF(
              (
                `t78`.`m11_score` IS NOT NULL
              ) AND (
                `t78`.`_w1` > 0
              ),
              ieee_divide(`t78`.`d1_weight` * 1.0, `t78`.`_w1`) * 100.0 * `t78`.`m11_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m11_points`,
            IF(
              (
                `t78`.`m12_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m12_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m12_points`,
            IF(
              (
                `t78`.`m13_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m13_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m13_points`,
            IF(
              (
                `t78`.`m14_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m14_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m14_points`,
            IF(
              (
                `t78`.`m15_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 2.0, `t78`.`_w2`) * 100.0 * `t78`.`m15_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m15_points`,
            IF(
              (
                `t78`.`m16_score` IS NOT NULL
              ) AND (
                `t78`.`_w2` > 0
              ),
              ieee_divide(`t78`.`d2_weight` * 1.0, `t78`.`_w2`) * 100.0 * `t78`.`m16_score`,
              CAST(NULL AS FLOAT64)
            ) AS `m16_points`
          FROM (
            SELECT
              `t77`.`account_id`,
              `t77`.`live`,
              `t77`.`m0_value`,
              `t77`.`m0_score`,
              `t77`.`m1_value`,
              `t77`.`m1_score`,
              `t77`.`m2_value`,
              `t77`.`m2_score`,
              `t77`.`m3_value`,
              `t77`.`m3_score`,
              `t77`.`m4_value`,
              `t77`.`m4_score`,
              `t77`.`m5_value`,
              `t77`.`m5_score`,
              `t77`.`m6_value`,
              `t77`.`m6_score`,
              `t77`.`m7_value`,
              `t77`.`m7_score`,
              `t77`.`m8_value`,
              `t77`.`m8_score`,
              `t77`.`m9_value`,
              `t77`.`m9_score`,
              `t77`.`m10_value`,
              `t77`.`m10_score`,
              `t77`.`m11_value`,
              `t77`.`m11_score`,
              `t77`.`m12_value`,
              `t77`.`m12_score`,
              `t77`.`m13_value`,
              `t77`.`m13_score`,
              `t77`.`m14_value`,
              `t77`.`m14_score`,
              `t77`.`m15_value`,
              `t77`.`m15_score`,
              `t77`.`m16_value`,
              `t77`.`m16_score`,
              `t77`.`d0_score`,
              `t77`.`d1_score`,
              `t77`.`d2_score`,
              `t77`.`_w0`,
              `t77`.`_w1`,
              `t77`.`_w2`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d0_weight`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d1_weight`,
              IF(
                (
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ) > 0,
                ieee_divide(
                  IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0),
                  IF(`t77`.`d0_score` IS NOT NULL, 25.0, 0.0) + IF(`t77`.`d1_score` IS NOT NULL, 40.0, 0.0) + IF(`t77`.`d2_score` IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS FLOAT64)
              ) AS `d2_weight`
            FROM (
              SELECT
                `t76`.`account_id`,
                `t76`.`live`,
                `t76`.`m0_value`,
                `t76`.`m0_score`,
                `t76`.`m1_value`,
                `t76`.`m1_score`,
                `t76`.`m2_value`,
                `t76`.`m2_score`,
                `t76`.`m3_value`,
                `t76`.`m3_score`,
                `t76`.`m4_value`,
                `t76`.`m4_score`,
                `t76`.`m5_value`,
                `t76`.`m5_score`,
                `t76`.`m6_value`,
                `t76`.`m6_score`,
                `t76`.`m7_value`,
                `t76`.`m7_score`,
                `t76`.`m8_value`,
                `t76`.`m8_score`,
                `t76`.`m9_value`,
                `t76`.`m9_score`,
                `t76`.`m10_value`,
                `t76`.`m10_score`,
                `t76`.`m11_value`,
                `t76`.`m11_score`,
                `t76`.`m12_value`,
                `t76`.`m12_score`,
                `t76`.`m13_value`,
                `t76`.`m13_score`,
                `t76`.`m14_value`,
                `t76`.`m14_score`,
                `t76`.`m15_value`,
                `t76`.`m15_score`,
                `t76`.`m16_value`,
                `t76`.`m16_score`,
                IF(
                  (
                    IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m0_score`, 0.0)
                    ) + (
                      IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m1_score`, 0.0)
                    ) + (
                      IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m2_score`, 0.0)
                    ) + (
                      IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m3_score`, 0.0)
                    ) + (
                      IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m4_score`, 0.0)
                    ),
                    IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d0_score`,
                IF(
                  (
                    IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) * COALESCE(`t76`.`m5_score`, 0.0)
                    ) + (
                      IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m6_score`, 0.0)
                    ) + (
                      IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m7_score`, 0.0)
                    ) + (
                      IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m8_score`, 0.0)
                    ) + (
                      IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m9_score`, 0.0)
                    ) + (
                      IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m10_score`, 0.0)
                    ) + (
                      IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m11_score`, 0.0)
                    ),
                    IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d1_score`,
                IF(
                  (
                    IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  ieee_divide(
                    0.0 + (
                      IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m12_score`, 0.0)
                    ) + (
                      IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m13_score`, 0.0)
                    ) + (
                      IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m14_score`, 0.0)
                    ) + (
                      IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) * COALESCE(`t76`.`m15_score`, 0.0)
                    ) + (
                      IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) * COALESCE(`t76`.`m16_score`, 0.0)
                    ),
                    IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS FLOAT64)
                ) AS `d2_score`,
                IF(`t76`.`m0_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m1_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m2_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m3_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m4_score` IS NOT NULL, 2.0, 0.0) AS `_w0`,
                IF(`t76`.`m5_score` IS NOT NULL, 3.0, 0.0) + IF(`t76`.`m6_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m7_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m8_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m9_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m10_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m11_score` IS NOT NULL, 1.0, 0.0) AS `_w1`,
                IF(`t76`.`m12_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m13_score` IS NOT NULL, 1.0, 0.0) + IF(`t76`.`m14_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m15_score` IS NOT NULL, 2.0, 0.0) + IF(`t76`.`m16_score` IS NOT NULL, 1.0, 0.0) AS `_w2`
              FROM (
                SELECT
                  `t27`.`account_id`,
                  `t27`.`live`,
                  IF(`t27`.`live`, `t75`.`help_views_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m0_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                        ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5) IS NULL,
                          ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5),
                          LEAST(1.0, ieee_divide(`t75`.`help_views_per_active_user_28d` - 0.0, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m0_score`,
                  IF(`t27`.`live`, `t75`.`support_tickets_90d`, CAST(NULL AS FLOAT64)) AS `m1_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`support_tickets_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m1_score`,
                  IF(`t27`.`live`, `t75`.`seminars_90d`, CAST(NULL AS FLOAT64)) AS `m2_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t75`.`seminars_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m2_score`,
                  IF(`t27`.`live`, `t75`.`community_90d`, CAST(NULL AS FLOAT64)) AS `m3_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                        ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                        LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`community_90d` - 0.0, 1.0) IS NULL,
                          ieee_divide(`t75`.`community_90d` - 0.0, 1.0),
                          LEAST(1.0, ieee_divide(`t75`.`community_90d` - 0.0, 1.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m3_score`,
                  IF(`t27`.`live`, `t75`.`latest_nps`, CAST(NULL AS FLOAT64)) AS `m4_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                        ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                        LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`latest_nps` - 3.0, 6.0) IS NULL,
                          ieee_divide(`t75`.`latest_nps` - 3.0, 6.0),
                          LEAST(1.0, ieee_divide(`t75`.`latest_nps` - 3.0, 6.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m4_score`,
                  IF(`t27`.`live`, `t75`.`feature_breadth_28d`, CAST(NULL AS FLOAT64)) AS `m5_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                        ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                        LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5) IS NULL,
                          ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5),
                          LEAST(1.0, ieee_divide(`t75`.`feature_breadth_28d` - 0.3, 0.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m5_score`,
                  IF(`t27`.`live`, `t75`.`events_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m6_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      `t75`.`events_per_active_user_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        (
                          CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                            PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                            ORDER BY `t75`.`events_per_active_user_28d` ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS FLOAT64) * 2.0
                        ) - CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                          ORDER BY `t75`.`events_per_active_user_28d` ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS FLOAT64),
                        CAST(COUNT(`t75`.`events_per_active_user_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`events_per_active_user_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m6_score`,
                  IF(`t27`.`live`, `t75`.`collaboration_per_active_user_28d`, CAST(NULL AS FLOAT64)) AS `m7_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                        ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                        LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5) IS NULL,
                          ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5),
                          LEAST(1.0, ieee_divide(`t75`.`collaboration_per_active_user_28d` - 0.5, 3.5))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m7_score`,
                  IF(`t27`.`live`, `t75`.`days_since_last_event`, CAST(NULL AS FLOAT64)) AS `m8_value`,
                  IF(
                    `t27`.`live`,
                    COALESCE(
                      IF(
                        IF(
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                        ) IS NULL,
                        IF(
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                          ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                          LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                        ),
                        GREATEST(
                          0.0,
                          IF(
                            ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0) IS NULL,
                            ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0),
                            LEAST(1.0, ieee_divide(`t75`.`days_since_last_event` - 14.0, -12.0))
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m8_score`,
                  IF(`t27`.`live`, `t75`.`growth_28d`, CAST(NULL AS FLOAT64)) AS `m9_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                        ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                        LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001) IS NULL,
                          ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001),
                          LEAST(1.0, ieee_divide(`t75`.`growth_28d` - 0.6, 0.5000000000000001))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m9_score`,
                  IF(`t27`.`live`, `t75`.`power_features_28d`, CAST(NULL AS FLOAT64)) AS `m10_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      `t75`.`power_features_28d` IS NULL,
                      CAST(NULL AS FLOAT64),
                      ieee_divide(
                        (
                          CAST(COUNT(`t75`.`power_features_28d`) OVER (
                            PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                            ORDER BY `t75`.`power_features_28d` ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS FLOAT64) * 2.0
                        ) - CAST(COUNT(`t75`.`power_features_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                          ORDER BY `t75`.`power_features_28d` ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS FLOAT64),
                        CAST(COUNT(`t75`.`power_features_28d`) OVER (
                          PARTITION BY `t27`.`live`, COALESCE(`t27`.`tier`, ''), `t75`.`power_features_28d` IS NULL
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS FLOAT64) * 2.0
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m10_score`,
                  IF(`t27`.`live`, `t75`.`integrations_90d`, CAST(NULL AS FLOAT64)) AS `m11_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`integrations_90d` - 0.0, 2.0))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m11_score`,
                  IF(`t27`.`live`, `t75`.`active_rate_28d`, CAST(NULL AS FLOAT64)) AS `m12_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996) IS NULL,
                          ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t75`.`active_rate_28d` - 0.15, 0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m12_score`,
                  IF(`t27`.`live`, `t75`.`active_rate_7d`, CAST(NULL AS FLOAT64)) AS `m13_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                        ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                        LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003) IS NULL,
                          ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003),
                          LEAST(1.0, ieee_divide(`t75`.`active_rate_7d` - 0.05, 0.35000000000000003))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m13_score`,
                  IF(`t27`.`live`, `t75`.`evenness_28d`, CAST(NULL AS FLOAT64)) AS `m14_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                        ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                        LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007) IS NULL,
                          ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007),
                          LEAST(1.0, ieee_divide(`t75`.`evenness_28d` - 0.1, 0.45000000000000007))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m14_score`,
                  IF(`t27`.`live`, `t75`.`top_user_share_28d`, CAST(NULL AS FLOAT64)) AS `m15_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                        ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                        LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996) IS NULL,
                          ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996),
                          LEAST(1.0, ieee_divide(`t75`.`top_user_share_28d` - 0.6, -0.44999999999999996))
                        )
                      )
                    ),
                    CAST(NULL AS FLOAT64)
                  ) AS `m15_score`,
                  IF(`t27`.`live`, `t75`.`active_admins_28d`, CAST(NULL AS FLOAT64)) AS `m16_value`,
                  IF(
                    `t27`.`live`,
                    IF(
                      IF(
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                      ) IS NULL,
                      IF(
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                        ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                        LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
                      ),
                      GREATEST(
                        0.0,
                        IF(
                          ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0) IS NULL,
                          ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0),
                          LEAST(1.0, ieee_divide(`t75`.`active_admins_28d` - 0.0, 2.0))
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
                ) AS `t27`
                INNER JOIN (
                  SELECT
                    `t70`.`account_id`,
                    `t70`.`help_views_per_active_user_28d`,
                    `t48`.`support_tickets_90d`,
                    `t49`.`seminars_90d`,
                    `t50`.`community_90d`,
                    `t58`.`latest_nps`,
                    `t54`.`feature_breadth_28d`,
                    `t70`.`events_per_active_user_28d`,
                    `t70`.`collaboration_per_active_user_28d`,
                    `t70`.`days_since_last_event`,
                    `t70`.`growth_28d`,
                    `t70`.`power_features_28d`,
                    `t70`.`integrations_90d`,
                    `t70`.`active_rate_28d`,
                    `t70`.`active_rate_7d`,
                    `t73`.`evenness_28d`,
                    `t70`.`top_user_share_28d`,
                    `t70`.`active_admins_28d`
                  FROM (
                    SELECT
                      `t65`.`account_id`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e3`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `help_views_per_active_user_28d`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `events_per_active_user_28d`,
                      IF(
                        COALESCE(`t65`.`active_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`e1`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `collaboration_per_active_user_28d`,
                      CAST(DATE_DIFF(DATE(2026, 3, 2), `t65`.`e5`, DAY) AS FLOAT64) AS `days_since_last_event`,
                      IF(
                        COALESCE(`t65`.`e4`, 0) > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`e0`, 0) AS FLOAT64), CAST(COALESCE(`t65`.`e4`, 0) AS FLOAT64)),
                        CAST(NULL AS FLOAT64)
                      ) AS `growth_28d`,
                      CAST(COALESCE(`t65`.`e2`, 0) AS FLOAT64) AS `power_features_28d`,
                      CAST(COALESCE(`t65`.`e6`, 0) AS FLOAT64) AS `integrations_90d`,
                      IF(
                        `t65`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`active_28`, 0) AS FLOAT64), `t65`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `active_rate_28d`,
                      IF(
                        `t65`.`seats` > 0,
                        ieee_divide(CAST(COALESCE(`t65`.`active_7`, 0) AS FLOAT64), `t65`.`seats`),
                        CAST(NULL AS FLOAT64)
                      ) AS `active_rate_7d`,
                      IF(
                        COALESCE(`t65`.`total_28`, 0) > 0,
                        ieee_divide(
                          CAST(COALESCE(`t65`.`top_28`, 0) AS FLOAT64),
                          CAST(COALESCE(`t65`.`total_28`, 0) AS FLOAT64)
                        ),
                        CAST(NULL AS FLOAT64)
                      ) AS `top_user_share_28d`,
                      CAST(COALESCE(`t65`.`admins_28`, 0) AS FLOAT64) AS `active_admins_28d`
                    FROM (
                      SELECT
                        `t55`.`account_id`,
                        CAST(`t55`.`members` AS FLOAT64) AS `members`,
                        COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`,
                        `t38`.`e0`,
                        `t38`.`e1`,
                        `t38`.`e2`,
                        `t38`.`e3`,
                        `t38`.`e4`,
                        `t38`.`e5`,
                        `t38`.`e6`,
                        `t62`.`active_7`,
                        `t62`.`top_7`,
                        `t62`.`total_7`,
                        `t62`.`admins_7`,
                        `t62`.`admin_events_7`,
                        `t62`.`active_28`,
                        `t62`.`top_28`,
                        `t62`.`total_28`,
                        `t62`.`admins_28`,
                        `t62`.`admin_events_28`
                      FROM (
                        SELECT
                          `t42`.`account_id`,
                          COALESCE(`t42`.`members`, 0) AS `members`
                        FROM (
                          SELECT
                            `t7`.`account_id`,
                            `t32`.`members`
                          FROM (
                            SELECT
                              `t0`.`account_id`
                            FROM `accounts` AS `t0`
                          ) AS `t7`
                          LEFT OUTER JOIN (
                            SELECT
                              `t20`.`account_id`,
                              COUNT(`t20`.`user_id`) AS `members`
                            FROM `t16` AS `t20`
                            GROUP BY
                              1
                          ) AS `t32`
                            ON `t7`.`account_id` = `t32`.`account_id`
                        ) AS `t42`
                      ) AS `t55`
                      INNER JOIN (
                        SELECT
                          `t0`.`account_id`,
                          `t0`.`seats` AS `contracted`
                        FROM `accounts` AS `t0`
                      ) AS `t8`
                        ON `t55`.`account_id` = `t8`.`account_id`
                      LEFT OUTER JOIN (
                        SELECT
                          `t9`.`account_id`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND NOT (
                                `t9`.`event` IN ('email_opened')
                              ),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e0`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND `t9`.`event` IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e1`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              )
                              AND `t9`.`event` IN ('export_csv', 'api_call', 'webhook_created'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e2`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 2, 2)
                              ) AND `t9`.`event` IN ('help_article_viewed'),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e3`,
                          SUM(
                            IF(
                              (
                                `t9`.`day` >= DATE(2026, 1, 5)
                              )
                              AND (
                                `t9`.`day` < DATE(2026, 2, 2)
                              )
                              AND NOT (
                                `t9`.`event` IN ('email_opened')
                              ),
                              `t9`.`n`,
                              CAST(NULL AS INT64)
                            )
                          ) AS `e4`,
                          MAX(IF(NOT (
                            `t9`.`event` IN ('email_opened')
                          ), `t9`.`day`, CAST(NULL AS DATE))) AS `e5`,
                          SUM(IF(`t9`.`event` IN ('integration_connected'), `t9`.`n`, CAST(NULL AS INT64))) AS `e6`
                        FROM (
                          SELECT
                            *
                          FROM `account_daily` AS `t1`
                          WHERE
                            `t1`.`account_id` IS NOT NULL
                            AND `t1`.`day` >= DATE(2025, 12, 2)
                            AND `t1`.`day` < DATE(2026, 3, 2)
                        ) AS `t9`
                        GROUP BY
                          1
                      ) AS `t38`
                        ON `t55`.`account_id` = `t38`.`account_id`
                      LEFT OUTER JOIN (
                        SELECT
                          `t47`.`account_id`,
                          SUM(IF(`t47`.`n_7` > 0, 1, 0)) AS `active_7`,
                          MAX(`t47`.`n_7`) AS `top_7`,
                          SUM(`t47`.`n_7`) AS `total_7`,
                          SUM(IF((
                            `t47`.`n_7` > 0
                          ) AND (
                            COALESCE(`t47`.`role`, '') = 'admin'
                          ), 1, 0)) AS `admins_7`,
                          SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_7`, 0)) AS `admin_events_7`,
                          SUM(IF(`t47`.`n_28` > 0, 1, 0)) AS `active_28`,
                          MAX(`t47`.`n_28`) AS `top_28`,
                          SUM(`t47`.`n_28`) AS `total_28`,
                          SUM(IF((
                            `t47`.`n_28` > 0
                          ) AND (
                            COALESCE(`t47`.`role`, '') = 'admin'
                          ), 1, 0)) AS `admins_28`,
                          SUM(IF(COALESCE(`t47`.`role`, '') = 'admin', `t47`.`n_28`, 0)) AS `admin_events_28`
                        FROM `t43` AS `t47`
                        GROUP BY
                          1
                      ) AS `t62`
                        ON `t55`.`account_id` = `t62`.`account_id`
                    ) AS `t65`
                  ) AS `t70`
                  INNER JOIN (
                    SELECT
                      `t35`.`account_id`,
                      CAST(COALESCE(`t35`.`c`, 0) AS FLOAT64) AS `support_tickets_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t23`.`c`
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
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('support_ticket')
                        ) AS `t11`
                        GROUP BY
                          1
                      ) AS `t23`
                        ON `t7`.`account_id` = `t23`.`account_id`
                    ) AS `t35`
                  ) AS `t48`
                    ON `t70`.`account_id` = `t48`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t36`.`account_id`,
                      CAST(COALESCE(`t36`.`c`, 0) AS FLOAT64) AS `seminars_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t24`.`c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t12`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('seminar')
                        ) AS `t12`
                        GROUP BY
                          1
                      ) AS `t24`
                        ON `t7`.`account_id` = `t24`.`account_id`
                    ) AS `t36`
                  ) AS `t49`
                    ON `t70`.`account_id` = `t49`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t37`.`account_id`,
                      CAST(COALESCE(`t37`.`c`, 0) AS FLOAT64) AS `community_90d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t25`.`c`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t13`.`account_id`,
                          COUNT(*) AS `c`
                        FROM (
                          SELECT
                            *
                          FROM `touchpoints` AS `t2`
                          WHERE
                            `t2`.`ts` >= DATETIME('2025-12-01T15:00:00')
                            AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                            AND `t2`.`kind` IN ('community')
                        ) AS `t13`
                        GROUP BY
                          1
                      ) AS `t25`
                        ON `t7`.`account_id` = `t25`.`account_id`
                    ) AS `t37`
                  ) AS `t50`
                    ON `t70`.`account_id` = `t50`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t52`.`account_id`,
                      `t52`.`s` AS `latest_nps`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t41`.`s`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t29`.`account_id`,
                          `t29`.`score` AS `s`
                        FROM (
                          SELECT
                            `t14`.`touchpoint_id`,
                            `t14`.`ts`,
                            `t14`.`account_id`,
                            `t14`.`user_id`,
                            `t14`.`kind`,
                            `t14`.`title`,
                            `t14`.`body`,
                            `t14`.`score`,
                            `t14`.`properties`,
                            `t14`.`source`,
                            `t14`.`loaded_at`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t14`.`account_id`
                              ORDER BY `t14`.`ts` DESC, `t14`.`touchpoint_id` DESC
                            ) - 1 AS `rn`
                          FROM (
                            SELECT
                              *
                            FROM `touchpoints` AS `t2`
                            WHERE
                              `t2`.`ts` >= DATETIME('2025-03-01T15:00:00')
                              AND `t2`.`ts` < DATETIME('2026-03-01T15:00:00')
                              AND `t2`.`kind` = 'nps'
                              AND `t2`.`score` IS NOT NULL
                          ) AS `t14`
                        ) AS `t29`
                        WHERE
                          `t29`.`rn` = 0
                      ) AS `t41`
                        ON `t7`.`account_id` = `t41`.`account_id`
                    ) AS `t52`
                  ) AS `t58`
                    ON `t70`.`account_id` = `t58`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t39`.`account_id`,
                      ieee_divide(CAST(COALESCE(`t39`.`d`, 0) AS FLOAT64), 4.0) AS `feature_breadth_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        `t28`.`d`
                      FROM (
                        SELECT
                          `t0`.`account_id`
                        FROM `accounts` AS `t0`
                      ) AS `t7`
                      LEFT OUTER JOIN (
                        SELECT
                          `t10`.`account_id`,
                          COUNT(DISTINCT `t10`.`event`) AS `d`
                        FROM (
                          SELECT
                            *
                          FROM `account_daily` AS `t1`
                          WHERE
                            `t1`.`account_id` IS NOT NULL
                            AND `t1`.`day` >= DATE(2026, 2, 2)
                            AND `t1`.`day` < DATE(2026, 3, 2)
                            AND `t1`.`event` IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS `t10`
                        GROUP BY
                          1
                      ) AS `t28`
                        ON `t7`.`account_id` = `t28`.`account_id`
                    ) AS `t39`
                  ) AS `t54`
                    ON `t70`.`account_id` = `t54`.`account_id`
                  INNER JOIN (
                    SELECT
                      `t71`.`account_id`,
                      `t71`.`value` AS `evenness_28d`
                    FROM (
                      SELECT
                        `t7`.`account_id`,
                        IF(
                          `t68`.`total` > 0,
                          1.0 - (
                            ieee_divide(
                              (
                                `t68`.`weighted` + (
                                  (
                                    `t64`.`members` - CAST(`t68`.`k` AS FLOAT64)
                                  ) * CAST(`t68`.`total` AS FLOAT64)
                                )
                              ) * 2.0,
                              `t64`.`members` * CAST(`t68`.`total` AS FLOAT64)
                            ) - ieee_divide(`t64`.`members` + 1.0, `t64`.`members`)
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
                          `t66`.`account_id`,
                          SUM(`t66`.`c`) AS `k`,
                          SUM(`t66`.`n` * `t66`.`c`) AS `total`,
                          SUM(`t66`.`ranked`) AS `weighted`
                        FROM (
                          SELECT
                            `t59`.`account_id`,
                            `t59`.`n`,
                            `t59`.`c`,
                            CAST(`t59`.`n` AS FLOAT64) * (
                              (
                                `t59`.`c` * (
                                  SUM(`t59`.`c`) OVER (
                                    PARTITION BY `t59`.`account_id`
                                    ORDER BY `t59`.`n` ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - `t59`.`c`
                                )
                              ) + ieee_divide(`t59`.`c` * (
                                `t59`.`c` + 1
                              ), 2)
                            ) AS `ranked`
                          FROM (
                            SELECT
                              `t56`.`account_id`,
                              `t56`.`n`,
                              COUNT(*) AS `c`
                            FROM (
                              SELECT
                                `t47`.`account_id`,
                                `t47`.`user_id`,
                                `t47`.`role`,
                                `t47`.`n_28` AS `n`
                              FROM `t43` AS `t47`
                              WHERE
                                `t47`.`n_28` > 0
                            ) AS `t56`
                            GROUP BY
                              1,
                              2
                          ) AS `t59`
                        ) AS `t66`
                        GROUP BY
                          1
                      ) AS `t68`
                        ON `t7`.`account_id` = `t68`.`account_id`
                      INNER JOIN (
                        SELECT
                          `t60`.`account_id`,
                          `t60`.`members`
                        FROM (
                          SELECT
                            `t55`.`account_id`,
                            CAST(`t55`.`members` AS FLOAT64) AS `members`,
                            COALESCE(CAST(`t8`.`contracted` AS FLOAT64), CAST(`t55`.`members` AS FLOAT64)) AS `seats`
                          FROM (
                            SELECT
                              `t42`.`account_id`,
                              COALESCE(`t42`.`members`, 0) AS `members`
                            FROM (
                              SELECT
                                `t7`.`account_id`,
                                `t32`.`members`
                              FROM (
                                SELECT
                                  `t0`.`account_id`
                                FROM `accounts` AS `t0`
                              ) AS `t7`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t20`.`account_id`,
                                  COUNT(`t20`.`user_id`) AS `members`
                                FROM `t16` AS `t20`
                                GROUP BY
                                  1
                              ) AS `t32`
                                ON `t7`.`account_id` = `t32`.`account_id`
                            ) AS `t42`
                          ) AS `t55`
                          INNER JOIN (
                            SELECT
                              `t0`.`account_id`,
                              `t0`.`seats` AS `contracted`
                            FROM `accounts` AS `t0`
                          ) AS `t8`
                            ON `t55`.`account_id` = `t8`.`account_id`
                        ) AS `t60`
                      ) AS `t64`
                        ON `t7`.`account_id` = `t64`.`account_id`
                    ) AS `t71`
                  ) AS `t73`
                    ON `t70`.`account_id` = `t73`.`account_id`
                ) AS `t75`
                  ON `t27`.`account_id` = `t75`.`account_id`
              ) AS `t76`
            ) AS `t77`
          ) AS `t78`
        ) AS `t79`
      ) AS `t80`
    ) AS `t81`
    WHERE
      `t81`.`score` IS NOT NULL
  ) AS `t84`
) AS `t85`
