SELECT
  "t3"."account_id" AS "account_id",
  "t10"."days_since_last_event" AS "days_since_last_event"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t8"."account_id" AS "account_id",
    CAST(DATE_DIFF(DAY, "t8"."last", toDate('2026-03-02')) AS Nullable(Float64)) AS "days_since_last_event"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      "t7"."last" AS "last"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t5"."account_id" AS "account_id",
        "t5"."e0" AS "last"
      FROM (
        SELECT
          "t4"."account_id" AS "account_id",
          MAX(
            CASE
              WHEN NOT (
                "t4"."event" IN ('email_opened')
              )
              THEN "t4"."day"
              ELSE CAST(NULL AS Nullable(DATE))
            END
          ) AS "e0"
        FROM (
          SELECT
            *
          FROM "account_daily" AS "t1"
          WHERE
            isNotNull("t1"."account_id")
            AND "t1"."day" >= toDate('2025-12-02')
            AND "t1"."day" < toDate('2026-03-02')
        ) AS "t4"
        GROUP BY
          "t4"."account_id"
      ) AS "t5"
    ) AS "t7"
      ON "t3"."account_id" = "t7"."account_id"
  ) AS "t8"
) AS "t10"
  ON "t3"."account_id" = "t10"."account_id"
