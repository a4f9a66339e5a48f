SELECT
  "t12"."account_id" AS "account_id",
  "t12"."seats" AS "seats"
FROM (
  SELECT
    "t11"."account_id" AS "account_id",
    CAST("t11"."members" AS Nullable(Float64)) AS "members",
    COALESCE(
      CAST("t5"."contracted" AS Nullable(Float64)),
      CAST("t11"."members" AS Nullable(Float64))
    ) AS "seats"
  FROM (
    SELECT
      "t9"."account_id" AS "account_id",
      COALESCE("t9"."members", 0) AS "members"
    FROM (
      SELECT
        "t4"."account_id" AS "account_id",
        "t8"."members" AS "members"
      FROM (
        SELECT
          "t0"."account_id" AS "account_id"
        FROM "accounts" AS "t0"
      ) AS "t4"
      LEFT OUTER JOIN (
        SELECT
          "t6"."account_id" AS "account_id",
          COUNT("t6"."user_id") AS "members"
        FROM (
          SELECT
            "t1"."account_id" AS "account_id",
            "t1"."user_id" AS "user_id",
            "t1"."role" AS "role"
          FROM "memberships" AS "t1"
          WHERE
            isNull("t1"."joined_at")
            OR (
              "t1"."joined_at" < parseDateTimeBestEffort('2026-03-01T15:00:00')
            )
        ) AS "t6"
        GROUP BY
          "t6"."account_id"
      ) AS "t8"
        ON "t4"."account_id" = "t8"."account_id"
    ) AS "t9"
  ) AS "t11"
  INNER JOIN (
    SELECT
      "t0"."account_id" AS "account_id",
      "t0"."seats" AS "contracted"
    FROM "accounts" AS "t0"
  ) AS "t5"
    ON "t11"."account_id" = "t5"."account_id"
) AS "t12"
