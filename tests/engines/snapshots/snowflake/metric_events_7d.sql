SELECT
  "t7"."account_id",
  CAST(COALESCE("t7"."e0", 0) AS DOUBLE) AS "events_7d"
FROM (
  SELECT
    "t3"."account_id",
    "t6"."e0"
  FROM (
    SELECT
      "t0"."account_id"
    FROM "accounts" AS "t0"
  ) AS "t3"
  LEFT OUTER JOIN (
    SELECT
      "t4"."account_id",
      SUM(IFF(NOT (
        "t4"."event" IN ('email_opened')
      ), "t4"."n", CAST(NULL AS BIGINT))) AS "e0"
    FROM (
      SELECT
        *
      FROM "account_daily" AS "t1"
      WHERE
        "t1"."account_id" IS NOT NULL
        AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 23)
        AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
    ) AS "t4"
    GROUP BY
      1
  ) AS "t6"
    ON "t3"."account_id" = "t6"."account_id"
) AS "t7"
