SELECT
  "t3"."account_id",
  "t10"."days_since_last_event"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t8"."account_id",
    CAST(DATEDIFF(DAY, "t8"."last", DATE_FROM_PARTS(2026, 3, 2)) AS DOUBLE) AS "days_since_last_event"
  FROM (
    SELECT
      "t3"."account_id",
      "t7"."last"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t5"."account_id",
        "t5"."e0" AS "last"
      FROM (
        SELECT
          "t4"."account_id",
          MAX(IFF(NOT (
            "t4"."event" IN ('email_opened')
          ), "t4"."day", CAST(NULL AS DATE))) AS "e0"
        FROM (
          SELECT
            *
          FROM "account_daily" AS "t1"
          WHERE
            "t1"."account_id" IS NOT NULL
            AND "t1"."day" >= DATE_FROM_PARTS(2025, 12, 2)
            AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
        ) AS "t4"
        GROUP BY
          1
      ) AS "t5"
    ) AS "t7"
      ON "t3"."account_id" = "t7"."account_id"
  ) AS "t8"
) AS "t10"
  ON "t3"."account_id" = "t10"."account_id"
