WITH "t8" AS (
  SELECT
    "t2"."account_id" AS "account_id",
    "t2"."user_id" AS "user_id",
    "t2"."role" AS "role"
  FROM "memberships" AS "t2"
  WHERE
    isNull("t2"."joined_at")
    OR (
      "t2"."joined_at" < parseDateTimeBestEffort('2026-03-01T15:00:00')
    )
), "t15" AS (
  SELECT
    "t12"."account_id" AS "account_id",
    "t12"."user_id" AS "user_id",
    "t11"."role" AS "role",
    "t12"."n_28" AS "n_28"
  FROM (
    SELECT
      "t7"."account_id" AS "account_id",
      "t7"."user_id" AS "user_id",
      SUM("t7"."n") AS "n_28"
    FROM (
      SELECT
        *
      FROM "user_daily" AS "t1"
      WHERE
        isNotNull("t1"."account_id")
        AND "t1"."day" >= toDate('2026-02-02')
        AND "t1"."day" < toDate('2026-03-02')
        AND isNotNull("t1"."user_id")
    ) AS "t7"
    GROUP BY
      "t7"."account_id",
      "t7"."user_id"
  ) AS "t12"
  INNER JOIN "t8" AS "t11"
    ON "t12"."account_id" = "t11"."account_id" AND "t12"."user_id" = "t11"."user_id"
)
SELECT
  "t30"."account_id" AS "account_id",
  "t35"."evenness_28d" AS "evenness_28d"
FROM (
  SELECT
    "t26"."account_id" AS "account_id"
  FROM (
    SELECT
      "t5"."account_id" AS "account_id",
      "t23"."active_28" AS "active_28",
      "t23"."top_28" AS "top_28",
      "t23"."total_28" AS "total_28",
      "t23"."admins_28" AS "admins_28",
      "t23"."admin_events_28" AS "admin_events_28"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t5"
    LEFT OUTER JOIN (
      SELECT
        "t16"."account_id" AS "account_id",
        SUM(CASE WHEN "t16"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
        MAX("t16"."n_28") AS "top_28",
        SUM("t16"."n_28") AS "total_28",
        SUM(
          CASE
            WHEN (
              "t16"."n_28" > 0
            ) AND (
              COALESCE("t16"."role", '') = 'admin'
            )
            THEN 1
            ELSE 0
          END
        ) AS "admins_28",
        SUM(CASE WHEN COALESCE("t16"."role", '') = 'admin' THEN "t16"."n_28" ELSE 0 END) AS "admin_events_28"
      FROM "t15" AS "t16"
      GROUP BY
        "t16"."account_id"
    ) AS "t23"
      ON "t5"."account_id" = "t23"."account_id"
  ) AS "t26"
) AS "t30"
INNER JOIN (
  SELECT
    "t33"."account_id" AS "account_id",
    "t33"."value" AS "evenness_28d"
  FROM (
    SELECT
      "t5"."account_id" AS "account_id",
      CASE
        WHEN "t32"."total" > 0
        THEN 1.0 - (
          (
            (
              (
                "t32"."weighted" + (
                  (
                    "t27"."members" - CAST("t32"."k" AS Nullable(Float64))
                  ) * CAST("t32"."total" AS Nullable(Float64))
                )
              ) * 2.0
            ) / (
              "t27"."members" * CAST("t32"."total" AS Nullable(Float64))
            )
          ) - (
            (
              "t27"."members" + 1.0
            ) / "t27"."members"
          )
        )
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "value"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t5"
    LEFT OUTER JOIN (
      SELECT
        "t28"."account_id" AS "account_id",
        SUM("t28"."c") AS "k",
        SUM("t28"."n" * "t28"."c") AS "total",
        SUM("t28"."ranked") AS "weighted"
      FROM (
        SELECT
          "t20"."account_id" AS "account_id",
          "t20"."n" AS "n",
          "t20"."c" AS "c",
          CAST("t20"."n" AS Nullable(Float64)) * (
            (
              "t20"."c" * (
                SUM("t20"."c") OVER (
                  PARTITION BY "t20"."account_id"
                  ORDER BY "t20"."n" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ) - "t20"."c"
              )
            ) + (
              (
                "t20"."c" * (
                  "t20"."c" + 1
                )
              ) / 2
            )
          ) AS "ranked"
        FROM (
          SELECT
            "t18"."account_id" AS "account_id",
            "t18"."n" AS "n",
            COUNT(*) AS "c"
          FROM (
            SELECT
              "t16"."account_id" AS "account_id",
              "t16"."user_id" AS "user_id",
              "t16"."role" AS "role",
              "t16"."n_28" AS "n"
            FROM "t15" AS "t16"
            WHERE
              "t16"."n_28" > 0
          ) AS "t18"
          GROUP BY
            "t18"."account_id",
            "t18"."n"
        ) AS "t20"
      ) AS "t28"
      GROUP BY
        "t28"."account_id"
    ) AS "t32"
      ON "t5"."account_id" = "t32"."account_id"
    INNER JOIN (
      SELECT
        "t24"."account_id" AS "account_id",
        "t24"."members" AS "members"
      FROM (
        SELECT
          "t21"."account_id" AS "account_id",
          CAST("t21"."members" AS Nullable(Float64)) AS "members",
          COALESCE(
            CAST("t6"."contracted" AS Nullable(Float64)),
            CAST("t21"."members" AS Nullable(Float64))
          ) AS "seats"
        FROM (
          SELECT
            "t17"."account_id" AS "account_id",
            COALESCE("t17"."members", 0) AS "members"
          FROM (
            SELECT
              "t5"."account_id" AS "account_id",
              "t14"."members" AS "members"
            FROM (
              SELECT
                "t0"."account_id" AS "account_id"
              FROM "accounts" AS "t0"
            ) AS "t5"
            LEFT OUTER JOIN (
              SELECT
                "t9"."account_id" AS "account_id",
                COUNT("t9"."user_id") AS "members"
              FROM "t8" AS "t9"
              GROUP BY
                "t9"."account_id"
            ) AS "t14"
              ON "t5"."account_id" = "t14"."account_id"
          ) AS "t17"
        ) AS "t21"
        INNER JOIN (
          SELECT
            "t0"."account_id" AS "account_id",
            "t0"."seats" AS "contracted"
          FROM "accounts" AS "t0"
        ) AS "t6"
          ON "t21"."account_id" = "t6"."account_id"
      ) AS "t24"
    ) AS "t27"
      ON "t5"."account_id" = "t27"."account_id"
  ) AS "t33"
) AS "t35"
  ON "t30"."account_id" = "t35"."account_id"
