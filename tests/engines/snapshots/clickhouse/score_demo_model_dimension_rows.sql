WITH "t16" AS (
  SELECT
    "t3"."account_id" AS "account_id",
    "t3"."user_id" AS "user_id",
    "t3"."role" AS "role"
  FROM "memberships" AS "t3"
  WHERE
    isNull("t3"."joined_at")
    OR (
      "t3"."joined_at" < parseDateTimeBestEffort('2026-03-01T15:00:00')
    )
), "t43" AS (
  SELECT
    "t33"."account_id" AS "account_id",
    "t33"."user_id" AS "user_id",
    "t26"."role" AS "role",
    "t33"."n_7" AS "n_7",
    "t33"."n_28" AS "n_28"
  FROM (
    SELECT
      "t15"."account_id" AS "account_id",
      "t15"."user_id" AS "user_id",
      SUM(CASE WHEN "t15"."day" >= toDate('2026-02-23') THEN "t15"."n" ELSE 0 END) AS "n_7",
      SUM("t15"."n") AS "n_28"
    FROM (
      SELECT
        *
      FROM "user_daily" AS "t4"
      WHERE
        isNotNull("t4"."account_id")
        AND "t4"."day" >= toDate('2026-02-02')
        AND "t4"."day" < toDate('2026-03-02')
        AND isNotNull("t4"."user_id")
    ) AS "t15"
    GROUP BY
      "t15"."account_id",
      "t15"."user_id"
  ) AS "t33"
  INNER JOIN "t16" AS "t26"
    ON "t33"."account_id" = "t26"."account_id" AND "t33"."user_id" = "t26"."user_id"
)
SELECT
  *
FROM (
  SELECT
    "t81"."account_id" AS "account_id",
    'penetration' AS "dimension",
    "t81"."d2_score" AS "score",
    "t81"."d2_weight" AS "weight",
    "t81"."d2_points" AS "points"
  FROM (
    SELECT
      "t80".*
      EXCEPT ("_w0", "_w1", "_w2")
    FROM (
      SELECT
        "t79"."account_id" AS "account_id",
        "t79"."live" AS "live",
        "t79"."m0_value" AS "m0_value",
        "t79"."m0_score" AS "m0_score",
        "t79"."m1_value" AS "m1_value",
        "t79"."m1_score" AS "m1_score",
        "t79"."m2_value" AS "m2_value",
        "t79"."m2_score" AS "m2_score",
        "t79"."m3_value" AS "m3_value",
        "t79"."m3_score" AS "m3_score",
        "t79"."m4_value" AS "m4_value",
        "t79"."m4_score" AS "m4_score",
        "t79"."m5_value" AS "m5_value",
        "t79"."m5_score" AS "m5_score",
        "t79"."m6_value" AS "m6_value",
        "t79"."m6_score" AS "m6_score",
        "t79"."m7_value" AS "m7_value",
        "t79"."m7_score" AS "m7_score",
        "t79"."m8_value" AS "m8_value",
        "t79"."m8_score" AS "m8_score",
        "t79"."m9_value" AS "m9_value",
        "t79"."m9_score" AS "m9_score",
        "t79"."m10_value" AS "m10_value",
        "t79"."m10_score" AS "m10_score",
        "t79"."m11_value" AS "m11_value",
        "t79"."m11_score" AS "m11_score",
        "t79"."m12_value" AS "m12_value",
        "t79"."m12_score" AS "m12_score",
        "t79"."m13_value" AS "m13_value",
        "t79"."m13_score" AS "m13_score",
        "t79"."m14_value" AS "m14_value",
        "t79"."m14_score" AS "m14_score",
        "t79"."m15_value" AS "m15_value",
        "t79"."m15_score" AS "m15_score",
        "t79"."m16_value" AS "m16_value",
        "t79"."m16_score" AS "m16_score",
        "t79"."d0_score" AS "d0_score",
        "t79"."d1_score" AS "d1_score",
        "t79"."d2_score" AS "d2_score",
        "t79"."_w0" AS "_w0",
        "t79"."_w1" AS "_w1",
        "t79"."_w2" AS "_w2",
        "t79"."d0_weight" AS "d0_weight",
        "t79"."d1_weight" AS "d1_weight",
        "t79"."d2_weight" AS "d2_weight",
        "t79"."m0_points" AS "m0_points",
        "t79"."m1_points" AS "m1_points",
        "t79"."m2_points" AS "m2_points",
        "t79"."m3_points" AS "m3_points",
        "t79"."m4_points" AS "m4_points",
        "t79"."m5_points" AS "m5_points",
        "t79"."m6_points" AS "m6_points",
        "t79"."m7_points" AS "m7_points",
        "t79"."m8_points" AS "m8_points",
        "t79"."m9_points" AS "m9_points",
        "t79"."m10_points" AS "m10_points",
        "t79"."m11_points" AS "m11_points",
        "t79"."m12_points" AS "m12_points",
        "t79"."m13_points" AS "m13_points",
        "t79"."m14_points" AS "m14_points",
        "t79"."m15_points" AS "m15_points",
        "t79"."m16_points" AS "m16_points",
        CASE
          WHEN isNotNull("t79"."d0_score")
          THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0)
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "d0_points",
        CASE
          WHEN isNotNull("t79"."d1_score")
          THEN COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0)
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "d1_points",
        CASE
          WHEN isNotNull("t79"."d2_score")
          THEN COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "d2_points",
        CASE
          WHEN isNotNull("t79"."d0_score")
          OR isNotNull("t79"."d1_score")
          OR isNotNull("t79"."d2_score")
          THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0) + COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0) + COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "score"
      FROM (
        SELECT
          "t78"."account_id" AS "account_id",
          "t78"."live" AS "live",
          "t78"."m0_value" AS "m0_value",
          "t78"."m0_score" AS "m0_score",
          "t78"."m1_value" AS "m1_value",
          "t78"."m1_score" AS "m1_score",
          "t78"."m2_value" AS "m2_value",
          "t78"."m2_score" AS "m2_score",
          "t78"."m3_value" AS "m3_value",
          "t78"."m3_score" AS "m3_score",
          "t78"."m4_value" AS "m4_value",
          "t78"."m4_score" AS "m4_score",
          "t78"."m5_value" AS "m5_value",
          "t78"."m5_score" AS "m5_score",
          "t78"."m6_value" AS "m6_value",
          "t78"."m6_score" AS "m6_score",
          "t78"."m7_value" AS "m7_value",
          "t78"."m7_score" AS "m7_score",
          "t78"."m8_value" AS "m8_value",
          "t78"."m8_score" AS "m8_score",
          "t78"."m9_value" AS "m9_value",
          "t78"."m9_score" AS "m9_score",
          "t78"."m10_value" AS "m10_value",
          "t78"."m10_score" AS "m10_score",
          "t78"."m11_value" AS "m11_value",
          "t78"."m11_score" AS "m11_score",
          "t78"."m12_value" AS "m12_value",
          "t78"."m12_score" AS "m12_score",
          "t78"."m13_value" AS "m13_value",
          "t78"."m13_score" AS "m13_score",
          "t78"."m14_value" AS "m14_value",
          "t78"."m14_score" AS "m14_score",
          "t78"."m15_value" AS "m15_value",
          "t78"."m15_score" AS "m15_score",
          "t78"."m16_value" AS "m16_value",
          "t78"."m16_score" AS "m16_score",
          "t78"."d0_score" AS "d0_score",
          "t78"."d1_score" AS "d1_score",
          "t78"."d2_score" AS "d2_score",
          "t78"."_w0" AS "_w0",
          "t78"."_w1" AS "_w1",
          "t78"."_w2" AS "_w2",
          "t78"."d0_weight" AS "d0_weight",
          "t78"."d1_weight" AS "d1_weight",
          "t78"."d2_weight" AS "d2_weight",
          CASE
            WHEN isNotNull("t78"."m0_score") AND (
              "t78"."_w0" > 0
            )
            THEN (
              (
                "t78"."d0_weight" * 3.0
              ) / "t78"."_w0"
            ) * 100.0 * "t78"."m0_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m0_points",
          CASE
            WHEN isNotNull("t78"."m1_score") AND (
              "t78"."_w0" > 0
            )
            THEN (
              (
                "t78"."d0_weight" * 1.0
              ) / "t78"."_w0"
            ) * 100.0 * "t78"."m1_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m1_points",
          CASE
            WHEN isNotNull("t78"."m2_score") AND (
              "t78"."_w0" > 0
            )
            THEN (
              (
                "t78"."d0_weight" * 1.0
              ) / "t78"."_w0"
            ) * 100.0 * "t78"."m2_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m2_points",
          CASE
            WHEN isNotNull("t78"."m3_score") AND (
              "t78"."_w0" > 0
            )
            THEN (
              (
                "t78"."d0_weight" * 1.0
              ) / "t78"."_w0"
            ) * 100.0 * "t78"."m3_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m3_points",
          CASE
            WHEN isNotNull("t78"."m4_score") AND (
              "t78"."_w0" > 0
            )
            THEN (
              (
                "t78"."d0_weight" * 2.0
              ) / "t78"."_w0"
            ) * 100.0 * "t78"."m4_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m4_points",
          CASE
            WHEN isNotNull("t78"."m5_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 3.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m5_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m5_points",
          CASE
            WHEN isNotNull("t78"."m6_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 2.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m6_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m6_points",
          CASE
            WHEN isNotNull("t78"."m7_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 2.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m7_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m7_points",
          CASE
            WHEN isNotNull("t78"."m8_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 2.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m8_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m8_points",
          CASE
            WHEN isNotNull("t78"."m9_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 1.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m9_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m9_points",
          CASE
            WHEN isNotNull("t78"."m10_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 1.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m10_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m10_points",
          CASE
            WHEN isNotNull("t78"."m11_score") AND (
              "t78"."_w1" > 0
            )
            THEN (
              (
                "t78"."d1_weight" * 1.0
              ) / "t78"."_w1"
            ) * 100.0 * "t78"."m11_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m11_points",
          CASE
            WHEN isNotNull("t78"."m12_score") AND (
              "t78"."_w2" > 0
            )
            THEN (
              (
                "t78"."d2_weight" * 2.0
              ) / "t78"."_w2"
            ) * 100.0 * "t78"."m12_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m12_points",
          CASE
            WHEN isNotNull("t78"."m13_score") AND (
              "t78"."_w2" > 0
            )
            THEN (
              (
                "t78"."d2_weight" * 1.0
              ) / "t78"."_w2"
            ) * 100.0 * "t78"."m13_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m13_points",
          CASE
            WHEN isNotNull("t78"."m14_score") AND (
              "t78"."_w2" > 0
            )
            THEN (
              (
                "t78"."d2_weight" * 2.0
              ) / "t78"."_w2"
            ) * 100.0 * "t78"."m14_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m14_points",
          CASE
            WHEN isNotNull("t78"."m15_score") AND (
              "t78"."_w2" > 0
            )
            THEN (
              (
                "t78"."d2_weight" * 2.0
              ) / "t78"."_w2"
            ) * 100.0 * "t78"."m15_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m15_points",
          CASE
            WHEN isNotNull("t78"."m16_score") AND (
              "t78"."_w2" > 0
            )
            THEN (
              (
                "t78"."d2_weight" * 1.0
              ) / "t78"."_w2"
            ) * 100.0 * "t78"."m16_score"
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "m16_points"
        FROM (
          SELECT
            "t77"."account_id" AS "account_id",
            "t77"."live" AS "live",
            "t77"."m0_value" AS "m0_value",
            "t77"."m0_score" AS "m0_score",
            "t77"."m1_value" AS "m1_value",
            "t77"."m1_score" AS "m1_score",
            "t77"."m2_value" AS "m2_value",
            "t77"."m2_score" AS "m2_score",
            "t77"."m3_value" AS "m3_value",
            "t77"."m3_score" AS "m3_score",
            "t77"."m4_value" AS "m4_value",
            "t77"."m4_score" AS "m4_score",
            "t77"."m5_value" AS "m5_value",
            "t77"."m5_score" AS "m5_score",
            "t77"."m6_value" AS "m6_value",
            "t77"."m6_score" AS "m6_score",
            "t77"."m7_value" AS "m7_value",
            "t77"."m7_score" AS "m7_score",
            "t77"."m8_value" AS "m8_value",
            "t77"."m8_score" AS "m8_score",
            "t77"."m9_value" AS "m9_value",
            "t77"."m9_score" AS "m9_score",
            "t77"."m10_value" AS "m10_value",
            "t77"."m10_score" AS "m10_score",
            "t77"."m11_value" AS "m11_value",
            "t77"."m11_score" AS "m11_score",
            "t77"."m12_value" AS "m12_value",
            "t77"."m12_score" AS "m12_score",
            "t77"."m13_value" AS "m13_value",
            "t77"."m13_score" AS "m13_score",
            "t77"."m14_value" AS "m14_value",
            "t77"."m14_score" AS "m14_score",
            "t77"."m15_value" AS "m15_value",
            "t77"."m15_score" AS "m15_score",
            "t77"."m16_value" AS "m16_value",
            "t77"."m16_score" AS "m16_score",
            "t77"."d0_score" AS "d0_score",
            "t77"."d1_score" AS "d1_score",
            "t77"."d2_score" AS "d2_score",
            "t77"."_w0" AS "_w0",
            "t77"."_w1" AS "_w1",
            "t77"."_w2" AS "_w2",
            CASE
              WHEN (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              ) > 0
              THEN CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END / (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d0_weight",
            CASE
              WHEN (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              ) > 0
              THEN CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END / (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d1_weight",
            CASE
              WHEN (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              ) > 0
              THEN CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END / (
                CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d2_weight"
          FROM (
            SELECT
              "t76"."account_id" AS "account_id",
              "t76"."live" AS "live",
              "t76"."m0_value" AS "m0_value",
              "t76"."m0_score" AS "m0_score",
              "t76"."m1_value" AS "m1_value",
              "t76"."m1_score" AS "m1_score",
              "t76"."m2_value" AS "m2_value",
              "t76"."m2_score" AS "m2_score",
              "t76"."m3_value" AS "m3_value",
              "t76"."m3_score" AS "m3_score",
              "t76"."m4_value" AS "m4_value",
              "t76"."m4_score" AS "m4_score",
              "t76"."m5_value" AS "m5_value",
              "t76"."m5_score" AS "m5_score",
              "t76"."m6_value" AS "m6_value",
              "t76"."m6_score" AS "m6_score",
              "t76"."m7_value" AS "m7_value",
              "t76"."m7_score" AS "m7_score",
              "t76"."m8_value" AS "m8_value",
              "t76"."m8_score" AS "m8_score",
              "t76"."m9_value" AS "m9_value",
              "t76"."m9_score" AS "m9_score",
              "t76"."m10_value" AS "m10_value",
              "t76"."m10_score" AS "m10_score",
              "t76"."m11_value" AS "m11_value",
              "t76"."m11_score" AS "m11_score",
              "t76"."m12_value" AS "m12_value",
              "t76"."m12_score" AS "m12_score",
              "t76"."m13_value" AS "m13_value",
              "t76"."m13_score" AS "m13_score",
              "t76"."m14_value" AS "m14_value",
              "t76"."m14_score" AS "m14_score",
              "t76"."m15_value" AS "m15_value",
              "t76"."m15_score" AS "m15_score",
              "t76"."m16_value" AS "m16_value",
              "t76"."m16_score" AS "m16_score",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                ) > 0
                THEN (
                  0.0 + (
                    CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m0_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m1_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m2_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m3_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m4_score", 0.0)
                  )
                ) / (
                  CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d0_score",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                ) > 0
                THEN (
                  0.0 + (
                    CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m5_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m6_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m7_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m8_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m9_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m10_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m11_score", 0.0)
                  )
                ) / (
                  CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d1_score",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                ) > 0
                THEN (
                  0.0 + (
                    CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m12_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m13_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m14_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m15_score", 0.0)
                  ) + (
                    CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m16_score", 0.0)
                  )
                ) / (
                  CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d2_score",
              CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END AS "_w0",
              CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END AS "_w1",
              CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END AS "_w2"
            FROM (
              SELECT
                "t27"."account_id" AS "account_id",
                "t27"."live" AS "live",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."help_views_per_active_user_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m0_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m0_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."support_tickets_90d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m1_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."support_tickets_90d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."support_tickets_90d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m1_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."seminars_90d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m2_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."seminars_90d" - 0.0
                        ) / 1.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."seminars_90d" - 0.0
                        ) / 1.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."seminars_90d" - 0.0
                        ) / 1.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."seminars_90d" - 0.0
                        ) / 1.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m2_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."community_90d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m3_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."community_90d" - 0.0
                        ) / 1.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."community_90d" - 0.0
                        ) / 1.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."community_90d" - 0.0
                        ) / 1.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."community_90d" - 0.0
                        ) / 1.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m3_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."latest_nps"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m4_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."latest_nps" - 3.0
                        ) / 6.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."latest_nps" - 3.0
                        ) / 6.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."latest_nps" - 3.0
                        ) / 6.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."latest_nps" - 3.0
                        ) / 6.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m4_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."feature_breadth_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m5_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m5_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."events_per_active_user_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m6_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull("t75"."events_per_active_user_28d")
                    THEN CAST(NULL AS Nullable(Float64))
                    ELSE (
                      (
                        CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                          ORDER BY "t75"."events_per_active_user_28d" ASC
                          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                        ) AS Nullable(Float64)) * 2.0
                      ) - CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                        ORDER BY "t75"."events_per_active_user_28d" ASC
                        RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                      ) AS Nullable(Float64))
                    ) / (
                      CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS Nullable(Float64)) * 2.0
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m6_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."collaboration_per_active_user_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m7_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m7_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."days_since_last_event"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m8_value",
                CASE
                  WHEN "t27"."live"
                  THEN COALESCE(
                    CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."days_since_last_event" - 14.0
                          ) / -12.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."days_since_last_event" - 14.0
                          ) / -12.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."days_since_last_event" - 14.0
                          ) / -12.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."days_since_last_event" - 14.0
                          ) / -12.0)
                        END
                      )
                    END,
                    0.0
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m8_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."growth_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m9_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m9_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."power_features_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m10_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull("t75"."power_features_28d")
                    THEN CAST(NULL AS Nullable(Float64))
                    ELSE (
                      (
                        CAST(COUNT("t75"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                          ORDER BY "t75"."power_features_28d" ASC
                          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                        ) AS Nullable(Float64)) * 2.0
                      ) - CAST(COUNT("t75"."power_features_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                        ORDER BY "t75"."power_features_28d" ASC
                        RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                      ) AS Nullable(Float64))
                    ) / (
                      CAST(COUNT("t75"."power_features_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS Nullable(Float64)) * 2.0
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m10_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."integrations_90d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m11_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."integrations_90d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."integrations_90d" - 0.0
                        ) / 2.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."integrations_90d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."integrations_90d" - 0.0
                        ) / 2.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m11_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."active_rate_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m12_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m12_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."active_rate_7d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m13_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m13_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."evenness_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m14_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m14_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."top_user_share_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m15_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m15_score",
                CASE
                  WHEN "t27"."live"
                  THEN "t75"."active_admins_28d"
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m16_value",
                CASE
                  WHEN "t27"."live"
                  THEN CASE
                    WHEN isNull(
                      CASE
                        WHEN isNull((
                          "t75"."active_admins_28d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_admins_28d" - 0.0
                        ) / 2.0)
                      END
                    )
                    THEN NULL
                    ELSE GREATEST(
                      0.0,
                      CASE
                        WHEN isNull((
                          "t75"."active_admins_28d" - 0.0
                        ) / 2.0)
                        THEN NULL
                        ELSE LEAST(1.0, (
                          "t75"."active_admins_28d" - 0.0
                        ) / 2.0)
                      END
                    )
                  END
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "m16_score"
              FROM (
                SELECT
                  "t0"."account_id" AS "account_id",
                  "t0"."tier" AS "tier",
                  (
                    isNull(COALESCE("t0"."trial_started_at", "t0"."contract_started_at"))
                    OR (
                      COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < parseDateTimeBestEffort('2026-03-01T15:00:00')
                    )
                  )
                  AND CASE
                    WHEN isNotNull("t0"."churned_at")
                    THEN "t0"."churned_at" >= parseDateTimeBestEffort('2026-03-01T15:00:00')
                    ELSE COALESCE("t0"."status", '') <> 'churned'
                  END AS "live"
                FROM "accounts" AS "t0"
              ) AS "t27"
              INNER JOIN (
                SELECT
                  "t70"."account_id" AS "account_id",
                  "t70"."help_views_per_active_user_28d" AS "help_views_per_active_user_28d",
                  "t48"."support_tickets_90d" AS "support_tickets_90d",
                  "t49"."seminars_90d" AS "seminars_90d",
                  "t50"."community_90d" AS "community_90d",
                  "t58"."latest_nps" AS "latest_nps",
                  "t54"."feature_breadth_28d" AS "feature_breadth_28d",
                  "t70"."events_per_active_user_28d" AS "events_per_active_user_28d",
                  "t70"."collaboration_per_active_user_28d" AS "collaboration_per_active_user_28d",
                  "t70"."days_since_last_event" AS "days_since_last_event",
                  "t70"."growth_28d" AS "growth_28d",
                  "t70"."power_features_28d" AS "power_features_28d",
                  "t70"."integrations_90d" AS "integrations_90d",
                  "t70"."active_rate_28d" AS "active_rate_28d",
                  "t70"."active_rate_7d" AS "active_rate_7d",
                  "t73"."evenness_28d" AS "evenness_28d",
                  "t70"."top_user_share_28d" AS "top_user_share_28d",
                  "t70"."active_admins_28d" AS "active_admins_28d"
                FROM (
                  SELECT
                    "t65"."account_id" AS "account_id",
                    CASE
                      WHEN COALESCE("t65"."active_28", 0) > 0
                      THEN CAST(COALESCE("t65"."e3", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "help_views_per_active_user_28d",
                    CASE
                      WHEN COALESCE("t65"."active_28", 0) > 0
                      THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "events_per_active_user_28d",
                    CASE
                      WHEN COALESCE("t65"."active_28", 0) > 0
                      THEN CAST(COALESCE("t65"."e1", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "collaboration_per_active_user_28d",
                    CAST(DATE_DIFF(DAY, "t65"."e5", toDate('2026-03-02')) AS Nullable(Float64)) AS "days_since_last_event",
                    CASE
                      WHEN COALESCE("t65"."e4", 0) > 0
                      THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."e4", 0) AS Nullable(Float64))
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "growth_28d",
                    CAST(COALESCE("t65"."e2", 0) AS Nullable(Float64)) AS "power_features_28d",
                    CAST(COALESCE("t65"."e6", 0) AS Nullable(Float64)) AS "integrations_90d",
                    CASE
                      WHEN "t65"."seats" > 0
                      THEN CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64)) / "t65"."seats"
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "active_rate_28d",
                    CASE
                      WHEN "t65"."seats" > 0
                      THEN CAST(COALESCE("t65"."active_7", 0) AS Nullable(Float64)) / "t65"."seats"
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "active_rate_7d",
                    CASE
                      WHEN COALESCE("t65"."total_28", 0) > 0
                      THEN CAST(COALESCE("t65"."top_28", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."total_28", 0) AS Nullable(Float64))
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "top_user_share_28d",
                    CAST(COALESCE("t65"."admins_28", 0) AS Nullable(Float64)) AS "active_admins_28d"
                  FROM (
                    SELECT
                      "t55"."account_id" AS "account_id",
                      CAST("t55"."members" AS Nullable(Float64)) AS "members",
                      COALESCE(
                        CAST("t8"."contracted" AS Nullable(Float64)),
                        CAST("t55"."members" AS Nullable(Float64))
                      ) AS "seats",
                      "t38"."e0" AS "e0",
                      "t38"."e1" AS "e1",
                      "t38"."e2" AS "e2",
                      "t38"."e3" AS "e3",
                      "t38"."e4" AS "e4",
                      "t38"."e5" AS "e5",
                      "t38"."e6" AS "e6",
                      "t62"."active_7" AS "active_7",
                      "t62"."top_7" AS "top_7",
                      "t62"."total_7" AS "total_7",
                      "t62"."admins_7" AS "admins_7",
                      "t62"."admin_events_7" AS "admin_events_7",
                      "t62"."active_28" AS "active_28",
                      "t62"."top_28" AS "top_28",
                      "t62"."total_28" AS "total_28",
                      "t62"."admins_28" AS "admins_28",
                      "t62"."admin_events_28" AS "admin_events_28"
                    FROM (
                      SELECT
                        "t42"."account_id" AS "account_id",
                        COALESCE("t42"."members", 0) AS "members"
                      FROM (
                        SELECT
                          "t7"."account_id" AS "account_id",
                          "t32"."members" AS "members"
                        FROM (
                          SELECT
                            "t0"."account_id" AS "account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t20"."account_id" AS "account_id",
                            COUNT("t20"."user_id") AS "members"
                          FROM "t16" AS "t20"
                          GROUP BY
                            "t20"."account_id"
                        ) AS "t32"
                          ON "t7"."account_id" = "t32"."account_id"
                      ) AS "t42"
                    ) AS "t55"
                    INNER JOIN (
                      SELECT
                        "t0"."account_id" AS "account_id",
                        "t0"."seats" AS "contracted"
                      FROM "accounts" AS "t0"
                    ) AS "t8"
                      ON "t55"."account_id" = "t8"."account_id"
                    LEFT OUTER JOIN (
                      SELECT
                        "t9"."account_id" AS "account_id",
                        SUM(
                          CASE
                            WHEN (
                              "t9"."day" >= toDate('2026-02-02')
                            )
                            AND NOT (
                              "t9"."event" IN ('email_opened')
                            )
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e0",
                        SUM(
                          CASE
                            WHEN (
                              "t9"."day" >= toDate('2026-02-02')
                            )
                            AND "t9"."event" IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e1",
                        SUM(
                          CASE
                            WHEN (
                              "t9"."day" >= toDate('2026-02-02')
                            )
                            AND "t9"."event" IN ('export_csv', 'api_call', 'webhook_created')
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e2",
                        SUM(
                          CASE
                            WHEN (
                              "t9"."day" >= toDate('2026-02-02')
                            )
                            AND "t9"."event" IN ('help_article_viewed')
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e3",
                        SUM(
                          CASE
                            WHEN (
                              "t9"."day" >= toDate('2026-01-05')
                            )
                            AND (
                              "t9"."day" < toDate('2026-02-02')
                            )
                            AND NOT (
                              "t9"."event" IN ('email_opened')
                            )
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e4",
                        MAX(
                          CASE
                            WHEN NOT (
                              "t9"."event" IN ('email_opened')
                            )
                            THEN "t9"."day"
                            ELSE CAST(NULL AS Nullable(DATE))
                          END
                        ) AS "e5",
                        SUM(
                          CASE
                            WHEN "t9"."event" IN ('integration_connected')
                            THEN "t9"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e6"
                      FROM (
                        SELECT
                          *
                        FROM "account_daily" AS "t1"
                        WHERE
                          isNotNull("t1"."account_id")
                          AND "t1"."day" >= toDate('2025-12-02')
                          AND "t1"."day" < toDate('2026-03-02')
                      ) AS "t9"
                      GROUP BY
                        "t9"."account_id"
                    ) AS "t38"
                      ON "t55"."account_id" = "t38"."account_id"
                    LEFT OUTER JOIN (
                      SELECT
                        "t47"."account_id" AS "account_id",
                        SUM(CASE WHEN "t47"."n_7" > 0 THEN 1 ELSE 0 END) AS "active_7",
                        MAX("t47"."n_7") AS "top_7",
                        SUM("t47"."n_7") AS "total_7",
                        SUM(
                          CASE
                            WHEN (
                              "t47"."n_7" > 0
                            ) AND (
                              COALESCE("t47"."role", '') = 'admin'
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) AS "admins_7",
                        SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_7" ELSE 0 END) AS "admin_events_7",
                        SUM(CASE WHEN "t47"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
                        MAX("t47"."n_28") AS "top_28",
                        SUM("t47"."n_28") AS "total_28",
                        SUM(
                          CASE
                            WHEN (
                              "t47"."n_28" > 0
                            ) AND (
                              COALESCE("t47"."role", '') = 'admin'
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) AS "admins_28",
                        SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_28" ELSE 0 END) AS "admin_events_28"
                      FROM "t43" AS "t47"
                      GROUP BY
                        "t47"."account_id"
                    ) AS "t62"
                      ON "t55"."account_id" = "t62"."account_id"
                  ) AS "t65"
                ) AS "t70"
                INNER JOIN (
                  SELECT
                    "t35"."account_id" AS "account_id",
                    CAST(COALESCE("t35"."c", 0) AS Nullable(Float64)) AS "support_tickets_90d"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      "t23"."c" AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t11"."account_id" AS "account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t2"
                        WHERE
                          "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                          AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                          AND "t2"."kind" IN ('support_ticket')
                      ) AS "t11"
                      GROUP BY
                        "t11"."account_id"
                    ) AS "t23"
                      ON "t7"."account_id" = "t23"."account_id"
                  ) AS "t35"
                ) AS "t48"
                  ON "t70"."account_id" = "t48"."account_id"
                INNER JOIN (
                  SELECT
                    "t36"."account_id" AS "account_id",
                    CAST(COALESCE("t36"."c", 0) AS Nullable(Float64)) AS "seminars_90d"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      "t24"."c" AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t12"."account_id" AS "account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t2"
                        WHERE
                          "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                          AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                          AND "t2"."kind" IN ('seminar')
                      ) AS "t12"
                      GROUP BY
                        "t12"."account_id"
                    ) AS "t24"
                      ON "t7"."account_id" = "t24"."account_id"
                  ) AS "t36"
                ) AS "t49"
                  ON "t70"."account_id" = "t49"."account_id"
                INNER JOIN (
                  SELECT
                    "t37"."account_id" AS "account_id",
                    CAST(COALESCE("t37"."c", 0) AS Nullable(Float64)) AS "community_90d"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      "t25"."c" AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t13"."account_id" AS "account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t2"
                        WHERE
                          "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                          AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                          AND "t2"."kind" IN ('community')
                      ) AS "t13"
                      GROUP BY
                        "t13"."account_id"
                    ) AS "t25"
                      ON "t7"."account_id" = "t25"."account_id"
                  ) AS "t37"
                ) AS "t50"
                  ON "t70"."account_id" = "t50"."account_id"
                INNER JOIN (
                  SELECT
                    "t52"."account_id" AS "account_id",
                    "t52"."s" AS "latest_nps"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      "t41"."s" AS "s"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t29"."account_id" AS "account_id",
                        "t29"."score" AS "s"
                      FROM (
                        SELECT
                          "t14"."touchpoint_id" AS "touchpoint_id",
                          "t14"."ts" AS "ts",
                          "t14"."account_id" AS "account_id",
                          "t14"."user_id" AS "user_id",
                          "t14"."kind" AS "kind",
                          "t14"."title" AS "title",
                          "t14"."body" AS "body",
                          "t14"."score" AS "score",
                          "t14"."properties" AS "properties",
                          "t14"."source" AS "source",
                          "t14"."loaded_at" AS "loaded_at",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t14"."account_id"
                            ORDER BY "t14"."ts" DESC, "t14"."touchpoint_id" DESC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) - 1 AS "rn"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-03-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" = 'nps'
                            AND isNotNull("t2"."score")
                        ) AS "t14"
                      ) AS "t29"
                      WHERE
                        "t29"."rn" = 0
                    ) AS "t41"
                      ON "t7"."account_id" = "t41"."account_id"
                  ) AS "t52"
                ) AS "t58"
                  ON "t70"."account_id" = "t58"."account_id"
                INNER JOIN (
                  SELECT
                    "t39"."account_id" AS "account_id",
                    CAST(COALESCE("t39"."d", 0) AS Nullable(Float64)) / 4.0 AS "feature_breadth_28d"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      "t28"."d" AS "d"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t10"."account_id" AS "account_id",
                        uniq("t10"."event") AS "d"
                      FROM (
                        SELECT
                          *
                        FROM "account_daily" AS "t1"
                        WHERE
                          isNotNull("t1"."account_id")
                          AND "t1"."day" >= toDate('2026-02-02')
                          AND "t1"."day" < toDate('2026-03-02')
                          AND "t1"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                      ) AS "t10"
                      GROUP BY
                        "t10"."account_id"
                    ) AS "t28"
                      ON "t7"."account_id" = "t28"."account_id"
                  ) AS "t39"
                ) AS "t54"
                  ON "t70"."account_id" = "t54"."account_id"
                INNER JOIN (
                  SELECT
                    "t71"."account_id" AS "account_id",
                    "t71"."value" AS "evenness_28d"
                  FROM (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      CASE
                        WHEN "t68"."total" > 0
                        THEN 1.0 - (
                          (
                            (
                              (
                                "t68"."weighted" + (
                                  (
                                    "t64"."members" - CAST("t68"."k" AS Nullable(Float64))
                                  ) * CAST("t68"."total" AS Nullable(Float64))
                                )
                              ) * 2.0
                            ) / (
                              "t64"."members" * CAST("t68"."total" AS Nullable(Float64))
                            )
                          ) - (
                            (
                              "t64"."members" + 1.0
                            ) / "t64"."members"
                          )
                        )
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id" AS "account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t66"."account_id" AS "account_id",
                        SUM("t66"."c") AS "k",
                        SUM("t66"."n" * "t66"."c") AS "total",
                        SUM("t66"."ranked") AS "weighted"
                      FROM (
                        SELECT
                          "t59"."account_id" AS "account_id",
                          "t59"."n" AS "n",
                          "t59"."c" AS "c",
                          CAST("t59"."n" AS Nullable(Float64)) * (
                            (
                              "t59"."c" * (
                                SUM("t59"."c") OVER (
                                  PARTITION BY "t59"."account_id"
                                  ORDER BY "t59"."n" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) - "t59"."c"
                              )
                            ) + (
                              (
                                "t59"."c" * (
                                  "t59"."c" + 1
                                )
                              ) / 2
                            )
                          ) AS "ranked"
                        FROM (
                          SELECT
                            "t56"."account_id" AS "account_id",
                            "t56"."n" AS "n",
                            COUNT(*) AS "c"
                          FROM (
                            SELECT
                              "t47"."account_id" AS "account_id",
                              "t47"."user_id" AS "user_id",
                              "t47"."role" AS "role",
                              "t47"."n_28" AS "n"
                            FROM "t43" AS "t47"
                            WHERE
                              "t47"."n_28" > 0
                          ) AS "t56"
                          GROUP BY
                            "t56"."account_id",
                            "t56"."n"
                        ) AS "t59"
                      ) AS "t66"
                      GROUP BY
                        "t66"."account_id"
                    ) AS "t68"
                      ON "t7"."account_id" = "t68"."account_id"
                    INNER JOIN (
                      SELECT
                        "t60"."account_id" AS "account_id",
                        "t60"."members" AS "members"
                      FROM (
                        SELECT
                          "t55"."account_id" AS "account_id",
                          CAST("t55"."members" AS Nullable(Float64)) AS "members",
                          COALESCE(
                            CAST("t8"."contracted" AS Nullable(Float64)),
                            CAST("t55"."members" AS Nullable(Float64))
                          ) AS "seats"
                        FROM (
                          SELECT
                            "t42"."account_id" AS "account_id",
                            COALESCE("t42"."members", 0) AS "members"
                          FROM (
                            SELECT
                              "t7"."account_id" AS "account_id",
                              "t32"."members" AS "members"
                            FROM (
                              SELECT
                                "t0"."account_id" AS "account_id"
                              FROM "accounts" AS "t0"
                            ) AS "t7"
                            LEFT OUTER JOIN (
                              SELECT
                                "t20"."account_id" AS "account_id",
                                COUNT("t20"."user_id") AS "members"
                              FROM "t16" AS "t20"
                              GROUP BY
                                "t20"."account_id"
                            ) AS "t32"
                              ON "t7"."account_id" = "t32"."account_id"
                          ) AS "t42"
                        ) AS "t55"
                        INNER JOIN (
                          SELECT
                            "t0"."account_id" AS "account_id",
                            "t0"."seats" AS "contracted"
                          FROM "accounts" AS "t0"
                        ) AS "t8"
                          ON "t55"."account_id" = "t8"."account_id"
                      ) AS "t60"
                    ) AS "t64"
                      ON "t7"."account_id" = "t64"."account_id"
                  ) AS "t71"
                ) AS "t73"
                  ON "t70"."account_id" = "t73"."account_id"
              ) AS "t75"
                ON "t27"."account_id" = "t75"."account_id"
            ) AS "t76"
          ) AS "t77"
        ) AS "t78"
      ) AS "t79"
    ) AS "t80"
  ) AS "t81"
  WHERE
    isNotNull("t81"."score")
) AS "t82"
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t81"."account_id" AS "account_id",
      'engagement' AS "dimension",
      "t81"."d0_score" AS "score",
      "t81"."d0_weight" AS "weight",
      "t81"."d0_points" AS "points"
    FROM (
      SELECT
        "t80".*
        EXCEPT ("_w0", "_w1", "_w2")
      FROM (
        SELECT
          "t79"."account_id" AS "account_id",
          "t79"."live" AS "live",
          "t79"."m0_value" AS "m0_value",
          "t79"."m0_score" AS "m0_score",
          "t79"."m1_value" AS "m1_value",
          "t79"."m1_score" AS "m1_score",
          "t79"."m2_value" AS "m2_value",
          "t79"."m2_score" AS "m2_score",
          "t79"."m3_value" AS "m3_value",
          "t79"."m3_score" AS "m3_score",
          "t79"."m4_value" AS "m4_value",
          "t79"."m4_score" AS "m4_score",
          "t79"."m5_value" AS "m5_value",
          "t79"."m5_score" AS "m5_score",
          "t79"."m6_value" AS "m6_value",
          "t79"."m6_score" AS "m6_score",
          "t79"."m7_value" AS "m7_value",
          "t79"."m7_score" AS "m7_score",
          "t79"."m8_value" AS "m8_value",
          "t79"."m8_score" AS "m8_score",
          "t79"."m9_value" AS "m9_value",
          "t79"."m9_score" AS "m9_score",
          "t79"."m10_value" AS "m10_value",
          "t79"."m10_score" AS "m10_score",
          "t79"."m11_value" AS "m11_value",
          "t79"."m11_score" AS "m11_score",
          "t79"."m12_value" AS "m12_value",
          "t79"."m12_score" AS "m12_score",
          "t79"."m13_value" AS "m13_value",
          "t79"."m13_score" AS "m13_score",
          "t79"."m14_value" AS "m14_value",
          "t79"."m14_score" AS "m14_score",
          "t79"."m15_value" AS "m15_value",
          "t79"."m15_score" AS "m15_score",
          "t79"."m16_value" AS "m16_value",
          "t79"."m16_score" AS "m16_score",
          "t79"."d0_score" AS "d0_score",
          "t79"."d1_score" AS "d1_score",
          "t79"."d2_score" AS "d2_score",
          "t79"."_w0" AS "_w0",
          "t79"."_w1" AS "_w1",
          "t79"."_w2" AS "_w2",
          "t79"."d0_weight" AS "d0_weight",
          "t79"."d1_weight" AS "d1_weight",
          "t79"."d2_weight" AS "d2_weight",
          "t79"."m0_points" AS "m0_points",
          "t79"."m1_points" AS "m1_points",
          "t79"."m2_points" AS "m2_points",
          "t79"."m3_points" AS "m3_points",
          "t79"."m4_points" AS "m4_points",
          "t79"."m5_points" AS "m5_points",
          "t79"."m6_points" AS "m6_points",
          "t79"."m7_points" AS "m7_points",
          "t79"."m8_points" AS "m8_points",
          "t79"."m9_points" AS "m9_points",
          "t79"."m10_points" AS "m10_points",
          "t79"."m11_points" AS "m11_points",
          "t79"."m12_points" AS "m12_points",
          "t79"."m13_points" AS "m13_points",
          "t79"."m14_points" AS "m14_points",
          "t79"."m15_points" AS "m15_points",
          "t79"."m16_points" AS "m16_points",
          CASE
            WHEN isNotNull("t79"."d0_score")
            THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d0_points",
          CASE
            WHEN isNotNull("t79"."d1_score")
            THEN COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d1_points",
          CASE
            WHEN isNotNull("t79"."d2_score")
            THEN COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d2_points",
          CASE
            WHEN isNotNull("t79"."d0_score")
            OR isNotNull("t79"."d1_score")
            OR isNotNull("t79"."d2_score")
            THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0) + COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0) + COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "score"
        FROM (
          SELECT
            "t78"."account_id" AS "account_id",
            "t78"."live" AS "live",
            "t78"."m0_value" AS "m0_value",
            "t78"."m0_score" AS "m0_score",
            "t78"."m1_value" AS "m1_value",
            "t78"."m1_score" AS "m1_score",
            "t78"."m2_value" AS "m2_value",
            "t78"."m2_score" AS "m2_score",
            "t78"."m3_value" AS "m3_value",
            "t78"."m3_score" AS "m3_score",
            "t78"."m4_value" AS "m4_value",
            "t78"."m4_score" AS "m4_score",
            "t78"."m5_value" AS "m5_value",
            "t78"."m5_score" AS "m5_score",
            "t78"."m6_value" AS "m6_value",
            "t78"."m6_score" AS "m6_score",
            "t78"."m7_value" AS "m7_value",
            "t78"."m7_score" AS "m7_score",
            "t78"."m8_value" AS "m8_value",
            "t78"."m8_score" AS "m8_score",
            "t78"."m9_value" AS "m9_value",
            "t78"."m9_score" AS "m9_score",
            "t78"."m10_value" AS "m10_value",
            "t78"."m10_score" AS "m10_score",
            "t78"."m11_value" AS "m11_value",
            "t78"."m11_score" AS "m11_score",
            "t78"."m12_value" AS "m12_value",
            "t78"."m12_score" AS "m12_score",
            "t78"."m13_value" AS "m13_value",
            "t78"."m13_score" AS "m13_score",
            "t78"."m14_value" AS "m14_value",
            "t78"."m14_score" AS "m14_score",
            "t78"."m15_value" AS "m15_value",
            "t78"."m15_score" AS "m15_score",
            "t78"."m16_value" AS "m16_value",
            "t78"."m16_score" AS "m16_score",
            "t78"."d0_score" AS "d0_score",
            "t78"."d1_score" AS "d1_score",
            "t78"."d2_score" AS "d2_score",
            "t78"."_w0" AS "_w0",
            "t78"."_w1" AS "_w1",
            "t78"."_w2" AS "_w2",
            "t78"."d0_weight" AS "d0_weight",
            "t78"."d1_weight" AS "d1_weight",
            "t78"."d2_weight" AS "d2_weight",
            CASE
              WHEN isNotNull("t78"."m0_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 3.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m0_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m0_points",
            CASE
              WHEN isNotNull("t78"."m1_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m1_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m1_points",
            CASE
              WHEN isNotNull("t78"."m2_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m2_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m2_points",
            CASE
              WHEN isNotNull("t78"."m3_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m3_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m3_points",
            CASE
              WHEN isNotNull("t78"."m4_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 2.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m4_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m4_points",
            CASE
              WHEN isNotNull("t78"."m5_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 3.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m5_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m5_points",
            CASE
              WHEN isNotNull("t78"."m6_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m6_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m6_points",
            CASE
              WHEN isNotNull("t78"."m7_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m7_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m7_points",
            CASE
              WHEN isNotNull("t78"."m8_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m8_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m8_points",
            CASE
              WHEN isNotNull("t78"."m9_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m9_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m9_points",
            CASE
              WHEN isNotNull("t78"."m10_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m10_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m10_points",
            CASE
              WHEN isNotNull("t78"."m11_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m11_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m11_points",
            CASE
              WHEN isNotNull("t78"."m12_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m12_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m12_points",
            CASE
              WHEN isNotNull("t78"."m13_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 1.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m13_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m13_points",
            CASE
              WHEN isNotNull("t78"."m14_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m14_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m14_points",
            CASE
              WHEN isNotNull("t78"."m15_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m15_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m15_points",
            CASE
              WHEN isNotNull("t78"."m16_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 1.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m16_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m16_points"
          FROM (
            SELECT
              "t77"."account_id" AS "account_id",
              "t77"."live" AS "live",
              "t77"."m0_value" AS "m0_value",
              "t77"."m0_score" AS "m0_score",
              "t77"."m1_value" AS "m1_value",
              "t77"."m1_score" AS "m1_score",
              "t77"."m2_value" AS "m2_value",
              "t77"."m2_score" AS "m2_score",
              "t77"."m3_value" AS "m3_value",
              "t77"."m3_score" AS "m3_score",
              "t77"."m4_value" AS "m4_value",
              "t77"."m4_score" AS "m4_score",
              "t77"."m5_value" AS "m5_value",
              "t77"."m5_score" AS "m5_score",
              "t77"."m6_value" AS "m6_value",
              "t77"."m6_score" AS "m6_score",
              "t77"."m7_value" AS "m7_value",
              "t77"."m7_score" AS "m7_score",
              "t77"."m8_value" AS "m8_value",
              "t77"."m8_score" AS "m8_score",
              "t77"."m9_value" AS "m9_value",
              "t77"."m9_score" AS "m9_score",
              "t77"."m10_value" AS "m10_value",
              "t77"."m10_score" AS "m10_score",
              "t77"."m11_value" AS "m11_value",
              "t77"."m11_score" AS "m11_score",
              "t77"."m12_value" AS "m12_value",
              "t77"."m12_score" AS "m12_score",
              "t77"."m13_value" AS "m13_value",
              "t77"."m13_score" AS "m13_score",
              "t77"."m14_value" AS "m14_value",
              "t77"."m14_score" AS "m14_score",
              "t77"."m15_value" AS "m15_value",
              "t77"."m15_score" AS "m15_score",
              "t77"."m16_value" AS "m16_value",
              "t77"."m16_score" AS "m16_score",
              "t77"."d0_score" AS "d0_score",
              "t77"."d1_score" AS "d1_score",
              "t77"."d2_score" AS "d2_score",
              "t77"."_w0" AS "_w0",
              "t77"."_w1" AS "_w1",
              "t77"."_w2" AS "_w2",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d0_weight",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d1_weight",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d2_weight"
            FROM (
              SELECT
                "t76"."account_id" AS "account_id",
                "t76"."live" AS "live",
                "t76"."m0_value" AS "m0_value",
                "t76"."m0_score" AS "m0_score",
                "t76"."m1_value" AS "m1_value",
                "t76"."m1_score" AS "m1_score",
                "t76"."m2_value" AS "m2_value",
                "t76"."m2_score" AS "m2_score",
                "t76"."m3_value" AS "m3_value",
                "t76"."m3_score" AS "m3_score",
                "t76"."m4_value" AS "m4_value",
                "t76"."m4_score" AS "m4_score",
                "t76"."m5_value" AS "m5_value",
                "t76"."m5_score" AS "m5_score",
                "t76"."m6_value" AS "m6_value",
                "t76"."m6_score" AS "m6_score",
                "t76"."m7_value" AS "m7_value",
                "t76"."m7_score" AS "m7_score",
                "t76"."m8_value" AS "m8_value",
                "t76"."m8_score" AS "m8_score",
                "t76"."m9_value" AS "m9_value",
                "t76"."m9_score" AS "m9_score",
                "t76"."m10_value" AS "m10_value",
                "t76"."m10_score" AS "m10_score",
                "t76"."m11_value" AS "m11_value",
                "t76"."m11_score" AS "m11_score",
                "t76"."m12_value" AS "m12_value",
                "t76"."m12_score" AS "m12_score",
                "t76"."m13_value" AS "m13_value",
                "t76"."m13_score" AS "m13_score",
                "t76"."m14_value" AS "m14_value",
                "t76"."m14_score" AS "m14_score",
                "t76"."m15_value" AS "m15_value",
                "t76"."m15_score" AS "m15_score",
                "t76"."m16_value" AS "m16_value",
                "t76"."m16_score" AS "m16_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m0_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m1_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m2_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m3_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m4_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d0_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m5_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m6_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m7_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m8_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m9_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m10_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m11_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d1_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m12_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m13_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m14_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m15_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m16_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d2_score",
                CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END AS "_w0",
                CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END AS "_w1",
                CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END AS "_w2"
              FROM (
                SELECT
                  "t27"."account_id" AS "account_id",
                  "t27"."live" AS "live",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."help_views_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m0_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m0_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."support_tickets_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m1_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m1_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."seminars_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m2_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m2_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."community_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m3_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m3_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."latest_nps"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m4_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m4_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."feature_breadth_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m5_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m5_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."events_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m6_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull("t75"."events_per_active_user_28d")
                      THEN CAST(NULL AS Nullable(Float64))
                      ELSE (
                        (
                          CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                            ORDER BY "t75"."events_per_active_user_28d" ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS Nullable(Float64)) * 2.0
                        ) - CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                          ORDER BY "t75"."events_per_active_user_28d" ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS Nullable(Float64))
                      ) / (
                        CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS Nullable(Float64)) * 2.0
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m6_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."collaboration_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m7_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m7_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."days_since_last_event"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m8_value",
                  CASE
                    WHEN "t27"."live"
                    THEN COALESCE(
                      CASE
                        WHEN isNull(
                          CASE
                            WHEN isNull((
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                            THEN NULL
                            ELSE LEAST(1.0, (
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                          END
                        )
                        THEN NULL
                        ELSE GREATEST(
                          0.0,
                          CASE
                            WHEN isNull((
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                            THEN NULL
                            ELSE LEAST(1.0, (
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                          END
                        )
                      END,
                      0.0
                    )
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m8_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."growth_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m9_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m9_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."power_features_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m10_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull("t75"."power_features_28d")
                      THEN CAST(NULL AS Nullable(Float64))
                      ELSE (
                        (
                          CAST(COUNT("t75"."power_features_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                            ORDER BY "t75"."power_features_28d" ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS Nullable(Float64)) * 2.0
                        ) - CAST(COUNT("t75"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                          ORDER BY "t75"."power_features_28d" ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS Nullable(Float64))
                      ) / (
                        CAST(COUNT("t75"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS Nullable(Float64)) * 2.0
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m10_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."integrations_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m11_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m11_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_rate_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m12_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m12_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_rate_7d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m13_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m13_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."evenness_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m14_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m14_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."top_user_share_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m15_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m15_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_admins_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m16_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m16_score"
                FROM (
                  SELECT
                    "t0"."account_id" AS "account_id",
                    "t0"."tier" AS "tier",
                    (
                      isNull(COALESCE("t0"."trial_started_at", "t0"."contract_started_at"))
                      OR (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < parseDateTimeBestEffort('2026-03-01T15:00:00')
                      )
                    )
                    AND CASE
                      WHEN isNotNull("t0"."churned_at")
                      THEN "t0"."churned_at" >= parseDateTimeBestEffort('2026-03-01T15:00:00')
                      ELSE COALESCE("t0"."status", '') <> 'churned'
                    END AS "live"
                  FROM "accounts" AS "t0"
                ) AS "t27"
                INNER JOIN (
                  SELECT
                    "t70"."account_id" AS "account_id",
                    "t70"."help_views_per_active_user_28d" AS "help_views_per_active_user_28d",
                    "t48"."support_tickets_90d" AS "support_tickets_90d",
                    "t49"."seminars_90d" AS "seminars_90d",
                    "t50"."community_90d" AS "community_90d",
                    "t58"."latest_nps" AS "latest_nps",
                    "t54"."feature_breadth_28d" AS "feature_breadth_28d",
                    "t70"."events_per_active_user_28d" AS "events_per_active_user_28d",
                    "t70"."collaboration_per_active_user_28d" AS "collaboration_per_active_user_28d",
                    "t70"."days_since_last_event" AS "days_since_last_event",
                    "t70"."growth_28d" AS "growth_28d",
                    "t70"."power_features_28d" AS "power_features_28d",
                    "t70"."integrations_90d" AS "integrations_90d",
                    "t70"."active_rate_28d" AS "active_rate_28d",
                    "t70"."active_rate_7d" AS "active_rate_7d",
                    "t73"."evenness_28d" AS "evenness_28d",
                    "t70"."top_user_share_28d" AS "top_user_share_28d",
                    "t70"."active_admins_28d" AS "active_admins_28d"
                  FROM (
                    SELECT
                      "t65"."account_id" AS "account_id",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e3", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "help_views_per_active_user_28d",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "events_per_active_user_28d",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e1", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "collaboration_per_active_user_28d",
                      CAST(DATE_DIFF(DAY, "t65"."e5", toDate('2026-03-02')) AS Nullable(Float64)) AS "days_since_last_event",
                      CASE
                        WHEN COALESCE("t65"."e4", 0) > 0
                        THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."e4", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "growth_28d",
                      CAST(COALESCE("t65"."e2", 0) AS Nullable(Float64)) AS "power_features_28d",
                      CAST(COALESCE("t65"."e6", 0) AS Nullable(Float64)) AS "integrations_90d",
                      CASE
                        WHEN "t65"."seats" > 0
                        THEN CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64)) / "t65"."seats"
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "active_rate_28d",
                      CASE
                        WHEN "t65"."seats" > 0
                        THEN CAST(COALESCE("t65"."active_7", 0) AS Nullable(Float64)) / "t65"."seats"
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "active_rate_7d",
                      CASE
                        WHEN COALESCE("t65"."total_28", 0) > 0
                        THEN CAST(COALESCE("t65"."top_28", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."total_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "top_user_share_28d",
                      CAST(COALESCE("t65"."admins_28", 0) AS Nullable(Float64)) AS "active_admins_28d"
                    FROM (
                      SELECT
                        "t55"."account_id" AS "account_id",
                        CAST("t55"."members" AS Nullable(Float64)) AS "members",
                        COALESCE(
                          CAST("t8"."contracted" AS Nullable(Float64)),
                          CAST("t55"."members" AS Nullable(Float64))
                        ) AS "seats",
                        "t38"."e0" AS "e0",
                        "t38"."e1" AS "e1",
                        "t38"."e2" AS "e2",
                        "t38"."e3" AS "e3",
                        "t38"."e4" AS "e4",
                        "t38"."e5" AS "e5",
                        "t38"."e6" AS "e6",
                        "t62"."active_7" AS "active_7",
                        "t62"."top_7" AS "top_7",
                        "t62"."total_7" AS "total_7",
                        "t62"."admins_7" AS "admins_7",
                        "t62"."admin_events_7" AS "admin_events_7",
                        "t62"."active_28" AS "active_28",
                        "t62"."top_28" AS "top_28",
                        "t62"."total_28" AS "total_28",
                        "t62"."admins_28" AS "admins_28",
                        "t62"."admin_events_28" AS "admin_events_28"
                      FROM (
                        SELECT
                          "t42"."account_id" AS "account_id",
                          COALESCE("t42"."members", 0) AS "members"
                        FROM (
                          SELECT
                            "t7"."account_id" AS "account_id",
                            "t32"."members" AS "members"
                          FROM (
                            SELECT
                              "t0"."account_id" AS "account_id"
                            FROM "accounts" AS "t0"
                          ) AS "t7"
                          LEFT OUTER JOIN (
                            SELECT
                              "t20"."account_id" AS "account_id",
                              COUNT("t20"."user_id") AS "members"
                            FROM "t16" AS "t20"
                            GROUP BY
                              "t20"."account_id"
                          ) AS "t32"
                            ON "t7"."account_id" = "t32"."account_id"
                        ) AS "t42"
                      ) AS "t55"
                      INNER JOIN (
                        SELECT
                          "t0"."account_id" AS "account_id",
                          "t0"."seats" AS "contracted"
                        FROM "accounts" AS "t0"
                      ) AS "t8"
                        ON "t55"."account_id" = "t8"."account_id"
                      LEFT OUTER JOIN (
                        SELECT
                          "t9"."account_id" AS "account_id",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e0",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e1",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('export_csv', 'api_call', 'webhook_created')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e2",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('help_article_viewed')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e3",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-01-05')
                              )
                              AND (
                                "t9"."day" < toDate('2026-02-02')
                              )
                              AND NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e4",
                          MAX(
                            CASE
                              WHEN NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."day"
                              ELSE CAST(NULL AS Nullable(DATE))
                            END
                          ) AS "e5",
                          SUM(
                            CASE
                              WHEN "t9"."event" IN ('integration_connected')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e6"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t1"
                          WHERE
                            isNotNull("t1"."account_id")
                            AND "t1"."day" >= toDate('2025-12-02')
                            AND "t1"."day" < toDate('2026-03-02')
                        ) AS "t9"
                        GROUP BY
                          "t9"."account_id"
                      ) AS "t38"
                        ON "t55"."account_id" = "t38"."account_id"
                      LEFT OUTER JOIN (
                        SELECT
                          "t47"."account_id" AS "account_id",
                          SUM(CASE WHEN "t47"."n_7" > 0 THEN 1 ELSE 0 END) AS "active_7",
                          MAX("t47"."n_7") AS "top_7",
                          SUM("t47"."n_7") AS "total_7",
                          SUM(
                            CASE
                              WHEN (
                                "t47"."n_7" > 0
                              ) AND (
                                COALESCE("t47"."role", '') = 'admin'
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) AS "admins_7",
                          SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_7" ELSE 0 END) AS "admin_events_7",
                          SUM(CASE WHEN "t47"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
                          MAX("t47"."n_28") AS "top_28",
                          SUM("t47"."n_28") AS "total_28",
                          SUM(
                            CASE
                              WHEN (
                                "t47"."n_28" > 0
                              ) AND (
                                COALESCE("t47"."role", '') = 'admin'
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) AS "admins_28",
                          SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_28" ELSE 0 END) AS "admin_events_28"
                        FROM "t43" AS "t47"
                        GROUP BY
                          "t47"."account_id"
                      ) AS "t62"
                        ON "t55"."account_id" = "t62"."account_id"
                    ) AS "t65"
                  ) AS "t70"
                  INNER JOIN (
                    SELECT
                      "t35"."account_id" AS "account_id",
                      CAST(COALESCE("t35"."c", 0) AS Nullable(Float64)) AS "support_tickets_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t23"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t11"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('support_ticket')
                        ) AS "t11"
                        GROUP BY
                          "t11"."account_id"
                      ) AS "t23"
                        ON "t7"."account_id" = "t23"."account_id"
                    ) AS "t35"
                  ) AS "t48"
                    ON "t70"."account_id" = "t48"."account_id"
                  INNER JOIN (
                    SELECT
                      "t36"."account_id" AS "account_id",
                      CAST(COALESCE("t36"."c", 0) AS Nullable(Float64)) AS "seminars_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t24"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t12"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('seminar')
                        ) AS "t12"
                        GROUP BY
                          "t12"."account_id"
                      ) AS "t24"
                        ON "t7"."account_id" = "t24"."account_id"
                    ) AS "t36"
                  ) AS "t49"
                    ON "t70"."account_id" = "t49"."account_id"
                  INNER JOIN (
                    SELECT
                      "t37"."account_id" AS "account_id",
                      CAST(COALESCE("t37"."c", 0) AS Nullable(Float64)) AS "community_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t25"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t13"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('community')
                        ) AS "t13"
                        GROUP BY
                          "t13"."account_id"
                      ) AS "t25"
                        ON "t7"."account_id" = "t25"."account_id"
                    ) AS "t37"
                  ) AS "t50"
                    ON "t70"."account_id" = "t50"."account_id"
                  INNER JOIN (
                    SELECT
                      "t52"."account_id" AS "account_id",
                      "t52"."s" AS "latest_nps"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t41"."s" AS "s"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t29"."account_id" AS "account_id",
                          "t29"."score" AS "s"
                        FROM (
                          SELECT
                            "t14"."touchpoint_id" AS "touchpoint_id",
                            "t14"."ts" AS "ts",
                            "t14"."account_id" AS "account_id",
                            "t14"."user_id" AS "user_id",
                            "t14"."kind" AS "kind",
                            "t14"."title" AS "title",
                            "t14"."body" AS "body",
                            "t14"."score" AS "score",
                            "t14"."properties" AS "properties",
                            "t14"."source" AS "source",
                            "t14"."loaded_at" AS "loaded_at",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t14"."account_id"
                              ORDER BY "t14"."ts" DESC, "t14"."touchpoint_id" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "rn"
                          FROM (
                            SELECT
                              *
                            FROM "touchpoints" AS "t2"
                            WHERE
                              "t2"."ts" >= parseDateTimeBestEffort('2025-03-01T15:00:00')
                              AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                              AND "t2"."kind" = 'nps'
                              AND isNotNull("t2"."score")
                          ) AS "t14"
                        ) AS "t29"
                        WHERE
                          "t29"."rn" = 0
                      ) AS "t41"
                        ON "t7"."account_id" = "t41"."account_id"
                    ) AS "t52"
                  ) AS "t58"
                    ON "t70"."account_id" = "t58"."account_id"
                  INNER JOIN (
                    SELECT
                      "t39"."account_id" AS "account_id",
                      CAST(COALESCE("t39"."d", 0) AS Nullable(Float64)) / 4.0 AS "feature_breadth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t28"."d" AS "d"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t10"."account_id" AS "account_id",
                          uniq("t10"."event") AS "d"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t1"
                          WHERE
                            isNotNull("t1"."account_id")
                            AND "t1"."day" >= toDate('2026-02-02')
                            AND "t1"."day" < toDate('2026-03-02')
                            AND "t1"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS "t10"
                        GROUP BY
                          "t10"."account_id"
                      ) AS "t28"
                        ON "t7"."account_id" = "t28"."account_id"
                    ) AS "t39"
                  ) AS "t54"
                    ON "t70"."account_id" = "t54"."account_id"
                  INNER JOIN (
                    SELECT
                      "t71"."account_id" AS "account_id",
                      "t71"."value" AS "evenness_28d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        CASE
                          WHEN "t68"."total" > 0
                          THEN 1.0 - (
                            (
                              (
                                (
                                  "t68"."weighted" + (
                                    (
                                      "t64"."members" - CAST("t68"."k" AS Nullable(Float64))
                                    ) * CAST("t68"."total" AS Nullable(Float64))
                                  )
                                ) * 2.0
                              ) / (
                                "t64"."members" * CAST("t68"."total" AS Nullable(Float64))
                              )
                            ) - (
                              (
                                "t64"."members" + 1.0
                              ) / "t64"."members"
                            )
                          )
                          ELSE CAST(NULL AS Nullable(Float64))
                        END AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t66"."account_id" AS "account_id",
                          SUM("t66"."c") AS "k",
                          SUM("t66"."n" * "t66"."c") AS "total",
                          SUM("t66"."ranked") AS "weighted"
                        FROM (
                          SELECT
                            "t59"."account_id" AS "account_id",
                            "t59"."n" AS "n",
                            "t59"."c" AS "c",
                            CAST("t59"."n" AS Nullable(Float64)) * (
                              (
                                "t59"."c" * (
                                  SUM("t59"."c") OVER (
                                    PARTITION BY "t59"."account_id"
                                    ORDER BY "t59"."n" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - "t59"."c"
                                )
                              ) + (
                                (
                                  "t59"."c" * (
                                    "t59"."c" + 1
                                  )
                                ) / 2
                              )
                            ) AS "ranked"
                          FROM (
                            SELECT
                              "t56"."account_id" AS "account_id",
                              "t56"."n" AS "n",
                              COUNT(*) AS "c"
                            FROM (
                              SELECT
                                "t47"."account_id" AS "account_id",
                                "t47"."user_id" AS "user_id",
                                "t47"."role" AS "role",
                                "t47"."n_28" AS "n"
                              FROM "t43" AS "t47"
                              WHERE
                                "t47"."n_28" > 0
                            ) AS "t56"
                            GROUP BY
                              "t56"."account_id",
                              "t56"."n"
                          ) AS "t59"
                        ) AS "t66"
                        GROUP BY
                          "t66"."account_id"
                      ) AS "t68"
                        ON "t7"."account_id" = "t68"."account_id"
                      INNER JOIN (
                        SELECT
                          "t60"."account_id" AS "account_id",
                          "t60"."members" AS "members"
                        FROM (
                          SELECT
                            "t55"."account_id" AS "account_id",
                            CAST("t55"."members" AS Nullable(Float64)) AS "members",
                            COALESCE(
                              CAST("t8"."contracted" AS Nullable(Float64)),
                              CAST("t55"."members" AS Nullable(Float64))
                            ) AS "seats"
                          FROM (
                            SELECT
                              "t42"."account_id" AS "account_id",
                              COALESCE("t42"."members", 0) AS "members"
                            FROM (
                              SELECT
                                "t7"."account_id" AS "account_id",
                                "t32"."members" AS "members"
                              FROM (
                                SELECT
                                  "t0"."account_id" AS "account_id"
                                FROM "accounts" AS "t0"
                              ) AS "t7"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t20"."account_id" AS "account_id",
                                  COUNT("t20"."user_id") AS "members"
                                FROM "t16" AS "t20"
                                GROUP BY
                                  "t20"."account_id"
                              ) AS "t32"
                                ON "t7"."account_id" = "t32"."account_id"
                            ) AS "t42"
                          ) AS "t55"
                          INNER JOIN (
                            SELECT
                              "t0"."account_id" AS "account_id",
                              "t0"."seats" AS "contracted"
                            FROM "accounts" AS "t0"
                          ) AS "t8"
                            ON "t55"."account_id" = "t8"."account_id"
                        ) AS "t60"
                      ) AS "t64"
                        ON "t7"."account_id" = "t64"."account_id"
                    ) AS "t71"
                  ) AS "t73"
                    ON "t70"."account_id" = "t73"."account_id"
                ) AS "t75"
                  ON "t27"."account_id" = "t75"."account_id"
              ) AS "t76"
            ) AS "t77"
          ) AS "t78"
        ) AS "t79"
      ) AS "t80"
    ) AS "t81"
    WHERE
      isNotNull("t81"."score")
  ) AS "t83"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t81"."account_id" AS "account_id",
      'utilization' AS "dimension",
      "t81"."d1_score" AS "score",
      "t81"."d1_weight" AS "weight",
      "t81"."d1_points" AS "points"
    FROM (
      SELECT
        "t80".*
        EXCEPT ("_w0", "_w1", "_w2")
      FROM (
        SELECT
          "t79"."account_id" AS "account_id",
          "t79"."live" AS "live",
          "t79"."m0_value" AS "m0_value",
          "t79"."m0_score" AS "m0_score",
          "t79"."m1_value" AS "m1_value",
          "t79"."m1_score" AS "m1_score",
          "t79"."m2_value" AS "m2_value",
          "t79"."m2_score" AS "m2_score",
          "t79"."m3_value" AS "m3_value",
          "t79"."m3_score" AS "m3_score",
          "t79"."m4_value" AS "m4_value",
          "t79"."m4_score" AS "m4_score",
          "t79"."m5_value" AS "m5_value",
          "t79"."m5_score" AS "m5_score",
          "t79"."m6_value" AS "m6_value",
          "t79"."m6_score" AS "m6_score",
          "t79"."m7_value" AS "m7_value",
          "t79"."m7_score" AS "m7_score",
          "t79"."m8_value" AS "m8_value",
          "t79"."m8_score" AS "m8_score",
          "t79"."m9_value" AS "m9_value",
          "t79"."m9_score" AS "m9_score",
          "t79"."m10_value" AS "m10_value",
          "t79"."m10_score" AS "m10_score",
          "t79"."m11_value" AS "m11_value",
          "t79"."m11_score" AS "m11_score",
          "t79"."m12_value" AS "m12_value",
          "t79"."m12_score" AS "m12_score",
          "t79"."m13_value" AS "m13_value",
          "t79"."m13_score" AS "m13_score",
          "t79"."m14_value" AS "m14_value",
          "t79"."m14_score" AS "m14_score",
          "t79"."m15_value" AS "m15_value",
          "t79"."m15_score" AS "m15_score",
          "t79"."m16_value" AS "m16_value",
          "t79"."m16_score" AS "m16_score",
          "t79"."d0_score" AS "d0_score",
          "t79"."d1_score" AS "d1_score",
          "t79"."d2_score" AS "d2_score",
          "t79"."_w0" AS "_w0",
          "t79"."_w1" AS "_w1",
          "t79"."_w2" AS "_w2",
          "t79"."d0_weight" AS "d0_weight",
          "t79"."d1_weight" AS "d1_weight",
          "t79"."d2_weight" AS "d2_weight",
          "t79"."m0_points" AS "m0_points",
          "t79"."m1_points" AS "m1_points",
          "t79"."m2_points" AS "m2_points",
          "t79"."m3_points" AS "m3_points",
          "t79"."m4_points" AS "m4_points",
          "t79"."m5_points" AS "m5_points",
          "t79"."m6_points" AS "m6_points",
          "t79"."m7_points" AS "m7_points",
          "t79"."m8_points" AS "m8_points",
          "t79"."m9_points" AS "m9_points",
          "t79"."m10_points" AS "m10_points",
          "t79"."m11_points" AS "m11_points",
          "t79"."m12_points" AS "m12_points",
          "t79"."m13_points" AS "m13_points",
          "t79"."m14_points" AS "m14_points",
          "t79"."m15_points" AS "m15_points",
          "t79"."m16_points" AS "m16_points",
          CASE
            WHEN isNotNull("t79"."d0_score")
            THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d0_points",
          CASE
            WHEN isNotNull("t79"."d1_score")
            THEN COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d1_points",
          CASE
            WHEN isNotNull("t79"."d2_score")
            THEN COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d2_points",
          CASE
            WHEN isNotNull("t79"."d0_score")
            OR isNotNull("t79"."d1_score")
            OR isNotNull("t79"."d2_score")
            THEN COALESCE("t79"."m0_points", 0.0) + COALESCE("t79"."m1_points", 0.0) + COALESCE("t79"."m2_points", 0.0) + COALESCE("t79"."m3_points", 0.0) + COALESCE("t79"."m4_points", 0.0) + COALESCE("t79"."m5_points", 0.0) + COALESCE("t79"."m6_points", 0.0) + COALESCE("t79"."m7_points", 0.0) + COALESCE("t79"."m8_points", 0.0) + COALESCE("t79"."m9_points", 0.0) + COALESCE("t79"."m10_points", 0.0) + COALESCE("t79"."m11_points", 0.0) + COALESCE("t79"."m12_points", 0.0) + COALESCE("t79"."m13_points", 0.0) + COALESCE("t79"."m14_points", 0.0) + COALESCE("t79"."m15_points", 0.0) + COALESCE("t79"."m16_points", 0.0)
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "score"
        FROM (
          SELECT
            "t78"."account_id" AS "account_id",
            "t78"."live" AS "live",
            "t78"."m0_value" AS "m0_value",
            "t78"."m0_score" AS "m0_score",
            "t78"."m1_value" AS "m1_value",
            "t78"."m1_score" AS "m1_score",
            "t78"."m2_value" AS "m2_value",
            "t78"."m2_score" AS "m2_score",
            "t78"."m3_value" AS "m3_value",
            "t78"."m3_score" AS "m3_score",
            "t78"."m4_value" AS "m4_value",
            "t78"."m4_score" AS "m4_score",
            "t78"."m5_value" AS "m5_value",
            "t78"."m5_score" AS "m5_score",
            "t78"."m6_value" AS "m6_value",
            "t78"."m6_score" AS "m6_score",
            "t78"."m7_value" AS "m7_value",
            "t78"."m7_score" AS "m7_score",
            "t78"."m8_value" AS "m8_value",
            "t78"."m8_score" AS "m8_score",
            "t78"."m9_value" AS "m9_value",
            "t78"."m9_score" AS "m9_score",
            "t78"."m10_value" AS "m10_value",
            "t78"."m10_score" AS "m10_score",
            "t78"."m11_value" AS "m11_value",
            "t78"."m11_score" AS "m11_score",
            "t78"."m12_value" AS "m12_value",
            "t78"."m12_score" AS "m12_score",
            "t78"."m13_value" AS "m13_value",
            "t78"."m13_score" AS "m13_score",
            "t78"."m14_value" AS "m14_value",
            "t78"."m14_score" AS "m14_score",
            "t78"."m15_value" AS "m15_value",
            "t78"."m15_score" AS "m15_score",
            "t78"."m16_value" AS "m16_value",
            "t78"."m16_score" AS "m16_score",
            "t78"."d0_score" AS "d0_score",
            "t78"."d1_score" AS "d1_score",
            "t78"."d2_score" AS "d2_score",
            "t78"."_w0" AS "_w0",
            "t78"."_w1" AS "_w1",
            "t78"."_w2" AS "_w2",
            "t78"."d0_weight" AS "d0_weight",
            "t78"."d1_weight" AS "d1_weight",
            "t78"."d2_weight" AS "d2_weight",
            CASE
              WHEN isNotNull("t78"."m0_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 3.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m0_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m0_points",
            CASE
              WHEN isNotNull("t78"."m1_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m1_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m1_points",
            CASE
              WHEN isNotNull("t78"."m2_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m2_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m2_points",
            CASE
              WHEN isNotNull("t78"."m3_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 1.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m3_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m3_points",
            CASE
              WHEN isNotNull("t78"."m4_score") AND (
                "t78"."_w0" > 0
              )
              THEN (
                (
                  "t78"."d0_weight" * 2.0
                ) / "t78"."_w0"
              ) * 100.0 * "t78"."m4_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m4_points",
            CASE
              WHEN isNotNull("t78"."m5_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 3.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m5_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m5_points",
            CASE
              WHEN isNotNull("t78"."m6_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m6_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m6_points",
            CASE
              WHEN isNotNull("t78"."m7_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m7_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m7_points",
            CASE
              WHEN isNotNull("t78"."m8_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 2.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m8_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m8_points",
            CASE
              WHEN isNotNull("t78"."m9_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m9_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m9_points",
            CASE
              WHEN isNotNull("t78"."m10_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m10_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m10_points",
            CASE
              WHEN isNotNull("t78"."m11_score") AND (
                "t78"."_w1" > 0
              )
              THEN (
                (
                  "t78"."d1_weight" * 1.0
                ) / "t78"."_w1"
              ) * 100.0 * "t78"."m11_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m11_points",
            CASE
              WHEN isNotNull("t78"."m12_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m12_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m12_points",
            CASE
              WHEN isNotNull("t78"."m13_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 1.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m13_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m13_points",
            CASE
              WHEN isNotNull("t78"."m14_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m14_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m14_points",
            CASE
              WHEN isNotNull("t78"."m15_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 2.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m15_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m15_points",
            CASE
              WHEN isNotNull("t78"."m16_score") AND (
                "t78"."_w2" > 0
              )
              THEN (
                (
                  "t78"."d2_weight" * 1.0
                ) / "t78"."_w2"
              ) * 100.0 * "t78"."m16_score"
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "m16_points"
          FROM (
            SELECT
              "t77"."account_id" AS "account_id",
              "t77"."live" AS "live",
              "t77"."m0_value" AS "m0_value",
              "t77"."m0_score" AS "m0_score",
              "t77"."m1_value" AS "m1_value",
              "t77"."m1_score" AS "m1_score",
              "t77"."m2_value" AS "m2_value",
              "t77"."m2_score" AS "m2_score",
              "t77"."m3_value" AS "m3_value",
              "t77"."m3_score" AS "m3_score",
              "t77"."m4_value" AS "m4_value",
              "t77"."m4_score" AS "m4_score",
              "t77"."m5_value" AS "m5_value",
              "t77"."m5_score" AS "m5_score",
              "t77"."m6_value" AS "m6_value",
              "t77"."m6_score" AS "m6_score",
              "t77"."m7_value" AS "m7_value",
              "t77"."m7_score" AS "m7_score",
              "t77"."m8_value" AS "m8_value",
              "t77"."m8_score" AS "m8_score",
              "t77"."m9_value" AS "m9_value",
              "t77"."m9_score" AS "m9_score",
              "t77"."m10_value" AS "m10_value",
              "t77"."m10_score" AS "m10_score",
              "t77"."m11_value" AS "m11_value",
              "t77"."m11_score" AS "m11_score",
              "t77"."m12_value" AS "m12_value",
              "t77"."m12_score" AS "m12_score",
              "t77"."m13_value" AS "m13_value",
              "t77"."m13_score" AS "m13_score",
              "t77"."m14_value" AS "m14_value",
              "t77"."m14_score" AS "m14_score",
              "t77"."m15_value" AS "m15_value",
              "t77"."m15_score" AS "m15_score",
              "t77"."m16_value" AS "m16_value",
              "t77"."m16_score" AS "m16_score",
              "t77"."d0_score" AS "d0_score",
              "t77"."d1_score" AS "d1_score",
              "t77"."d2_score" AS "d2_score",
              "t77"."_w0" AS "_w0",
              "t77"."_w1" AS "_w1",
              "t77"."_w2" AS "_w2",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d0_weight",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d1_weight",
              CASE
                WHEN (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                ) > 0
                THEN CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END / (
                  CASE WHEN isNotNull("t77"."d0_score") THEN 25.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d1_score") THEN 40.0 ELSE 0.0 END + CASE WHEN isNotNull("t77"."d2_score") THEN 35.0 ELSE 0.0 END
                )
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "d2_weight"
            FROM (
              SELECT
                "t76"."account_id" AS "account_id",
                "t76"."live" AS "live",
                "t76"."m0_value" AS "m0_value",
                "t76"."m0_score" AS "m0_score",
                "t76"."m1_value" AS "m1_value",
                "t76"."m1_score" AS "m1_score",
                "t76"."m2_value" AS "m2_value",
                "t76"."m2_score" AS "m2_score",
                "t76"."m3_value" AS "m3_value",
                "t76"."m3_score" AS "m3_score",
                "t76"."m4_value" AS "m4_value",
                "t76"."m4_score" AS "m4_score",
                "t76"."m5_value" AS "m5_value",
                "t76"."m5_score" AS "m5_score",
                "t76"."m6_value" AS "m6_value",
                "t76"."m6_score" AS "m6_score",
                "t76"."m7_value" AS "m7_value",
                "t76"."m7_score" AS "m7_score",
                "t76"."m8_value" AS "m8_value",
                "t76"."m8_score" AS "m8_score",
                "t76"."m9_value" AS "m9_value",
                "t76"."m9_score" AS "m9_score",
                "t76"."m10_value" AS "m10_value",
                "t76"."m10_score" AS "m10_score",
                "t76"."m11_value" AS "m11_value",
                "t76"."m11_score" AS "m11_score",
                "t76"."m12_value" AS "m12_value",
                "t76"."m12_score" AS "m12_score",
                "t76"."m13_value" AS "m13_value",
                "t76"."m13_score" AS "m13_score",
                "t76"."m14_value" AS "m14_value",
                "t76"."m14_score" AS "m14_score",
                "t76"."m15_value" AS "m15_value",
                "t76"."m15_score" AS "m15_score",
                "t76"."m16_value" AS "m16_value",
                "t76"."m16_score" AS "m16_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m0_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m1_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m2_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m3_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m4_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d0_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END * COALESCE("t76"."m5_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m6_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m7_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m8_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m9_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m10_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m11_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d1_score",
                CASE
                  WHEN (
                    CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                  ) > 0
                  THEN (
                    0.0 + (
                      CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m12_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m13_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m14_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END * COALESCE("t76"."m15_score", 0.0)
                    ) + (
                      CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END * COALESCE("t76"."m16_score", 0.0)
                    )
                  ) / (
                    CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END
                  )
                  ELSE CAST(NULL AS Nullable(Float64))
                END AS "d2_score",
                CASE WHEN isNotNull("t76"."m0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m1_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m2_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m3_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m4_score") THEN 2.0 ELSE 0.0 END AS "_w0",
                CASE WHEN isNotNull("t76"."m5_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m6_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m7_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m8_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m9_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m10_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m11_score") THEN 1.0 ELSE 0.0 END AS "_w1",
                CASE WHEN isNotNull("t76"."m12_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m13_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m14_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m15_score") THEN 2.0 ELSE 0.0 END + CASE WHEN isNotNull("t76"."m16_score") THEN 1.0 ELSE 0.0 END AS "_w2"
              FROM (
                SELECT
                  "t27"."account_id" AS "account_id",
                  "t27"."live" AS "live",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."help_views_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m0_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m0_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."support_tickets_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m1_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m1_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."seminars_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m2_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."seminars_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m2_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."community_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m3_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."community_90d" - 0.0
                          ) / 1.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m3_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."latest_nps"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m4_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."latest_nps" - 3.0
                          ) / 6.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m4_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."feature_breadth_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m5_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m5_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."events_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m6_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull("t75"."events_per_active_user_28d")
                      THEN CAST(NULL AS Nullable(Float64))
                      ELSE (
                        (
                          CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                            ORDER BY "t75"."events_per_active_user_28d" ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS Nullable(Float64)) * 2.0
                        ) - CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                          ORDER BY "t75"."events_per_active_user_28d" ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS Nullable(Float64))
                      ) / (
                        CAST(COUNT("t75"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."events_per_active_user_28d")
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS Nullable(Float64)) * 2.0
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m6_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."collaboration_per_active_user_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m7_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m7_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."days_since_last_event"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m8_value",
                  CASE
                    WHEN "t27"."live"
                    THEN COALESCE(
                      CASE
                        WHEN isNull(
                          CASE
                            WHEN isNull((
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                            THEN NULL
                            ELSE LEAST(1.0, (
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                          END
                        )
                        THEN NULL
                        ELSE GREATEST(
                          0.0,
                          CASE
                            WHEN isNull((
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                            THEN NULL
                            ELSE LEAST(1.0, (
                              "t75"."days_since_last_event" - 14.0
                            ) / -12.0)
                          END
                        )
                      END,
                      0.0
                    )
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m8_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."growth_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m9_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m9_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."power_features_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m10_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull("t75"."power_features_28d")
                      THEN CAST(NULL AS Nullable(Float64))
                      ELSE (
                        (
                          CAST(COUNT("t75"."power_features_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                            ORDER BY "t75"."power_features_28d" ASC
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS Nullable(Float64)) * 2.0
                        ) - CAST(COUNT("t75"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                          ORDER BY "t75"."power_features_28d" ASC
                          RANGE BETWEEN CURRENT ROW AND CURRENT ROW
                        ) AS Nullable(Float64))
                      ) / (
                        CAST(COUNT("t75"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), isNull("t75"."power_features_28d")
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS Nullable(Float64)) * 2.0
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m10_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."integrations_90d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m11_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."integrations_90d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m11_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_rate_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m12_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m12_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_rate_7d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m13_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m13_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."evenness_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m14_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m14_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."top_user_share_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m15_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m15_score",
                  CASE
                    WHEN "t27"."live"
                    THEN "t75"."active_admins_28d"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m16_value",
                  CASE
                    WHEN "t27"."live"
                    THEN CASE
                      WHEN isNull(
                        CASE
                          WHEN isNull((
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                        END
                      )
                      THEN NULL
                      ELSE GREATEST(
                        0.0,
                        CASE
                          WHEN isNull((
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                          THEN NULL
                          ELSE LEAST(1.0, (
                            "t75"."active_admins_28d" - 0.0
                          ) / 2.0)
                        END
                      )
                    END
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "m16_score"
                FROM (
                  SELECT
                    "t0"."account_id" AS "account_id",
                    "t0"."tier" AS "tier",
                    (
                      isNull(COALESCE("t0"."trial_started_at", "t0"."contract_started_at"))
                      OR (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < parseDateTimeBestEffort('2026-03-01T15:00:00')
                      )
                    )
                    AND CASE
                      WHEN isNotNull("t0"."churned_at")
                      THEN "t0"."churned_at" >= parseDateTimeBestEffort('2026-03-01T15:00:00')
                      ELSE COALESCE("t0"."status", '') <> 'churned'
                    END AS "live"
                  FROM "accounts" AS "t0"
                ) AS "t27"
                INNER JOIN (
                  SELECT
                    "t70"."account_id" AS "account_id",
                    "t70"."help_views_per_active_user_28d" AS "help_views_per_active_user_28d",
                    "t48"."support_tickets_90d" AS "support_tickets_90d",
                    "t49"."seminars_90d" AS "seminars_90d",
                    "t50"."community_90d" AS "community_90d",
                    "t58"."latest_nps" AS "latest_nps",
                    "t54"."feature_breadth_28d" AS "feature_breadth_28d",
                    "t70"."events_per_active_user_28d" AS "events_per_active_user_28d",
                    "t70"."collaboration_per_active_user_28d" AS "collaboration_per_active_user_28d",
                    "t70"."days_since_last_event" AS "days_since_last_event",
                    "t70"."growth_28d" AS "growth_28d",
                    "t70"."power_features_28d" AS "power_features_28d",
                    "t70"."integrations_90d" AS "integrations_90d",
                    "t70"."active_rate_28d" AS "active_rate_28d",
                    "t70"."active_rate_7d" AS "active_rate_7d",
                    "t73"."evenness_28d" AS "evenness_28d",
                    "t70"."top_user_share_28d" AS "top_user_share_28d",
                    "t70"."active_admins_28d" AS "active_admins_28d"
                  FROM (
                    SELECT
                      "t65"."account_id" AS "account_id",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e3", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "help_views_per_active_user_28d",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "events_per_active_user_28d",
                      CASE
                        WHEN COALESCE("t65"."active_28", 0) > 0
                        THEN CAST(COALESCE("t65"."e1", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "collaboration_per_active_user_28d",
                      CAST(DATE_DIFF(DAY, "t65"."e5", toDate('2026-03-02')) AS Nullable(Float64)) AS "days_since_last_event",
                      CASE
                        WHEN COALESCE("t65"."e4", 0) > 0
                        THEN CAST(COALESCE("t65"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."e4", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "growth_28d",
                      CAST(COALESCE("t65"."e2", 0) AS Nullable(Float64)) AS "power_features_28d",
                      CAST(COALESCE("t65"."e6", 0) AS Nullable(Float64)) AS "integrations_90d",
                      CASE
                        WHEN "t65"."seats" > 0
                        THEN CAST(COALESCE("t65"."active_28", 0) AS Nullable(Float64)) / "t65"."seats"
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "active_rate_28d",
                      CASE
                        WHEN "t65"."seats" > 0
                        THEN CAST(COALESCE("t65"."active_7", 0) AS Nullable(Float64)) / "t65"."seats"
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "active_rate_7d",
                      CASE
                        WHEN COALESCE("t65"."total_28", 0) > 0
                        THEN CAST(COALESCE("t65"."top_28", 0) AS Nullable(Float64)) / CAST(COALESCE("t65"."total_28", 0) AS Nullable(Float64))
                        ELSE CAST(NULL AS Nullable(Float64))
                      END AS "top_user_share_28d",
                      CAST(COALESCE("t65"."admins_28", 0) AS Nullable(Float64)) AS "active_admins_28d"
                    FROM (
                      SELECT
                        "t55"."account_id" AS "account_id",
                        CAST("t55"."members" AS Nullable(Float64)) AS "members",
                        COALESCE(
                          CAST("t8"."contracted" AS Nullable(Float64)),
                          CAST("t55"."members" AS Nullable(Float64))
                        ) AS "seats",
                        "t38"."e0" AS "e0",
                        "t38"."e1" AS "e1",
                        "t38"."e2" AS "e2",
                        "t38"."e3" AS "e3",
                        "t38"."e4" AS "e4",
                        "t38"."e5" AS "e5",
                        "t38"."e6" AS "e6",
                        "t62"."active_7" AS "active_7",
                        "t62"."top_7" AS "top_7",
                        "t62"."total_7" AS "total_7",
                        "t62"."admins_7" AS "admins_7",
                        "t62"."admin_events_7" AS "admin_events_7",
                        "t62"."active_28" AS "active_28",
                        "t62"."top_28" AS "top_28",
                        "t62"."total_28" AS "total_28",
                        "t62"."admins_28" AS "admins_28",
                        "t62"."admin_events_28" AS "admin_events_28"
                      FROM (
                        SELECT
                          "t42"."account_id" AS "account_id",
                          COALESCE("t42"."members", 0) AS "members"
                        FROM (
                          SELECT
                            "t7"."account_id" AS "account_id",
                            "t32"."members" AS "members"
                          FROM (
                            SELECT
                              "t0"."account_id" AS "account_id"
                            FROM "accounts" AS "t0"
                          ) AS "t7"
                          LEFT OUTER JOIN (
                            SELECT
                              "t20"."account_id" AS "account_id",
                              COUNT("t20"."user_id") AS "members"
                            FROM "t16" AS "t20"
                            GROUP BY
                              "t20"."account_id"
                          ) AS "t32"
                            ON "t7"."account_id" = "t32"."account_id"
                        ) AS "t42"
                      ) AS "t55"
                      INNER JOIN (
                        SELECT
                          "t0"."account_id" AS "account_id",
                          "t0"."seats" AS "contracted"
                        FROM "accounts" AS "t0"
                      ) AS "t8"
                        ON "t55"."account_id" = "t8"."account_id"
                      LEFT OUTER JOIN (
                        SELECT
                          "t9"."account_id" AS "account_id",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e0",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e1",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('export_csv', 'api_call', 'webhook_created')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e2",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-02-02')
                              )
                              AND "t9"."event" IN ('help_article_viewed')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e3",
                          SUM(
                            CASE
                              WHEN (
                                "t9"."day" >= toDate('2026-01-05')
                              )
                              AND (
                                "t9"."day" < toDate('2026-02-02')
                              )
                              AND NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e4",
                          MAX(
                            CASE
                              WHEN NOT (
                                "t9"."event" IN ('email_opened')
                              )
                              THEN "t9"."day"
                              ELSE CAST(NULL AS Nullable(DATE))
                            END
                          ) AS "e5",
                          SUM(
                            CASE
                              WHEN "t9"."event" IN ('integration_connected')
                              THEN "t9"."n"
                              ELSE CAST(NULL AS Nullable(Int64))
                            END
                          ) AS "e6"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t1"
                          WHERE
                            isNotNull("t1"."account_id")
                            AND "t1"."day" >= toDate('2025-12-02')
                            AND "t1"."day" < toDate('2026-03-02')
                        ) AS "t9"
                        GROUP BY
                          "t9"."account_id"
                      ) AS "t38"
                        ON "t55"."account_id" = "t38"."account_id"
                      LEFT OUTER JOIN (
                        SELECT
                          "t47"."account_id" AS "account_id",
                          SUM(CASE WHEN "t47"."n_7" > 0 THEN 1 ELSE 0 END) AS "active_7",
                          MAX("t47"."n_7") AS "top_7",
                          SUM("t47"."n_7") AS "total_7",
                          SUM(
                            CASE
                              WHEN (
                                "t47"."n_7" > 0
                              ) AND (
                                COALESCE("t47"."role", '') = 'admin'
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) AS "admins_7",
                          SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_7" ELSE 0 END) AS "admin_events_7",
                          SUM(CASE WHEN "t47"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
                          MAX("t47"."n_28") AS "top_28",
                          SUM("t47"."n_28") AS "total_28",
                          SUM(
                            CASE
                              WHEN (
                                "t47"."n_28" > 0
                              ) AND (
                                COALESCE("t47"."role", '') = 'admin'
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) AS "admins_28",
                          SUM(CASE WHEN COALESCE("t47"."role", '') = 'admin' THEN "t47"."n_28" ELSE 0 END) AS "admin_events_28"
                        FROM "t43" AS "t47"
                        GROUP BY
                          "t47"."account_id"
                      ) AS "t62"
                        ON "t55"."account_id" = "t62"."account_id"
                    ) AS "t65"
                  ) AS "t70"
                  INNER JOIN (
                    SELECT
                      "t35"."account_id" AS "account_id",
                      CAST(COALESCE("t35"."c", 0) AS Nullable(Float64)) AS "support_tickets_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t23"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t11"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('support_ticket')
                        ) AS "t11"
                        GROUP BY
                          "t11"."account_id"
                      ) AS "t23"
                        ON "t7"."account_id" = "t23"."account_id"
                    ) AS "t35"
                  ) AS "t48"
                    ON "t70"."account_id" = "t48"."account_id"
                  INNER JOIN (
                    SELECT
                      "t36"."account_id" AS "account_id",
                      CAST(COALESCE("t36"."c", 0) AS Nullable(Float64)) AS "seminars_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t24"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t12"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('seminar')
                        ) AS "t12"
                        GROUP BY
                          "t12"."account_id"
                      ) AS "t24"
                        ON "t7"."account_id" = "t24"."account_id"
                    ) AS "t36"
                  ) AS "t49"
                    ON "t70"."account_id" = "t49"."account_id"
                  INNER JOIN (
                    SELECT
                      "t37"."account_id" AS "account_id",
                      CAST(COALESCE("t37"."c", 0) AS Nullable(Float64)) AS "community_90d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t25"."c" AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t13"."account_id" AS "account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t2"
                          WHERE
                            "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                            AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                            AND "t2"."kind" IN ('community')
                        ) AS "t13"
                        GROUP BY
                          "t13"."account_id"
                      ) AS "t25"
                        ON "t7"."account_id" = "t25"."account_id"
                    ) AS "t37"
                  ) AS "t50"
                    ON "t70"."account_id" = "t50"."account_id"
                  INNER JOIN (
                    SELECT
                      "t52"."account_id" AS "account_id",
                      "t52"."s" AS "latest_nps"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t41"."s" AS "s"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t29"."account_id" AS "account_id",
                          "t29"."score" AS "s"
                        FROM (
                          SELECT
                            "t14"."touchpoint_id" AS "touchpoint_id",
                            "t14"."ts" AS "ts",
                            "t14"."account_id" AS "account_id",
                            "t14"."user_id" AS "user_id",
                            "t14"."kind" AS "kind",
                            "t14"."title" AS "title",
                            "t14"."body" AS "body",
                            "t14"."score" AS "score",
                            "t14"."properties" AS "properties",
                            "t14"."source" AS "source",
                            "t14"."loaded_at" AS "loaded_at",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t14"."account_id"
                              ORDER BY "t14"."ts" DESC, "t14"."touchpoint_id" DESC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                            ) - 1 AS "rn"
                          FROM (
                            SELECT
                              *
                            FROM "touchpoints" AS "t2"
                            WHERE
                              "t2"."ts" >= parseDateTimeBestEffort('2025-03-01T15:00:00')
                              AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                              AND "t2"."kind" = 'nps'
                              AND isNotNull("t2"."score")
                          ) AS "t14"
                        ) AS "t29"
                        WHERE
                          "t29"."rn" = 0
                      ) AS "t41"
                        ON "t7"."account_id" = "t41"."account_id"
                    ) AS "t52"
                  ) AS "t58"
                    ON "t70"."account_id" = "t58"."account_id"
                  INNER JOIN (
                    SELECT
                      "t39"."account_id" AS "account_id",
                      CAST(COALESCE("t39"."d", 0) AS Nullable(Float64)) / 4.0 AS "feature_breadth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t28"."d" AS "d"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t10"."account_id" AS "account_id",
                          uniq("t10"."event") AS "d"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t1"
                          WHERE
                            isNotNull("t1"."account_id")
                            AND "t1"."day" >= toDate('2026-02-02')
                            AND "t1"."day" < toDate('2026-03-02')
                            AND "t1"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS "t10"
                        GROUP BY
                          "t10"."account_id"
                      ) AS "t28"
                        ON "t7"."account_id" = "t28"."account_id"
                    ) AS "t39"
                  ) AS "t54"
                    ON "t70"."account_id" = "t54"."account_id"
                  INNER JOIN (
                    SELECT
                      "t71"."account_id" AS "account_id",
                      "t71"."value" AS "evenness_28d"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        CASE
                          WHEN "t68"."total" > 0
                          THEN 1.0 - (
                            (
                              (
                                (
                                  "t68"."weighted" + (
                                    (
                                      "t64"."members" - CAST("t68"."k" AS Nullable(Float64))
                                    ) * CAST("t68"."total" AS Nullable(Float64))
                                  )
                                ) * 2.0
                              ) / (
                                "t64"."members" * CAST("t68"."total" AS Nullable(Float64))
                              )
                            ) - (
                              (
                                "t64"."members" + 1.0
                              ) / "t64"."members"
                            )
                          )
                          ELSE CAST(NULL AS Nullable(Float64))
                        END AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t66"."account_id" AS "account_id",
                          SUM("t66"."c") AS "k",
                          SUM("t66"."n" * "t66"."c") AS "total",
                          SUM("t66"."ranked") AS "weighted"
                        FROM (
                          SELECT
                            "t59"."account_id" AS "account_id",
                            "t59"."n" AS "n",
                            "t59"."c" AS "c",
                            CAST("t59"."n" AS Nullable(Float64)) * (
                              (
                                "t59"."c" * (
                                  SUM("t59"."c") OVER (
                                    PARTITION BY "t59"."account_id"
                                    ORDER BY "t59"."n" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - "t59"."c"
                                )
                              ) + (
                                (
                                  "t59"."c" * (
                                    "t59"."c" + 1
                                  )
                                ) / 2
                              )
                            ) AS "ranked"
                          FROM (
                            SELECT
                              "t56"."account_id" AS "account_id",
                              "t56"."n" AS "n",
                              COUNT(*) AS "c"
                            FROM (
                              SELECT
                                "t47"."account_id" AS "account_id",
                                "t47"."user_id" AS "user_id",
                                "t47"."role" AS "role",
                                "t47"."n_28" AS "n"
                              FROM "t43" AS "t47"
                              WHERE
                                "t47"."n_28" > 0
                            ) AS "t56"
                            GROUP BY
                              "t56"."account_id",
                              "t56"."n"
                          ) AS "t59"
                        ) AS "t66"
                        GROUP BY
                          "t66"."account_id"
                      ) AS "t68"
                        ON "t7"."account_id" = "t68"."account_id"
                      INNER JOIN (
                        SELECT
                          "t60"."account_id" AS "account_id",
                          "t60"."members" AS "members"
                        FROM (
                          SELECT
                            "t55"."account_id" AS "account_id",
                            CAST("t55"."members" AS Nullable(Float64)) AS "members",
                            COALESCE(
                              CAST("t8"."contracted" AS Nullable(Float64)),
                              CAST("t55"."members" AS Nullable(Float64))
                            ) AS "seats"
                          FROM (
                            SELECT
                              "t42"."account_id" AS "account_id",
                              COALESCE("t42"."members", 0) AS "members"
                            FROM (
                              SELECT
                                "t7"."account_id" AS "account_id",
                                "t32"."members" AS "members"
                              FROM (
                                SELECT
                                  "t0"."account_id" AS "account_id"
                                FROM "accounts" AS "t0"
                              ) AS "t7"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t20"."account_id" AS "account_id",
                                  COUNT("t20"."user_id") AS "members"
                                FROM "t16" AS "t20"
                                GROUP BY
                                  "t20"."account_id"
                              ) AS "t32"
                                ON "t7"."account_id" = "t32"."account_id"
                            ) AS "t42"
                          ) AS "t55"
                          INNER JOIN (
                            SELECT
                              "t0"."account_id" AS "account_id",
                              "t0"."seats" AS "contracted"
                            FROM "accounts" AS "t0"
                          ) AS "t8"
                            ON "t55"."account_id" = "t8"."account_id"
                        ) AS "t60"
                      ) AS "t64"
                        ON "t7"."account_id" = "t64"."account_id"
                    ) AS "t71"
                  ) AS "t73"
                    ON "t70"."account_id" = "t73"."account_id"
                ) AS "t75"
                  ON "t27"."account_id" = "t75"."account_id"
              ) AS "t76"
            ) AS "t77"
          ) AS "t78"
        ) AS "t79"
      ) AS "t80"
    ) AS "t81"
    WHERE
      isNotNull("t81"."score")
  ) AS "t84"
) AS "t85"
