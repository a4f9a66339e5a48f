SELECT
  "t13"."account_id" AS "account_id",
  CAST(COALESCE("t13"."active_7", 0) AS Nullable(Float64)) AS "active_users_7d"
FROM (
  SELECT
    "t4"."account_id" AS "account_id",
    "t12"."active_7" AS "active_7",
    "t12"."top_7" AS "top_7",
    "t12"."total_7" AS "total_7",
    "t12"."admins_7" AS "admins_7",
    "t12"."admin_events_7" AS "admin_events_7"
  FROM (
    SELECT
      "t0"."account_id" AS "account_id"
    FROM "accounts" AS "t0"
  ) AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."account_id" AS "account_id",
      SUM(CASE WHEN "t10"."n_7" > 0 THEN 1 ELSE 0 END) AS "active_7",
      MAX("t10"."n_7") AS "top_7",
      SUM("t10"."n_7") AS "total_7",
      SUM(
        CASE
          WHEN (
            "t10"."n_7" > 0
          ) AND (
            COALESCE("t10"."role", '') = 'admin'
          )
          THEN 1
          ELSE 0
        END
      ) AS "admins_7",
      SUM(CASE WHEN COALESCE("t10"."role", '') = 'admin' THEN "t10"."n_7" ELSE 0 END) AS "admin_events_7"
    FROM (
      SELECT
        "t9"."account_id" AS "account_id",
        "t9"."user_id" AS "user_id",
        "t7"."role" AS "role",
        "t9"."n_7" AS "n_7"
      FROM (
        SELECT
          "t5"."account_id" AS "account_id",
          "t5"."user_id" AS "user_id",
          SUM("t5"."n") AS "n_7"
        FROM (
          SELECT
            *
          FROM "user_daily" AS "t1"
          WHERE
            isNotNull("t1"."account_id")
            AND "t1"."day" >= toDate('2026-02-23')
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
