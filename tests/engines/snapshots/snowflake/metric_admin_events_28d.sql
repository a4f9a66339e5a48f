SELECT
  "t13"."account_id",
  CAST(COALESCE("t13"."admin_events_28", 0) AS DOUBLE) AS "admin_events_28d"
FROM (
  SELECT
    "t4"."account_id",
    "t12"."active_28",
    "t12"."top_28",
    "t12"."total_28",
    "t12"."admins_28",
    "t12"."admin_events_28"
  FROM (
    SELECT
      "t0"."account_id"
    FROM "accounts" AS "t0"
  ) AS "t4"
  LEFT OUTER JOIN (
    SELECT
      "t10"."account_id",
      SUM(IFF("t10"."n_28" > 0, 1, 0)) AS "active_28",
      MAX("t10"."n_28") AS "top_28",
      SUM("t10"."n_28") AS "total_28",
      SUM(IFF((
        "t10"."n_28" > 0
      ) AND (
        COALESCE("t10"."role", '') = 'admin'
      ), 1, 0)) AS "admins_28",
      SUM(IFF(COALESCE("t10"."role", '') = 'admin', "t10"."n_28", 0)) AS "admin_events_28"
    FROM (
      SELECT
        "t9"."account_id",
        "t9"."user_id",
        "t7"."role",
        "t9"."n_28"
      FROM (
        SELECT
          "t5"."account_id",
          "t5"."user_id",
          SUM("t5"."n") AS "n_28"
        FROM (
          SELECT
            *
          FROM "user_daily" AS "t1"
          WHERE
            "t1"."account_id" IS NOT NULL
            AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 2)
            AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
            AND "t1"."user_id" IS NOT NULL
        ) AS "t5"
        GROUP BY
          1,
          2
      ) AS "t9"
      INNER JOIN (
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
      ) AS "t7"
        ON "t9"."account_id" = "t7"."account_id" AND "t9"."user_id" = "t7"."user_id"
    ) AS "t10"
    GROUP BY
      1
  ) AS "t12"
    ON "t4"."account_id" = "t12"."account_id"
) AS "t13"
