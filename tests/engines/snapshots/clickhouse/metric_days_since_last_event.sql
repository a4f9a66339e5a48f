SELECT
  "t3"."account_id" AS "account_id",
  "t12"."days_since_last_event" AS "days_since_last_event"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t10"."account_id" AS "account_id",
    CAST(DATE_DIFF(DAY, "t10"."last", toDate('2026-03-02')) AS Nullable(Float64)) AS "days_since_last_event"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      "t9"."last" AS "last"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t7"."account_id" AS "account_id",
        "t7"."last" AS "last"
      FROM (
        SELECT
          "t6"."account_id" AS "account_id",
          SUM("t6"."c") AS "c",
          MAX("t6"."last") AS "last"
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
                AND "t1"."day" >= toDate('2025-12-02')
                AND "t1"."day" < toDate('2026-03-02')
            ) AS "t4"
            GROUP BY
              "t4"."account_id",
              "t4"."event",
              "t4"."seg"
          ) AS "t5"
          WHERE
            NOT (
              "t5"."event" IN ('email_opened')
            ) AND "t5"."seg" IN (0)
        ) AS "t6"
        GROUP BY
          "t6"."account_id"
      ) AS "t7"
    ) AS "t9"
      ON "t3"."account_id" = "t9"."account_id"
  ) AS "t10"
) AS "t12"
  ON "t3"."account_id" = "t12"."account_id"
