WITH "t5" AS (
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
      CASE WHEN "t1"."day" >= DATE_FROM_PARTS(2026, 2, 2) THEN 0 ELSE 1 END AS "seg"
    FROM "account_daily" AS "t1"
    WHERE
      "t1"."account_id" IS NOT NULL
      AND "t1"."day" >= DATE_FROM_PARTS(2026, 1, 5)
      AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
  ) AS "t4"
  GROUP BY
    1,
    2,
    3
)
SELECT
  "t3"."account_id",
  "t19"."growth_28d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t3"
INNER JOIN (
  SELECT
    "t17"."account_id",
    "t17"."value" AS "growth_28d"
  FROM (
    SELECT
      "t3"."account_id",
      IFF(
        "t16"."p" > 0,
        CAST(COALESCE("t13"."c", 0) AS DOUBLE) / CAST("t16"."p" AS DOUBLE),
        CAST(NULL AS DOUBLE)
      ) AS "value"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t3"
    LEFT OUTER JOIN (
      SELECT
        "t9"."account_id",
        "t9"."c"
      FROM (
        SELECT
          "t7"."account_id",
          SUM("t7"."c") AS "c",
          MAX("t7"."last") AS "last"
        FROM (
          SELECT
            *
          FROM "t5" AS "t6"
          WHERE
            NOT (
              "t6"."event" IN ('email_opened')
            ) AND "t6"."seg" IN (0)
        ) AS "t7"
        GROUP BY
          1
      ) AS "t9"
    ) AS "t13"
      ON "t3"."account_id" = "t13"."account_id"
    INNER JOIN (
      SELECT
        "t3"."account_id",
        COALESCE("t14"."p", 0) AS "p"
      FROM (
        SELECT
          "t0"."account_id"
        FROM "accounts" AS "t0"
      ) AS "t3"
      LEFT OUTER JOIN (
        SELECT
          "t10"."account_id",
          "t10"."c" AS "p"
        FROM (
          SELECT
            "t8"."account_id",
            SUM("t8"."c") AS "c",
            MAX("t8"."last") AS "last"
          FROM (
            SELECT
              *
            FROM "t5" AS "t6"
            WHERE
              NOT (
                "t6"."event" IN ('email_opened')
              ) AND "t6"."seg" IN (1)
          ) AS "t8"
          GROUP BY
            1
        ) AS "t10"
      ) AS "t14"
        ON "t3"."account_id" = "t14"."account_id"
    ) AS "t16"
      ON "t3"."account_id" = "t16"."account_id"
  ) AS "t17"
) AS "t19"
  ON "t3"."account_id" = "t19"."account_id"
