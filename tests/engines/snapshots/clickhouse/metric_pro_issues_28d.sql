SELECT
  "t7"."account_id" AS "account_id",
  CAST(COALESCE("t7"."e0", 0) AS Nullable(Float64)) AS "pro_issues_28d"
FROM (
  SELECT
    "t3"."account_id" AS "account_id",
    "t6"."e0" AS "e0"
  FROM (
    SELECT
      "t0"."account_id" AS "account_id"
    FROM "accounts" AS "t0"
  ) AS "t3"
  LEFT OUTER JOIN (
    SELECT
      "t4"."account_id" AS "account_id",
      SUM(
        CASE
          WHEN "t4"."event" IN ('issue_created')
          AND (
            CASE
              WHEN JSONType(nullIf(JSONExtractRaw("t4"."properties", 'plan'), '')) = 'String'
              THEN JSONExtractString(nullIf(JSONExtractRaw("t4"."properties", 'plan'), ''))
              ELSE NULL
            END = 'pro'
          )
          THEN "t4"."n"
          ELSE CAST(NULL AS Nullable(Int64))
        END
      ) AS "e0"
    FROM (
      SELECT
        "t1"."account_id" AS "account_id",
        "t1"."day" AS "day",
        "t1"."event" AS "event",
        "t1"."properties" AS "properties",
        1 AS "n"
      FROM "events" AS "t1"
      WHERE
        isNotNull("t1"."account_id")
        AND "t1"."day" >= toDate('2026-02-02')
        AND "t1"."day" < toDate('2026-03-02')
    ) AS "t4"
    GROUP BY
      "t4"."account_id"
  ) AS "t6"
    ON "t3"."account_id" = "t6"."account_id"
) AS "t7"
