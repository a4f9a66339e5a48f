SELECT
  "t3"."account_id" AS "account_id",
  "t9"."feature_breadth_28d" AS "feature_breadth_28d"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t7"."account_id" AS "account_id",
    CAST(COALESCE("t7"."d", 0) AS Nullable(Float64)) / 4.0 AS "feature_breadth_28d"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      "t6"."d" AS "d"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t4"."account_id" AS "account_id",
        uniq("t4"."event") AS "d"
      FROM (
        SELECT
          *
        FROM "account_daily" AS "t1"
        WHERE
          isNotNull("t1"."account_id")
          AND "t1"."day" >= toDate('2026-02-02')
          AND "t1"."day" < toDate('2026-03-02')
          AND "t1"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
      ) AS "t4"
      GROUP BY
        "t4"."account_id"
    ) AS "t6"
      ON "t3"."account_id" = "t6"."account_id"
  ) AS "t7"
) AS "t9"
  ON "t3"."account_id" = "t9"."account_id"
