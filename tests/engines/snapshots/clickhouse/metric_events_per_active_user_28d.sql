SELECT
  "t17"."account_id" AS "account_id",
  CASE
    WHEN COALESCE("t17"."active_28", 0) > 0
    THEN CAST(COALESCE("t17"."e0", 0) AS Nullable(Float64)) / CAST(COALESCE("t17"."active_28", 0) AS Nullable(Float64))
    ELSE CAST(NULL AS Nullable(Float64))
  END AS "events_per_active_user_28d"
FROM (
  SELECT
    "t5"."account_id" AS "account_id",
    "t13"."e0" AS "e0",
    "t16"."active_28" AS "active_28",
    "t16"."top_28" AS "top_28",
    "t16"."total_28" AS "total_28",
    "t16"."admins_28" AS "admins_28",
    "t16"."admin_events_28" AS "admin_events_28"
  FROM (
    SELECT
      "t0"."account_id" AS "account_id"
    FROM "accounts" AS "t0"
  ) AS "t5"
  LEFT OUTER JOIN (
    SELECT
      "t6"."account_id" AS "account_id",
      SUM(
        CASE
          WHEN NOT (
            "t6"."event" IN ('email_opened')
          )
          THEN "t6"."n"
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
    ) AS "t6"
    GROUP BY
      "t6"."account_id"
  ) AS "t13"
    ON "t5"."account_id" = "t13"."account_id"
  LEFT OUTER JOIN (
    SELECT
      "t14"."account_id" AS "account_id",
      SUM(CASE WHEN "t14"."n_28" > 0 THEN 1 ELSE 0 END) AS "active_28",
      MAX("t14"."n_28") AS "top_28",
      SUM("t14"."n_28") AS "total_28",
      SUM(
        CASE
          WHEN (
            "t14"."n_28" > 0
          ) AND (
            COALESCE("t14"."role", '') = 'admin'
          )
          THEN 1
          ELSE 0
        END
      ) AS "admins_28",
      SUM(CASE WHEN COALESCE("t14"."role", '') = 'admin' THEN "t14"."n_28" ELSE 0 END) AS "admin_events_28"
    FROM (
      SELECT
        "t11"."account_id" AS "account_id",
        "t11"."user_id" AS "user_id",
        "t9"."role" AS "role",
        "t11"."n_28" AS "n_28"
      FROM (
        SELECT
          "t7"."account_id" AS "account_id",
          "t7"."user_id" AS "user_id",
          SUM("t7"."n") AS "n_28"
        FROM (
          SELECT
            *
          FROM "user_daily" AS "t2"
          WHERE
            isNotNull("t2"."account_id")
            AND "t2"."day" >= toDate('2026-02-02')
            AND "t2"."day" < toDate('2026-03-02')
            AND isNotNull("t2"."user_id")
        ) AS "t7"
        GROUP BY
          "t7"."account_id",
          "t7"."user_id"
      ) AS "t11"
      INNER JOIN (
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
      ) AS "t9"
        ON "t11"."account_id" = "t9"."account_id" AND "t11"."user_id" = "t9"."user_id"
    ) AS "t14"
    GROUP BY
      "t14"."account_id"
  ) AS "t16"
    ON "t5"."account_id" = "t16"."account_id"
) AS "t17"
