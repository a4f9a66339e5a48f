SELECT
  "t13"."account_id" AS "account_id",
  CASE
    WHEN COALESCE("t13"."total_28", 0) > 0
    THEN CAST(COALESCE("t13"."top_28", 0) AS Nullable(Float64)) / CAST(COALESCE("t13"."total_28", 0) AS Nullable(Float64))
    ELSE CAST(NULL AS Nullable(Float64))
  END AS "top_user_share_28d"
FROM (
  SELECT
    "t4"."account_id" AS "account_id",
    "t12"."active_28" AS "active_28",
    "t12"."top_28" AS "top_28",
    "t12"."total_28" AS "total_28",
    "t12"."admins_28" AS "admins_28",
    "t12"."admin_events_28" AS "admin_events_28"
  FROM (
    SELECT
      "t0"."account_id" AS "account_id"
    FROM "accounts" AS "t0"
  ) AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."account_id" AS "account_id",
      SUM(CASE WHEN "t10"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
      MAX("t10"."n_28") AS "top_28",
      SUM("t10"."n_28") AS "total_28",
      SUM(
        CASE
          WHEN (
            "t10"."n_28" > 0
          ) AND (
            COALESCE("t10"."role", '') = 'admin'
          )
          THEN 1
          ELSE 0
        END
      ) AS "admins_28",
      SUM(CASE WHEN COALESCE("t10"."role", '') = 'admin' THEN "t10"."n_28" ELSE 0 END) AS "admin_events_28"
    FROM (
      SELECT
        "t9"."account_id" AS "account_id",
        "t9"."user_id" AS "user_id",
        "t7"."role" AS "role",
        "t9"."n_28" AS "n_28"
      FROM (
        SELECT
          "t5"."account_id" AS "account_id",
          "t5"."user_id" AS "user_id",
          SUM("t5"."n") AS "n_28"
        FROM (
          SELECT
            *
          FROM "user_daily" AS "t1"
          WHERE
            isNotNull("t1"."account_id")
            AND "t1"."day" >= toDate('2026-02-02')
            AND "t1"."day" < toDate('2026-03-02')
            AND isNotNull("t1"."user_id")
        ) AS "t5"
        GROUP BY
          "t5"."account_id",
          "t5"."user_id"
      ) AS "t9"
      INNER JOIN (
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
      ) AS "t7"
        ON "t9"."account_id" = "t7"."account_id" AND "t9"."user_id" = "t7"."user_id"
    ) AS "t10"
    GROUP BY
      "t10"."account_id"
  ) AS "t12"
    ON "t4"."account_id" = "t12"."account_id"
) AS "t13"
