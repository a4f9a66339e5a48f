SELECT
  "t3"."account_id",
  "t12"."events_7d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t10"."account_id",
    CAST("t10"."c" AS DOUBLE) AS "events_7d"
  FROM (
    SELECT
      "t3"."account_id",
      COALESCE("t9"."c", 0) AS "c"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t7"."account_id",
        "t7"."c"
      FROM (
        SELECT
          "t6"."account_id",
          SUM("t6"."c") AS "c",
          MAX("t6"."last") AS "last"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t4"."account_id",
              "t4"."event",
              "t4"."seg",
              SUM("t4"."n") AS "c",
              MAX("t4"."day") AS "last"
            FROM (
              SELECT
                "t1"."account_id",
                "t1"."day",
                "t1"."event",
                "t1"."n",
                0 AS "seg"
              FROM "account_daily" AS "t1"
              WHERE
                "t1"."account_id" IS NOT NULL
                AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 23)
                AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
            ) AS "t4"
            GROUP BY
              1,
              2,
              3
          ) AS "t5"
          WHERE
            NOT (
              "t5"."event" IN ('email_opened')
            ) AND "t5"."seg" IN (0)
        ) AS "t6"
        GROUP BY
          1
      ) AS "t7"
    ) AS "t9"
      ON "t3"."account_id" = "t9"."account_id"
  ) AS "t10"
) AS "t12"
  ON "t3"."account_id" = "t12"."account_id"
