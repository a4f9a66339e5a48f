SELECT
  "t3"."account_id" AS "account_id",
  "t12"."logins_28d" AS "logins_28d"
FROM (
  SELECT
    "t0"."account_id" AS "account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t10"."account_id" AS "account_id",
    CAST("t10"."c" AS Nullable(Float64)) AS "logins_28d"
  FROM (
    SELECT
      "t3"."account_id" AS "account_id",
      COALESCE("t9"."c", 0) AS "c"
    FROM (
      SELECT
        "t0"."account_id" AS "account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t7"."account_id" AS "account_id",
        "t7"."c" AS "c"
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
                AND "t1"."day" >= toDate('2026-02-02')
                AND "t1"."day" < toDate('2026-03-02')
            ) AS "t4"
            GROUP BY
              "t4"."account_id",
              "t4"."event",
              "t4"."seg"
          ) AS "t5"
          WHERE
            "t5"."event" IN ('login') AND "t5"."seg" IN (0)
        ) AS "t6"
        GROUP BY
          "t6"."account_id"
      ) AS "t7"
    ) AS "t9"
      ON "t3"."account_id" = "t9"."account_id"
  ) AS "t10"
) AS "t12"
  ON "t3"."account_id" = "t12"."account_id"
