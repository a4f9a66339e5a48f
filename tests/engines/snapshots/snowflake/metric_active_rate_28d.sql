WITH "t8" AS (
  SELECT
    "t2"."account_id",
    "t2"."user_id",
    "t2"."role"
  FROM "memberships" AS "t2"
  WHERE
    (
      "t2"."joined_at" IS NULL
    )
    OR (
      "t2"."joined_at" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
    )
)
SELECT
  "t5"."account_id",
  "t23"."active_rate_28d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t5"
INNER JOIN (
  SELECT
    "t21"."account_id",
    "t21"."value" AS "active_rate_28d"
  FROM (
    SELECT
      "t5"."account_id",
      IFF(
        "t17"."seats" > 0,
        CAST(COALESCE("t20"."active", 0) AS DOUBLE) / "t17"."seats",
        CAST(NULL AS DOUBLE)
      ) AS "value"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t5"
    LEFT OUTER JOIN (
      SELECT
        "t18"."account_id",
        "t18"."active_28" AS "active"
      FROM (
        SELECT
          "t15"."account_id",
          SUM(IFF("t15"."n_28" > 0, 1, 0)) AS "active_28",
          MAX("t15"."n_28") AS "top_28",
          SUM("t15"."n_28") AS "total_28",
          SUM(IFF((
            "t15"."n_28" > 0
          ) AND (
            COALESCE("t15"."role", '') = 'admin'
          ), 1, 0)) AS "admins_28",
          SUM(IFF(COALESCE("t15"."role", '') = 'admin', "t15"."n_28", 0)) AS "admin_events_28"
        FROM (
          SELECT
            "t12"."account_id",
            "t12"."user_id",
            "t11"."role",
            "t12"."n_28"
          FROM (
            SELECT
              "t7"."account_id",
              "t7"."user_id",
              SUM("t7"."n") AS "n_28"
            FROM (
              SELECT
                *
              FROM "user_daily" AS "t1"
              WHERE
                "t1"."account_id" IS NOT NULL
                AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
                AND "t1"."user_id" IS NOT NULL
            ) AS "t7"
            GROUP BY
              1,
              2
          ) AS "t12"
          INNER JOIN "t8" AS "t11"
            ON "t12"."account_id" = "t11"."account_id" AND "t12"."user_id" = "t11"."user_id"
        ) AS "t15"
        GROUP BY
          1
      ) AS "t18"
    ) AS "t20"
      ON "t5"."account_id" = "t20"."account_id"
    INNER JOIN (
      SELECT
        "t5"."account_id",
        CAST(COALESCE("t14"."members", 0) AS DOUBLE) AS "members",
        COALESCE(CAST("t6"."contracted" AS DOUBLE), CAST(COALESCE("t14"."members", 0) AS DOUBLE)) AS "seats"
      FROM (
        SELECT
          "t0"."account_id"
        FROM "accounts" AS "t0"
      ) AS "t5"
      LEFT OUTER JOIN (
        SELECT
          "t9"."account_id",
          COUNT("t9"."user_id") AS "members"
        FROM "t8" AS "t9"
        GROUP BY
          1
      ) AS "t14"
        ON "t5"."account_id" = "t14"."account_id"
      INNER JOIN (
        SELECT
          "t0"."account_id",
          "t0"."seats" AS "contracted"
        FROM "accounts" AS "t0"
      ) AS "t6"
        ON "t5"."account_id" = "t6"."account_id"
    ) AS "t17"
      ON "t5"."account_id" = "t17"."account_id"
  ) AS "t21"
) AS "t23"
  ON "t5"."account_id" = "t23"."account_id"
