WITH "t5" AS (
  SELECT
    "t4"."account_id" AS "account_id",
    SUM(
      CASE
        WHEN (
          "t4"."day" >= toDate('2026-02-02')
        )
        AND NOT (
          "t4"."event" IN ('email_opened')
        )
        THEN "t4"."n"
        ELSE CAST(NULL AS Nullable(Int64))
      END
    ) AS "e0",
    SUM(
      CASE
        WHEN (
          "t4"."day" < toDate('2026-02-02')
        )
        AND NOT (
          "t4"."event" IN ('email_opened')
        )
        THEN "t4"."n"
        ELSE CAST(NULL AS Nullable(Int64))
      END
    ) AS "e1"
  FROM (
    SELECT
      *
    FROM "account_daily" AS "t1"
    WHERE
      isNotNull("t1"."account_id")
      AND "t1"."day" >= toDate('2026-01-05')
      AND "t1"."day" < toDate('2026-03-02')
  ) AS "t4"
  GROUP BY
    "t4"."account_id"
)
SELECT
  "t3"."account_id" AS "account_id",
  "t15"."growth_28d" AS "growth_28d"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t13"."account_id" AS "account_id",
    "t13"."value" AS "growth_28d"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      CASE
        WHEN "t12"."p" > 0
        THEN CAST(COALESCE("t9"."c", 0) AS Nullable(Float64)) / CAST("t12"."p" AS Nullable(Float64))
        ELSE CAST(NULL AS Nullable(Float64))
      END AS "value"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t6"."account_id" AS "account_id",
        "t6"."e0" AS "c"
      FROM "t5" AS "t6"
    ) AS "t9"
      ON "t3"."account_id" = "t9"."account_id"
    INNER JOIN (
      SELECT
        "t3"."account_id" AS "account_id",
        COALESCE("t10"."p", 0) AS "p"
      FROM (
        SELECT
          "t0"."account_id" AS "account_id"
        FROM "accounts" AS "t0"
      ) AS "t3"
      LEFT OUTER JOIN (
        SELECT
          "t6"."account_id" AS "account_id",
          "t6"."e1" AS "p"
        FROM "t5" AS "t6"
      ) AS "t10"
        ON "t3"."account_id" = "t10"."account_id"
    ) AS "t12"
      ON "t3"."account_id" = "t12"."account_id"
  ) AS "t13"
) AS "t15"
  ON "t3"."account_id" = "t15"."account_id"
