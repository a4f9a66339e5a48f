SELECT
  "t3"."account_id" AS "account_id",
  "t9"."community_90d" AS "community_90d"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t7"."account_id" AS "account_id",
    CAST(COALESCE("t7"."c", 0) AS Nullable(Float64)) AS "community_90d"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      "t6"."c" AS "c"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t4"."account_id" AS "account_id",
        COUNT(*) AS "c"
      FROM (
        SELECT
          *
        FROM "touchpoints" AS "t1"
        WHERE
          "t1"."ts" >= parseDateTimeBestEffort('2025-12-01T15:00:00')
          AND "t1"."ts" < parseDateTimeBestEffort('2026-03-01T15:00:00')
          AND "t1"."kind" IN ('community')
      ) AS "t4"
      GROUP BY
        "t4"."account_id"
    ) AS "t6"
      ON "t3"."account_id" = "t6"."account_id"
  ) AS "t7"
) AS "t9"
  ON "t3"."account_id" = "t9"."account_id"
