SELECT
  "t3"."account_id" AS "account_id",
  "t11"."feature_breadth_28d" AS "feature_breadth_28d"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t9"."account_id" AS "account_id",
    CAST("t9"."d" AS Nullable(Float64)) / 4.0 AS "feature_breadth_28d"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      COALESCE("t8"."d", 0) AS "d"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t6"."account_id" AS "account_id",
        uniq("t6"."event") AS "d"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t4"."account_id" AS "account_id",
            "t4"."event" AS "event",
            "t4"."seg" AS "seg",
            SUM("t4"."n") AS "c",
            MAX("t4"."day") AS "last"
          FROM (
            SELECT
              "t1"."account_id" AS "account_id",
              "t1"."day" AS "day",
              "t1"."event" AS "event",
              "t1"."n" AS "n",
              0 AS "seg"
            FROM "account_daily" AS "t1"
            WHERE
              isNotNull("t1"."account_id")
              AND "t1"."day" >= toDate('2026-02-02')
              AND "t1"."day" < toDate('2026-03-02')
          ) AS "t4"
          GROUP BY
            "t4"."account_id",
            "t4"."event",
            "t4"."seg"
        ) AS "t5"
        WHERE
          "t5"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
          AND "t5"."seg" IN (0)
      ) AS "t6"
      GROUP BY
        "t6"."account_id"
    ) AS "t8"
      ON "t3"."account_id" = "t8"."account_id"
  ) AS "t9"
) AS "t11"
  ON "t3"."account_id" = "t11"."account_id"
