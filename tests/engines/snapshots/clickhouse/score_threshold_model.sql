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
  "t50"."account_id" AS "account_id",
  "t50"."live" AS "live",
  "t50"."m0_value" AS "m0_value",
  "t50"."m0_score" AS "m0_score",
  "t50"."m1_value" AS "m1_value",
  "t50"."m1_score" AS "m1_score",
  "t50"."m2_value" AS "m2_value",
  "t50"."m2_score" AS "m2_score",
  "t50"."d0_score" AS "d0_score",
  "t50"."d1_score" AS "d1_score",
  "t50"."d0_weight" AS "d0_weight",
  "t50"."d1_weight" AS "d1_weight",
  "t50"."m0_points" AS "m0_points",
  "t50"."m1_points" AS "m1_points",
  "t50"."m2_points" AS "m2_points",
  "t50"."d0_points" AS "d0_points",
  "t50"."d1_points" AS "d1_points",
  "t50"."score" AS "score",
  CASE
    WHEN isNull("t50"."score")
    THEN CAST(NULL AS Nullable(String))
    WHEN "t50"."score" >= 70.0
    THEN 'good'
    WHEN "t50"."score" < 40.0
    THEN 'bad'
    ELSE 'normal'
  END AS "band"
FROM (
  SELECT
    "t49".*
    EXCEPT ("_w0", "_w1")
  FROM (
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
      "t48"."_w0" AS "_w0",
      "t48"."_w1" AS "_w1",
      "t48"."d0_weight" AS "d0_weight",
      "t48"."d1_weight" AS "d1_weight",
      "t48"."m0_points" AS "m0_points",
      "t48"."m1_points" AS "m1_points",
      "t48"."m2_points" AS "m2_points",
      CASE
        WHEN isNotNull("t48"."d0_score")
        THEN COALESCE("t48"."m0_points", 0.0) + COALESCE("t48"."m1_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d0_points",
      CASE
        WHEN isNotNull("t48"."d1_score")
        THEN COALESCE("t48"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "d1_points",
      CASE
        WHEN isNotNull("t48"."d0_score") OR isNotNull("t48"."d1_score")
        THEN COALESCE("t48"."m0_points", 0.0) + COALESCE("t48"."m1_points", 0.0) + COALESCE("t48"."m2_points", 0.0)
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "score"
    FROM (
      SELECT
        "t47"."account_id" AS "account_id",
        "t47"."live" AS "live",
        "t47"."m0_value" AS "m0_value",
        "t47"."m0_score" AS "m0_score",
        "t47"."m1_value" AS "m1_value",
        "t47"."m1_score" AS "m1_score",
        "t47"."m2_value" AS "m2_value",
        "t47"."m2_score" AS "m2_score",
        "t47"."d0_score" AS "d0_score",
        "t47"."d1_score" AS "d1_score",
        "t47"."_w0" AS "_w0",
        "t47"."_w1" AS "_w1",
        "t47"."d0_weight" AS "d0_weight",
        "t47"."d1_weight" AS "d1_weight",
        CASE
          WHEN isNotNull("t47"."m0_score") AND (
            "t47"."_w0" > 0
          )
          THEN (
            (
              "t47"."d0_weight" * 1.0
            ) / "t47"."_w0"
          ) * 100.0 * "t47"."m0_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m0_points",
        CASE
          WHEN isNotNull("t47"."m1_score") AND (
            "t47"."_w0" > 0
          )
          THEN (
            (
              "t47"."d0_weight" * 2.0
            ) / "t47"."_w0"
          ) * 100.0 * "t47"."m1_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m1_points",
        CASE
          WHEN isNotNull("t47"."m2_score") AND (
            "t47"."_w1" > 0
          )
          THEN (
            (
              "t47"."d1_weight" * 1.0
            ) / "t47"."_w1"
          ) * 100.0 * "t47"."m2_score"
          ELSE CAST(NULL AS Nullable(Float64))
        END AS "m2_points"
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
          CASE
            WHEN (
              CASE WHEN isNotNull("t46"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t46"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t46"."d0_score") THEN 3.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t46"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t46"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d0_weight",
          CASE
            WHEN (
              CASE WHEN isNotNull("t46"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t46"."d1_score") THEN 1.0 ELSE 0.0 END
            ) > 0
            THEN CASE WHEN isNotNull("t46"."d1_score") THEN 1.0 ELSE 0.0 END / (
              CASE WHEN isNotNull("t46"."d0_score") THEN 3.0 ELSE 0.0 END + CASE WHEN isNotNull("t46"."d1_score") THEN 1.0 ELSE 0.0 END
            )
            ELSE CAST(NULL AS Nullable(Float64))
          END AS "d1_weight"
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
            CASE
              WHEN (
                CASE WHEN isNotNull("t45"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t45"."m1_score") THEN 2.0 ELSE 0.0 END
              ) > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t45"."m0_score") THEN 1.0 ELSE 0.0 END * COALESCE("t45"."m0_score", 0.0)
                ) + (
                  CASE WHEN isNotNull("t45"."m1_score") THEN 2.0 ELSE 0.0 END * COALESCE("t45"."m1_score", 0.0)
                )
              ) / (
                CASE WHEN isNotNull("t45"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t45"."m1_score") THEN 2.0 ELSE 0.0 END
              )
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d0_score",
            CASE
              WHEN CASE WHEN isNotNull("t45"."m2_score") THEN 1.0 ELSE 0.0 END > 0
              THEN (
                0.0 + (
                  CASE WHEN isNotNull("t45"."m2_score") THEN 1.0 ELSE 0.0 END * COALESCE("t45"."m2_score", 0.0)
                )
              ) / CASE WHEN isNotNull("t45"."m2_score") THEN 1.0 ELSE 0.0 END
              ELSE CAST(NULL AS Nullable(Float64))
            END AS "d1_score",
            CASE WHEN isNotNull("t45"."m0_score") THEN 1.0 ELSE 0.0 END + CASE WHEN isNotNull("t45"."m1_score") THEN 2.0 ELSE 0.0 END AS "_w0",
            CASE WHEN isNotNull("t45"."m2_score") THEN 1.0 ELSE 0.0 END AS "_w1"
          FROM (
            SELECT
              "t20"."account_id" AS "account_id",
              "t20"."live" AS "live",
              CASE
                WHEN "t20"."live"
                THEN "t44"."events_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_value",
              CASE
                WHEN "t20"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t44"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t44"."events_28d" - 0.0
                      ) / 10.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."events_28d" - 0.0
                      ) / 10.0)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m0_score",
              CASE
                WHEN "t20"."live"
                THEN "t44"."active_rate_28d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_value",
              CASE
                WHEN "t20"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t44"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t44"."active_rate_28d" - 0.0
                      ) / 0.8)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."active_rate_28d" - 0.0
                      ) / 0.8)
                    END
                  )
                END
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m1_score",
              CASE
                WHEN "t20"."live"
                THEN "t44"."support_tickets_90d"
                ELSE CAST(NULL AS Nullable(Float64))
              END AS "m2_value",
              CASE
                WHEN "t20"."live"
                THEN CASE
                  WHEN isNull(
                    CASE
                      WHEN isNull((
                        "t44"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    END
                  )
                  THEN NULL
                  ELSE GREATEST(
                    0.0,
                    CASE
                      WHEN isNull((
                        "t44"."support_tickets_90d" - 0.0
                      ) / 2.0)
                      THEN NULL
                      ELSE LEAST(1.0, (
                        "t44"."support_tickets_90d" - 0.0
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
            ) AS "t20"
            INNER JOIN (
              SELECT
                "t7"."account_id" AS "account_id",
                "t39"."events_28d" AS "events_28d",
                "t42"."active_rate_28d" AS "active_rate_28d",
                "t29"."support_tickets_90d" AS "support_tickets_90d"
              FROM (
                SELECT
                  "t0"."account_id" AS "account_id"
                FROM "accounts" AS "t0"
              ) AS "t7"
              INNER JOIN (
                SELECT
                  "t37"."account_id" AS "account_id",
                  CAST("t37"."c" AS Nullable(Float64)) AS "events_28d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    COALESCE("t34"."c", 0) AS "c"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t28"."account_id" AS "account_id",
                      "t28"."c" AS "c"
                    FROM (
                      SELECT
                        "t25"."account_id" AS "account_id",
                        SUM("t25"."c") AS "c",
                        MAX("t25"."last") AS "last"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t10"."account_id" AS "account_id",
                            "t10"."event" AS "event",
                            "t10"."seg" AS "seg",
                            SUM("t10"."n") AS "c",
                            MAX("t10"."day") AS "last"
                          FROM (
                            SELECT
                              "t2"."account_id" AS "account_id",
                              "t2"."day" AS "day",
                              "t2"."event" AS "event",
                              "t2"."n" AS "n",
                              0 AS "seg"
                            FROM "account_daily" AS "t2"
                            WHERE
                              isNotNull("t2"."account_id")
                              AND "t2"."day" >= toDate('2026-02-02')
                              AND "t2"."day" < toDate('2026-03-02')
                          ) AS "t10"
                          GROUP BY
                            "t10"."account_id",
                            "t10"."event",
                            "t10"."seg"
                        ) AS "t17"
                        WHERE
                          NOT (
                            "t17"."event" IN ('email_opened')
                          ) AND "t17"."seg" IN (0)
                      ) AS "t25"
                      GROUP BY
                        "t25"."account_id"
                    ) AS "t28"
                  ) AS "t34"
                    ON "t7"."account_id" = "t34"."account_id"
                ) AS "t37"
              ) AS "t39"
                ON "t7"."account_id" = "t39"."account_id"
              INNER JOIN (
                SELECT
                  "t40"."account_id" AS "account_id",
                  "t40"."value" AS "active_rate_28d"
                FROM (
                  SELECT
                    "t7"."account_id" AS "account_id",
                    CASE
                      WHEN "t33"."seats" > 0
                      THEN CAST(COALESCE("t36"."active", 0) AS Nullable(Float64)) / "t33"."seats"
                      ELSE CAST(NULL AS Nullable(Float64))
                    END AS "value"
                  FROM (
                    SELECT
                      "t0"."account_id" AS "account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  LEFT OUTER JOIN (
                    SELECT
                      "t30"."account_id" AS "account_id",
                      COUNT("t30"."user_id") AS "active"
                    FROM (
                      SELECT
                        "t26"."account_id" AS "account_id",
                        "t26"."user_id" AS "user_id",
                        "t26"."role" AS "role",
                        "t26"."n_28" AS "n"
                      FROM (
                        SELECT
                          "t21"."account_id" AS "account_id",
                          "t21"."user_id" AS "user_id",
                          "t19"."role" AS "role",
                          "t21"."n_28" AS "n_28"
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
                        ) AS "t21"
                        INNER JOIN "t12" AS "t19"
                          ON "t21"."account_id" = "t19"."account_id" AND "t21"."user_id" = "t19"."user_id"
                      ) AS "t26"
                      WHERE
                        "t26"."n_28" > 0
                    ) AS "t30"
                    GROUP BY
                      "t30"."account_id"
                  ) AS "t36"
                    ON "t7"."account_id" = "t36"."account_id"
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
                  ) AS "t33"
                    ON "t7"."account_id" = "t33"."account_id"
                ) AS "t40"
              ) AS "t42"
                ON "t7"."account_id" = "t42"."account_id"
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
            ) AS "t44"
              ON "t20"."account_id" = "t44"."account_id"
          ) AS "t45"
        ) AS "t46"
      ) AS "t47"
    ) AS "t48"
  ) AS "t49"
) AS "t50"
