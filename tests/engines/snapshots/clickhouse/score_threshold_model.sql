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
  "t48"."account_id" AS "account_id",
  "t48"."live" AS "live",
  "t48"."m0_value" AS "m0_value",
  "t48"."m0_score" AS "m0_score",
  "t48"."m1_value" AS "m1_value",
  "t48"."m1_score" AS "m1_score",
  "t48"."m2_value" AS "m2_value",
  "t48"."m2_score" AS "m2_score",
  "t48"."d0_score" AS "d0_score",
  "t48"."d1_score" AS "d1_score",
  "t48"."d0_weight" AS "d0_weight",
  "t48"."d1_weight" AS "d1_weight",
  "t48"."m0_points" AS "m0_points",
  "t48"."m1_points" AS "m1_points",
  "t48"."m2_points" AS "m2_points",
  "t48"."d0_points" AS "d0_points",
  "t48"."d1_points" AS "d1_points",
  "t48"."score" AS "score",
  CASE
    WHEN isNull("t48"."score")
    THEN CAST(NULL AS Nullable(String))
    WHEN "t48"."score" >= 70.0
    THEN 'good'
    WHEN "t48"."score" < 40.0
    THEN 'bad'
    ELSE 'normal'
  END AS "band"
FROM (
  SELECT
    "t47".*
    EXCEPT ("_w0", "_w1")
  FROM (
    SELECT
      "t46"."account_id" AS "account_id",
      "t46"."live" AS "live",
      "t46"."m0_value" AS "m0_value",
      "t46"."m0_score" AS "m0_score",
      "t46"."m1_value" AS "m1_value",
      "t46"."m1_score" AS "m1_score",
      "t46"."m2_value" AS "m2_value",
      "t46"."m2_score" AS "m2_score",
      "t46"."d0_score" AS "d0_score",
      "t46"."d1_score" AS "d1_score",
      "t46"."_w0" AS "_w0",
      "t46"."_w1" AS "_w1",
      "t46"."d0_weight" AS "d0_weight",
      "t46"."d1_weight" AS "d1_weight",
      "t46"."m0_points" AS "m0_points",
      "t46"."m1_points" AS "m1_points",
      "t46"."m2_points" AS "m2_points",
      CASE
        WHEN isNotNull("t46"."d0_score")
        THEN COALESCE("t46"."m0_points", 0.0) + COALESCE("t46"."m1_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d0_points",
      CASE
        WHEN isNotNull("t46"."d1_score")
        THEN COALESCE("t46"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d1_points",
      CASE
        WHEN isNotNull("t46"."d0_score") OR isNotNull("t46"."d1_score")
        THEN COALESCE("t46"."m0_points", 0.0) + COALESCE("t46"."m1_points", 0.0) + COALESCE("t46"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "score"
    FROM (
      SELECT
        "t45"."account_id" AS "account_id",
        "t45"."live" AS "live",
        "t45"."m0_value" AS "m0_value",
        "t45"."m0_score" AS "m0_score",
        "t45"."m1_value" AS "m1_value",
        "t45"."m1_score" AS "m1_score",
        "t45"."m2_value" AS "m2_value",
        "t45"."m2_score" AS "m2_score",
        "t45"."d0_score" AS "d0_score",
        "t45"."d1_score" AS "d1_score",
        "t45"."_w0" AS "_w0",
        "t45"."_w1" AS "_w1",
        "t45"."d0_weight" AS "d0_weight",
        "t45"."d1_weight" AS "d1_weight",
        CASE
          WHEN isNotNull("t45"."m0_score") AND (
            "t45"."_w0" > 0
          )
          THEN (
            (
              "t45"."d0_weight" * 1.0
            ) / "t45"."_w0"
          ) * 100.0 * "t45"."m0_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m0_points",
        CASE
          WHEN isNotNull("t45"."m1_score") AND (
            "t45"."_w0" > 0
          )
          THEN (
            (
              "t45"."d0_weight" * 2.0
            ) / "t45"."_w0"
          ) * 100.0 * "t45"."m1_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m1_points",
        CASE
          WHEN isNotNull("t45"."m2_score") AND (
            "t45"."_w1" > 0
          )
          THEN (
            (
              "t45"."d1_weight" * 1.0
            ) / "t45"."_w1"
          ) * 100.0 * "t45"."m2_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m2_points"
      FROM (
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
          "t44"."_w0" AS "_w0",
          "t44"."_w1" AS "_w1",
          CASE
            WHEN (
              CASE WHEN isNotNull("t44"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t44"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t44"."d0_score") THEN 3.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t44"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t44"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d0_weight",
          CASE
            WHEN (
              CASE WHEN isNotNull("t44"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t44"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t44"."d1_score") THEN 1.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t44"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t44"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d1_weight"
        FROM (
          SELECT
            "t43"."account_id" AS "account_id",
            "t43"."live" AS "live",
            "t43"."m0_value" AS "m0_value",
            "t43"."m0_score" AS "m0_score",
            "t43"."m1_value" AS "m1_value",
            "t43"."m1_score" AS "m1_score",
            "t43"."m2_value" AS "m2_value",
            "t43"."m2_score" AS "m2_score",
            CASE
              WHEN (
                CASE WHEN isNotNull("t43"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t43"."m1_score") THEN 2.0 ELSE 0.0 END
              ) > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t43"."m0_score") THEN 1.0 ELSE 0.0 END * COALESCE("t43"."m0_score", 0.0)
                ) + (
                  CASE WHEN isNotNull("t43"."m1_score") THEN 2.0 ELSE 0.0 END * COALESCE("t43"."m1_score", 0.0)
                )
              ) / (
                CASE WHEN isNotNull("t43"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t43"."m1_score") THEN 2.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d0_score",
            CASE
              WHEN CASE WHEN isNotNull("t43"."m2_score") THEN 1.0 ELSE 0.0 END > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t43"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t43"."m2_score", 0.0)
                )
              ) / CASE WHEN isNotNull("t43"."m2_score") THEN 1.0 ELSE 0.0 END
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d1_score",
            CASE WHEN isNotNull("t43"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t43"."m1_score") THEN 2.0 ELSE 0.0 END AS "_w0",
            CASE WHEN isNotNull("t43"."m2_score") THEN 1.0 ELSE 0.0 END AS "_w1"
          FROM (
            SELECT
              "t19"."account_id" AS "account_id",
              "t19"."live" AS "live",
              CASE
                WHEN "t19"."live"
                THEN "t42"."events_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t42"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t42"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_score",
              CASE
                WHEN "t19"."live"
                THEN "t42"."active_rate_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t42"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t42"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_score",
              CASE
                WHEN "t19"."live"
                THEN "t42"."support_tickets_90d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m2_value",
              CASE
                WHEN "t19"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t42"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t42"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t42"."support_tickets_90d" - 0.0
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
                "t7"."account_id" AS "account_id",
                "t35"."events_28d" AS "events_28d",
                "t40"."active_rate_28d" AS "active_rate_28d",
                "t29"."support_tickets_90d" AS "support_tickets_90d"
              FROM (
                SELECT
                  "t0"."account_id" AS "account_id"
                FROM "accounts" AS "t0"
              ) AS "t7"
              INNER JOIN (
                SELECT
                  "t32"."account_id" AS "account_id",
                  CAST("t32"."c" AS Nullable(Float64)) AS "events_28d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    COALESCE("t27"."c", 0) AS "c"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t22"."account_id" AS "account_id",
                      "t22"."e0" AS "c"
                    FROM (
                      SELECT
                        "t10"."account_id" AS "account_id",
                        SUM(
                          CASE
                            WHEN NOT (
                              "t10"."event" IN ('email_opened')
                            )
                            THEN "t10"."n"
                            ELSE CAST(NULL AS Nullable(Int64))
                          END
                        ) AS "e0"
                      FROM (
                        SELECT
                          *
                        FROM "account_daily" AS "t2"
                        WHERE
                          isNotNull("t2"."account_id")
                          AND "t2"."day" >= toDate('2026-02-02')
                          AND "t2"."day" < toDate('2026-03-02')
                      ) AS "t10"
                      GROUP BY
                        "t10"."account_id"
                    ) AS "t22"
                  ) AS "t27"
                    ON "t7"."account_id" = "t27"."account_id"
                ) AS "t32"
              ) AS "t35"
                ON "t7"."account_id" = "t35"."account_id"
              INNER JOIN (
                SELECT
                  "t38"."account_id" AS "account_id",
                  "t38"."value" AS "active_rate_28d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    CASE
                      WHEN "t31"."seats" > 0
                      THEN CAST(COALESCE("t37"."active", 0) AS Nullable(Float64)) / "t31"."seats"
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "value"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t33"."account_id" AS "account_id",
                      "t33"."active_28" AS "active"
                    FROM (
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
                  ) AS "t37"
                    ON "t7"."account_id" = "t37"."account_id"
                  INNER JOIN (
                    SELECT
                      "t7"."account_id" AS "account_id",
                      CAST(COALESCE("t23"."members", 0) AS Nullable(Float64)) AS "members",
                      COALESCE(
                        CAST("t8"."contracted" AS Nullable(Float64)),
                        CAST(COALESCE("t23"."members", 0) AS Nullable(Float64))
                      ) AS "seats"
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
                    INNER JOIN (
                      SELECT
                        "t0"."account_id" AS "account_id",
                        "t0"."seats" AS "contracted"
                      FROM "accounts" AS "t0"
                    ) AS "t8"
                      ON "t7"."account_id" = "t8"."account_id"
                  ) AS "t31"
                    ON "t7"."account_id" = "t31"."account_id"
                ) AS "t38"
              ) AS "t40"
                ON "t7"."account_id" = "t40"."account_id"
              INNER JOIN (
                SELECT
                  "t24"."account_id" AS "account_id",
                  CAST("t24"."c" AS Nullable(Float64)) AS "support_tickets_90d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    COALESCE("t16"."c", 0) AS "c"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t9"."account_id" AS "account_id",
                      COUNT(*) AS "c"
                    FROM (
                      SELECT
                        *
                      FROM "touchpoints" AS "t1"
                      WHERE
                        "t1"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
                        AND "t1"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
                        AND "t1"."kind" IN ('support_ticket')
                    ) AS "t9"
                    GROUP BY
                      "t9"."account_id"
                  ) AS "t16"
                    ON "t7"."account_id" = "t16"."account_id"
                ) AS "t24"
              ) AS "t29"
                ON "t7"."account_id" = "t29"."account_id"
            ) AS "t42"
              ON "t19"."account_id" = "t42"."account_id"
          ) AS "t43"
        ) AS "t44"
      ) AS "t45"
    ) AS "t46"
  ) AS "t47"
) AS "t48"
