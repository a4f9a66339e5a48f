SELECT
  "t12"."account_id",
  "t12"."members"
FROM (
  SELECT
    "t11"."account_id",
    CAST("t11"."members" AS DOUBLE) AS "members",
    COALESCE(CAST("t5"."contracted" AS DOUBLE), CAST("t11"."members" AS DOUBLE)) AS "seats"
  FROM (
    SELECT
      "t9"."account_id",
      COALESCE("t9"."members", 0) AS "members"
    FROM (
      SELECT
        "t4"."account_id",
        "t8"."members"
      FROM (
        SELECT
          "t0"."account_id"
        FROM "accounts" AS "t0"
      ) AS "t4"
      LEFT OUTER JOIN (
        SELECT
          "t6"."account_id",
          COUNT("t6"."user_id") AS "members"
        FROM (
          SELECT
            "t1"."account_id",
            "t1"."user_id",
            "t1"."role"
          FROM "memberships" AS "t1"
          WHERE
            (
              "t1"."joined_at" IS NULL
            )
            OR (
              "t1"."joined_at" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
            )
        ) AS "t6"
        GROUP BY
          1
      ) AS "t8"
        ON "t4"."account_id" = "t8"."account_id"
    ) AS "t9"
  ) AS "t11"
  INNER JOIN (
    SELECT
      "t0"."account_id",
      "t0"."seats" AS "contracted"
    FROM "accounts" AS "t0"
  ) AS "t5"
    ON "t11"."account_id" = "t5"."account_id"
) AS "t12"
