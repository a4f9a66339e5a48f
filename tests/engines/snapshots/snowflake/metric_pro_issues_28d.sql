SELECT
  "t3"."account_id",
  "t10"."pro_issues_28d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t8"."account_id",
    CAST("t8"."c" AS DOUBLE) AS "pro_issues_28d"
  FROM (
    SELECT
      "t3"."account_id",
      COALESCE("t7"."c", 0) AS "c"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t5"."account_id",
        "t5"."c"
      FROM (
        SELECT
          "t4"."account_id",
          SUM("t4"."n") AS "c",
          MAX("t4"."day") AS "last"
        FROM (
          SELECT
            "t1"."account_id",
            "t1"."user_id",
            "t1"."day",
            "t1"."event",
            1 AS "n"
          FROM "events" AS "t1"
          WHERE
            AS_VARCHAR(GET("t1"."properties", 'plan')) = 'pro'
            AND "t1"."account_id" IS NOT NULL
            AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 2)
            AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
            AND "t1"."event" IN ('issue_created')
        ) AS "t4"
        GROUP BY
          1
      ) AS "t5"
    ) AS "t7"
      ON "t3"."account_id" = "t7"."account_id"
  ) AS "t8"
) AS "t10"
  ON "t3"."account_id" = "t10"."account_id"
