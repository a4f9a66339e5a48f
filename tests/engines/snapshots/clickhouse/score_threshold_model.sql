WITH "t12" AS (
  SELECT
    "t4"."account_id" AS "account_id",
    "t4"."user_id" AS "user_id",
    "t4"."role" AS "role"
  FROM "memberships" AS "t4"
  WHERE
    isNull("t4"."joined_at")
    OR (
      "t4"."joined_at" < parseDateTimeBestEffort('2026-03-01T15:00:00')
    )
)
SELECT
  "t44"."account_id" AS "account_id",
  "t44"."live" AS "live",
  "t44"."m0_value" AS "m0_value",
  "t44"."m0_score" AS "m0_score",
  "t44"."m1_value" AS "m1_value",
  "t44"."m1_score" AS "m1_score",
  "t44"."m2_value" AS "m2_value",
  "t44"."m2_score" AS "m2_score",
  "t44"."d0_score" AS "d0_score",
  "t44"."d1_score" AS "d1_score",
  "t44"."d0_weight" AS "d0_weight",
  "t44"."d1_weight" AS "d1_weight",
  "t44"."m0_points" AS "m0_points",
  "t44"."m1_points" AS "m1_points",
  "t44"."m2_points" AS "m2_points",
  "t44"."d0_points" AS "d0_points",
  "t44"."d1_points" AS "d1_points",
  "t44"."score" AS "score",
  CASE
    WHEN isNull("t44"."score")
    THEN CAST(NULL AS Nullable(String))
    WHEN "t44"."score" >= 70.0
    THEN 'good'
    WHEN "t44"."score" < 40.0
    THEN 'bad'
    ELSE 'normal'
  END AS "band"
FROM (
  SELECT
    "t43".*
    EXCEPT ("_w0", "_w1")
  FROM (
    SELECT
      "t42"."account_id" AS "account_id",
      "t42"."live" AS "live",
      "t42"."m0_value" AS "m0_value",
      "t42"."m0_score" AS "m0_score",
      "t42"."m1_value" AS "m1_value",
      "t42"."m1_score" AS "m1_score",
      "t42"."m2_value" AS "m2_value",
      "t42"."m2_score" AS "m2_score",
      "t42"."d0_score" AS "d0_score",
      "t42"."d1_score" AS "d1_score",
      "t42"."_w0" AS "_w0",
      "t42"."_w1" AS "_w1",
      "t42"."d0_weight" AS "d0_weight",
      "t42"."d1_weight" AS "d1_weight",
      "t42"."m0_points" AS "m0_points",
      "t42"."m1_points" AS "m1_points",
      "t42"."m2_points" AS "m2_points",
      CASE
        WHEN isNotNull("t42"."d0_score")
        THEN COALESCE("t42"."m0_points", 0.0) + COALESCE("t42"."m1_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d0_points",
      CASE
        WHEN isNotNull("t42"."d1_score")
        THEN COALESCE("t42"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d1_points",
      CASE
        WHEN isNotNull("t42"."d0_score") OR isNotNull("t42"."d1_score")
        THEN COALESCE("t42"."m0_points", 0.0) + COALESCE("t42"."m1_points", 0.0) + COALESCE("t42"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "score"
    FROM (
      SELECT
        "t41"."account_id" AS "account_id",
        "t41"."live" AS "live",
        "t41"."m0_value" AS "m0_value",
        "t41"."m0_score" AS "m0_score",
        "t41"."m1_value" AS "m1_value",
        "t41"."m1_score" AS "m1_score",
        "t41"."m2_value" AS "m2_value",
        "t41"."m2_score" AS "m2_score",
        "t41"."d0_score" AS "d0_score",
        "t41"."d1_score" AS "d1_score",
        "t41"."_w0" AS "_w0",
        "t41"."_w1" AS "_w1",
        "t41"."d0_weight" AS "d0_weight",
        "t41"."d1_weight" AS "d1_weight",
        CASE
          WHEN isNotNull("t41"."m0_score") AND (
            "t41"."_w0" > 0
          )
          THEN (
            (
              "t41"."d0_weight" * 1.0
            ) / "t41"."_w0"
          ) * 100.0 * "t41"."m0_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m0_points",
        CASE
          WHEN isNotNull("t41"."m1_score") AND (
            "t41"."_w0" > 0
          )
          THEN (
            (
              "t41"."d0_weight" * 2.0
            ) / "t41"."_w0"
          ) * 100.0 * "t41"."m1_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m1_points",
        CASE
          WHEN isNotNull("t41"."m2_score") AND (
            "t41"."_w1" > 0
          )
          THEN (
            (
              "t41"."d1_weight" * 1.0
            ) / "t41"."_w1"
          ) * 100.0 * "t41"."m2_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m2_points"
      FROM (
        SELECT
          "t40"."account_id" AS "account_id",
          "t40"."live" AS "live",
          "t40"."m0_value" AS "m0_value",
          "t40"."m0_score" AS "m0_score",
          "t40"."m1_value" AS "m1_value",
          "t40"."m1_score" AS "m1_score",
          "t40"."m2_value" AS "m2_value",
          "t40"."m2_score" AS "m2_score",
          "t40"."d0_score" AS "d0_score",
          "t40"."d1_score" AS "d1_score",
          "t40"."_w0" AS "_w0",
          "t40"."_w1" AS "_w1",
          CASE
            WHEN (
              CASE WHEN isNotNull("t40"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t40"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t40"."d0_score") THEN 3.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t40"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t40"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d0_weight",
          CASE
            WHEN (
              CASE WHEN isNotNull("t40"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t40"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t40"."d1_score") THEN 1.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t40"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t40"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d1_weight"
        FROM (
          SELECT
            "t39"."account_id" AS "account_id",
            "t39"."live" AS "live",
            "t39"."m0_value" AS "m0_value",
            "t39"."m0_score" AS "m0_score",
            "t39"."m1_value" AS "m1_value",
            "t39"."m1_score" AS "m1_score",
            "t39"."m2_value" AS "m2_value",
            "t39"."m2_score" AS "m2_score",
            CASE
              WHEN (
                CASE WHEN isNotNull("t39"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t39"."m1_score") THEN 2.0 ELSE 0.0 END
              ) > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t39"."m0_score") THEN 1.0 ELSE 0.0 END * COALESCE("t39"."m0_score", 0.0)
                ) + (
                  CASE WHEN isNotNull("t39"."m1_score") THEN 2.0 ELSE 0.0 END * COALESCE("t39"."m1_score", 0.0)
                )
              ) / (
                CASE WHEN isNotNull("t39"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t39"."m1_score") THEN 2.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d0_score",
            CASE
              WHEN CASE WHEN isNotNull("t39"."m2_score") THEN 1.0 ELSE 0.0 END > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t39"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t39"."m2_score", 0.0)
                )
              ) / CASE WHEN isNotNull("t39"."m2_score") THEN 1.0 ELSE 0.0 END
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d1_score",
            CASE WHEN isNotNull("t39"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t39"."m1_score") THEN 2.0 ELSE 0.0 END AS "_w0",
            CASE WHEN isNotNull("t39"."m2_score") THEN 1.0 ELSE 0.0 END AS "_w1"
          FROM (
            SELECT
              "t19"."account_id" AS "account_id",
              "t19"."live" AS "live",
              CASE
                WHEN "t19"."live"
                THEN "t38"."events_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t38"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t38"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_score",
              CASE
                WHEN "t19"."live"
                THEN "t38"."active_rate_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t38"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t38"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_score",
              CASE
                WHEN "t19"."live"
                THEN "t38"."support_tickets_90d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m2_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t38"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t38"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t38"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m2_score"
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
            ) AS "t19"
            INNER JOIN (
              SELECT
                "t36"."account_id" AS "account_id",
                "t36"."events_28d" AS "events_28d",
                "t36"."active_rate_28d" AS "active_rate_28d",
                "t29"."support_tickets_90d" AS "support_tickets_90d"
              FROM (
                SELECT
                  "t34"."account_id" AS "account_id",
                  CAST(COALESCE("t34"."e0", 0) AS Nullable(Float64)) AS "events_28d",
                  CASE
                    WHEN "t34"."seats" > 0
                    THEN CAST(COALESCE("t34"."active_28", 0) AS Nullable(Float64)) / "t34"."seats"
                    ELSE CAST(NULL AS Nullable(Float64))
                  END AS "active_rate_28d"
                FROM (
                  SELECT
                    "t31"."account_id" AS "account_id",
                    CAST("t31"."members" AS Nullable(Float64)) AS "members",
                    COALESCE(
                      CAST("t8"."contracted" AS Nullable(Float64)),
                      CAST("t31"."members" AS Nullable(Float64))
                    ) AS "seats",
                    "t24"."e0" AS "e0",
                    "t33"."active_28" AS "active_28",
                    "t33"."top_28" AS "top_28",
                    "t33"."total_28" AS "total_28",
                    "t33"."admins_28" AS "admins_28",
                    "t33"."admin_events_28" AS "admin_events_28"
                  FROM (
                    SELECT
                      "t27"."account_id" AS "account_id",
                      COALESCE("t27"."members", 0) AS "members"
                    FROM (
                      SELECT
                        "t7"."account_id" AS "account_id",
                        "t23"."members" AS "members"
                      FROM (
                        SELECT
                          "t0"."account_id" AS "account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t14"."account_id" AS "account_id",
                          COUNT("t14"."user_id") AS "members"
                        FROM "t12" AS "t14"
                        GROUP BY
                          "t14"."account_id"
                      ) AS "t23"
                        ON "t7"."account_id" = "t23"."account_id"
                    ) AS "t27"
                  ) AS "t31"
                  INNER JOIN (
                    SELECT
                      "t0"."account_id" AS "account_id",
                      "t0"."seats" AS "contracted"
                    FROM "accounts" AS "t0"
                  ) AS "t8"
                    ON "t31"."account_id" = "t8"."account_id"
                  LEFT OUTER JOIN (
                    SELECT
                      "t9"."account_id" AS "account_id",
                      SUM(
                        CASE
                          WHEN NOT (
                            "t9"."event" IN ('email_opened')
                          )
                          THEN "t9"."n"
                          ELSE CAST(NULL AS Nullable(Int64))
                        END
                      ) AS "e0"
                    FROM (
                      SELECT
                        *
                      FROM "account_daily" AS "t1"
                      WHERE
                        isNotNull("t1"."account_id")
                        AND "t1"."day" >= toDate('2026-02-02')
                        AND "t1"."day" < toDate('2026-03-02')
                    ) AS "t9"
                    GROUP BY
                      "t9"."account_id"
                  ) AS "t24"
                    ON "t31"."account_id" = "t24"."account_id"
                  LEFT OUTER JOIN (
                    SELECT
                      "t26"."account_id" AS "account_id",
                      SUM(CASE WHEN "t26"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
                      MAX("t26"."n_28") AS "top_28",
                      SUM("t26"."n_28") AS "total_28",
                      SUM(
                        CASE
                          WHEN (
                            "t26"."n_28" > 0
                          ) AND (
                            COALESCE("t26"."role", '') = 'admin'
                          )
                          THEN 1
                          ELSE 0
                        END
                      ) AS "admins_28",
                      SUM(CASE WHEN COALESCE("t26"."role", '') = 'admin' THEN "t26"."n_28" ELSE 0 END) AS "admin_events_28"
                    FROM (
                      SELECT
                        "t20"."account_id" AS "account_id",
                        "t20"."user_id" AS "user_id",
                        "t18"."role" AS "role",
                        "t20"."n_28" AS "n_28"
                      FROM (
                        SELECT
                          "t11"."account_id" AS "account_id",
                          "t11"."user_id" AS "user_id",
                          SUM("t11"."n") AS "n_28"
                        FROM (
                          SELECT
                            *
                          FROM "user_daily" AS "t3"
                          WHERE
                            isNotNull("t3"."account_id")
                            AND "t3"."day" >= toDate('2026-02-02')
                            AND "t3"."day" < toDate('2026-03-02')
                            AND isNotNull("t3"."user_id")
                        ) AS "t11"
                        GROUP BY
                          "t11"."account_id",
                          "t11"."user_id"
                      ) AS "t20"
                      INNER JOIN "t12" AS "t18"
                        ON "t20"."account_id" = "t18"."account_id" AND "t20"."user_id" = "t18"."user_id"
                    ) AS "t26"
                    GROUP BY
                      "t26"."account_id"
                  ) AS "t33"
                    ON "t31"."account_id" = "t33"."account_id"
                ) AS "t34"
              ) AS "t36"
              INNER JOIN (
                SELECT
                  "t25"."account_id" AS "account_id",
                  CAST(COALESCE("t25"."c", 0) AS Nullable(Float64)) AS "support_tickets_90d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    "t16"."c" AS "c"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t10"."account_id" AS "account_id",
                      COUNT(*) AS "c"
                    FROM (
                      SELECT
                        *
                      FROM "touchpoints" AS "t2"
                      WHERE
                        "t2"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                        AND "t2"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                        AND "t2"."kind" IN ('support_ticket')
                    ) AS "t10"
                    GROUP BY
                      "t10"."account_id"
                  ) AS "t16"
                    ON "t7"."account_id" = "t16"."account_id"
                ) AS "t25"
              ) AS "t29"
                ON "t36"."account_id" = "t29"."account_id"
            ) AS "t38"
              ON "t19"."account_id" = "t38"."account_id"
          ) AS "t39"
        ) AS "t40"
      ) AS "t41"
    ) AS "t42"
  ) AS "t43"
) AS "t44"
