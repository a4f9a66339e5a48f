WITH "t5" AS (
  SELECT
    "t4"."account_id",
    SUM(
      IFF(
        (
          "t4"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        )
        AND NOT (
          "t4"."event" IN ('email_opened')
        ),
        "t4"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e0",
    SUM(
      IFF(
        (
          "t4"."day" < DATE_FROM_PARTS(2026, 2, 2)
        )
        AND NOT (
          "t4"."event" IN ('email_opened')
        ),
        "t4"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e1"
  FROM (
    SELECT
      *
    FROM "account_daily" AS "t1"
    WHERE
      "t1"."account_id" IS NOT NULL
      AND "t1"."day" >= DATE_FROM_PARTS(2026, 1, 5)
      AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
  ) AS "t4"
  GROUP BY
    1
)
SELECT
  "t3"."account_id",
  "t15"."growth_28d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t13"."account_id",
    "t13"."value" AS "growth_28d"
  FROM (
    SELECT
      "t3"."account_id",
      IFF(
        "t12"."p" > 0,
        CAST(COALESCE("t9"."c", 0) AS DOUBLE) / CAST("t12"."p" AS DOUBLE),
        CAST(NULL AS DOUBLE)
      ) AS "value"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t6"."account_id",
        "t6"."e0" AS "c"
      FROM "t5" AS "t6"
    ) AS "t9"
      ON "t3"."account_id" = "t9"."account_id"
    INNER JOIN (
      SELECT
        "t3"."account_id",
        COALESCE("t10"."p", 0) AS "p"
      FROM (
        SELECT
          "t0"."account_id"
        FROM "accounts" AS "t0"
      ) AS "t3"
      LEFT OUTER JOIN (
        SELECT
          "t6"."account_id",
          "t6"."e1" AS "p"
        FROM "t5" AS "t6"
      ) AS "t10"
        ON "t3"."account_id" = "t10"."account_id"
    ) AS "t12"
      ON "t3"."account_id" = "t12"."account_id"
  ) AS "t13"
) AS "t15"
  ON "t3"."account_id" = "t15"."account_id"
