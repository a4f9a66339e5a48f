SELECT
  "t5"."account_id",
  "t25"."collaboration_per_active_user_28d"
FROM (
  SELECT
    "t0"."account_id"
  FROM "accounts" AS "t0"
) AS "t5"
INNER JOIN (
  SELECT
    "t23"."account_id",
    "t23"."value" AS "collaboration_per_active_user_28d"
  FROM (
    SELECT
      "t5"."account_id",
      IFF(
        "t22"."active" > 0,
        CAST(COALESCE("t18"."c", 0) AS DOUBLE) / CAST("t22"."active" AS DOUBLE),
        CAST(NULL AS DOUBLE)
      ) AS "value"
    FROM (
      SELECT
        "t0"."account_id"
      FROM "accounts" AS "t0"
    ) AS "t5"
    LEFT OUTER JOIN (
      SELECT
        "t15"."account_id",
        "t15"."c"
      FROM (
        SELECT
          "t13"."account_id",
          SUM("t13"."c") AS "c",
          MAX("t13"."last") AS "last"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t6"."account_id",
              "t6"."event",
              "t6"."seg",
              SUM("t6"."n") AS "c",
              MAX("t6"."day") AS "last"
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
                AND "t1"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                AND "t1"."day" < DATE_FROM_PARTS(2026, 3, 2)
            ) AS "t6"
            GROUP BY
              1,
              2,
              3
          ) AS "t10"
          WHERE
            "t10"."event" IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded')
            AND "t10"."seg" IN (0)
        ) AS "t13"
        GROUP BY
          1
      ) AS "t15"
    ) AS "t18"
      ON "t5"."account_id" = "t18"."account_id"
    INNER JOIN (
      SELECT
        "t5"."account_id",
        COALESCE("t20"."active", 0) AS "active"
      FROM (
        SELECT
          "t0"."account_id"
        FROM "accounts" AS "t0"
      ) AS "t5"
      LEFT OUTER JOIN (
        SELECT
          "t17"."account_id",
          COUNT("t17"."user_id") AS "active"
        FROM (
          SELECT
            "t14"."account_id",
            "t14"."user_id",
            "t14"."role",
            "t14"."n_28" AS "n"
          FROM (
            SELECT
              "t12"."account_id",
              "t12"."user_id",
              "t9"."role",
              "t12"."n_28"
            FROM (
              SELECT
                "t7"."account_id",
                "t7"."user_id",
                SUM("t7"."n") AS "n_28"
              FROM (
                SELECT
                  *
                FROM "user_daily" AS "t2"
                WHERE
                  "t2"."account_id" IS NOT NULL
                  AND "t2"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                  AND "t2"."day" < DATE_FROM_PARTS(2026, 3, 2)
                  AND "t2"."user_id" IS NOT NULL
              ) AS "t7"
              GROUP BY
                1,
                2
            ) AS "t12"
            INNER JOIN (
              SELECT
                "t3"."account_id",
                "t3"."user_id",
                "t3"."role"
              FROM "memberships" AS "t3"
              WHERE
                (
                  "t3"."joined_at" IS NULL
                )
                OR (
                  "t3"."joined_at" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                )
            ) AS "t9"
              ON "t12"."account_id" = "t9"."account_id" AND "t12"."user_id" = "t9"."user_id"
          ) AS "t14"
          WHERE
            "t14"."n_28" > 0
        ) AS "t17"
        GROUP BY
          1
      ) AS "t20"
        ON "t5"."account_id" = "t20"."account_id"
    ) AS "t22"
      ON "t5"."account_id" = "t22"."account_id"
  ) AS "t23"
) AS "t25"
  ON "t5"."account_id" = "t25"."account_id"
