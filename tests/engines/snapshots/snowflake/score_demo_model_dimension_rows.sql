WITH "t16" AS (
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
), "t37" AS (
  SELECT
    "t13"."account_id",
    SUM(
      IFF(
        (
          "t13"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        )
        AND NOT (
          "t13"."event" IN ('email_opened')
        ),
        "t13"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e0",
    SUM(
      IFF(
        (
          "t13"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        )
        AND "t13"."event" IN ('comment_added', 'document_created', 'wiki_page_created', 'file_uploaded'),
        "t13"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e1",
    SUM(
      IFF(
        (
          "t13"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        )
        AND "t13"."event" IN ('export_csv', 'api_call', 'webhook_created'),
        "t13"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e2",
    SUM(
      IFF(
        (
          "t13"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        )
        AND "t13"."event" IN ('help_article_viewed'),
        "t13"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e3",
    SUM(
      IFF(
        (
          "t13"."day" >= DATE_FROM_PARTS(2026, 1, 5)
        )
        AND (
          "t13"."day" < DATE_FROM_PARTS(2026, 2, 2)
        )
        AND NOT (
          "t13"."event" IN ('email_opened')
        ),
        "t13"."n",
        CAST(NULL AS BIGINT)
      )
    ) AS "e4",
    MAX(
      IFF(NOT (
        "t13"."event" IN ('email_opened')
      ), "t13"."day", CAST(NULL AS DATE))
    ) AS "e5",
    SUM(IFF("t13"."event" IN ('integration_connected'), "t13"."n", CAST(NULL AS BIGINT))) AS "e6"
  FROM (
    SELECT
      *
    FROM "account_daily" AS "t2"
    WHERE
      "t2"."account_id" IS NOT NULL
      AND "t2"."day" >= DATE_FROM_PARTS(2025, 12, 2)
      AND "t2"."day" < DATE_FROM_PARTS(2026, 3, 2)
  ) AS "t13"
  GROUP BY
    1
), "t52" AS (
  SELECT
    "t33"."account_id",
    "t33"."user_id",
    "t26"."role",
    "t33"."n_7",
    "t33"."n_28"
  FROM (
    SELECT
      "t15"."account_id",
      "t15"."user_id",
      SUM(IFF("t15"."day" >= DATE_FROM_PARTS(2026, 2, 23), "t15"."n", 0)) AS "n_7",
      SUM("t15"."n") AS "n_28"
    FROM (
      SELECT
        *
      FROM "user_daily" AS "t4"
      WHERE
        "t4"."account_id" IS NOT NULL
        AND "t4"."day" >= DATE_FROM_PARTS(2026, 2, 2)
        AND "t4"."day" < DATE_FROM_PARTS(2026, 3, 2)
        AND "t4"."user_id" IS NOT NULL
    ) AS "t15"
    GROUP BY
      1,
      2
  ) AS "t33"
  INNER JOIN "t16" AS "t26"
    ON "t33"."account_id" = "t26"."account_id" AND "t33"."user_id" = "t26"."user_id"
), "t63" AS (
  SELECT
    "t7"."account_id",
    CAST(COALESCE("t32"."members", 0) AS DOUBLE) AS "members",
    COALESCE(CAST("t8"."contracted" AS DOUBLE), CAST(COALESCE("t32"."members", 0) AS DOUBLE)) AS "seats"
  FROM (
    SELECT
      "t0"."account_id"
    FROM "accounts" AS "t0"
  ) AS "t7"
  LEFT OUTER JOIN (
    SELECT
      "t20"."account_id",
      COUNT("t20"."user_id") AS "members"
    FROM "t16" AS "t20"
    GROUP BY
      1
  ) AS "t32"
    ON "t7"."account_id" = "t32"."account_id"
  INNER JOIN (
    SELECT
      "t0"."account_id",
      "t0"."seats" AS "contracted"
    FROM "accounts" AS "t0"
  ) AS "t8"
    ON "t7"."account_id" = "t8"."account_id"
), "t83" AS (
  SELECT
    "t64"."account_id",
    SUM(IFF("t64"."n_7" > 0, 1, 0)) AS "active_7",
    MAX("t64"."n_7") AS "top_7",
    SUM("t64"."n_7") AS "total_7",
    SUM(IFF((
      "t64"."n_7" > 0
    ) AND (
      COALESCE("t64"."role", '') = 'admin'
    ), 1, 0)) AS "admins_7",
    SUM(IFF(COALESCE("t64"."role", '') = 'admin', "t64"."n_7", 0)) AS "admin_events_7",
    SUM(IFF("t64"."n_28" > 0, 1, 0)) AS "active_28",
    MAX("t64"."n_28") AS "top_28",
    SUM("t64"."n_28") AS "total_28",
    SUM(IFF((
      "t64"."n_28" > 0
    ) AND (
      COALESCE("t64"."role", '') = 'admin'
    ), 1, 0)) AS "admins_28",
    SUM(IFF(COALESCE("t64"."role", '') = 'admin', "t64"."n_28", 0)) AS "admin_events_28"
  FROM "t52" AS "t64"
  GROUP BY
    1
)
SELECT
  *
FROM (
  SELECT
    "t136"."account_id",
    'penetration' AS "dimension",
    "t136"."d2_score" AS "score",
    "t136"."d2_weight" AS "weight",
    "t136"."d2_points" AS "points"
  FROM (
    SELECT
      "t135".*
      EXCLUDE ("_w0", "_w1", "_w2")
    FROM (
      SELECT
        "t134"."account_id",
        "t134"."live",
        "t134"."m0_value",
        "t134"."m0_score",
        "t134"."m1_value",
        "t134"."m1_score",
        "t134"."m2_value",
        "t134"."m2_score",
        "t134"."m3_value",
        "t134"."m3_score",
        "t134"."m4_value",
        "t134"."m4_score",
        "t134"."m5_value",
        "t134"."m5_score",
        "t134"."m6_value",
        "t134"."m6_score",
        "t134"."m7_value",
        "t134"."m7_score",
        "t134"."m8_value",
        "t134"."m8_score",
        "t134"."m9_value",
        "t134"."m9_score",
        "t134"."m10_value",
        "t134"."m10_score",
        "t134"."m11_value",
        "t134"."m11_score",
        "t134"."m12_value",
        "t134"."m12_score",
        "t134"."m13_value",
        "t134"."m13_score",
        "t134"."m14_value",
        "t134"."m14_score",
        "t134"."m15_value",
        "t134"."m15_score",
        "t134"."m16_value",
        "t134"."m16_score",
        "t134"."d0_score",
        "t134"."d1_score",
        "t134"."d2_score",
        "t134"."_w0",
        "t134"."_w1",
        "t134"."_w2",
        "t134"."d0_weight",
        "t134"."d1_weight",
        "t134"."d2_weight",
        "t134"."m0_points",
        "t134"."m1_points",
        "t134"."m2_points",
        "t134"."m3_points",
        "t134"."m4_points",
        "t134"."m5_points",
        "t134"."m6_points",
        "t134"."m7_points",
        "t134"."m8_points",
        "t134"."m9_points",
        "t134"."m10_points",
        "t134"."m11_points",
        "t134"."m12_points",
        "t134"."m13_points",
        "t134"."m14_points",
        "t134"."m15_points",
        "t134"."m16_points",
        IFF(
          "t134"."d0_score" IS NOT NULL,
          COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0),
          CAST(NULL AS DOUBLE)
        ) AS "d0_points",
        IFF(
          "t134"."d1_score" IS NOT NULL,
          COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0),
          CAST(NULL AS DOUBLE)
        ) AS "d1_points",
        IFF(
          "t134"."d2_score" IS NOT NULL,
          COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
          CAST(NULL AS DOUBLE)
        ) AS "d2_points",
        IFF(
          (
            "t134"."d0_score" IS NOT NULL
          )
          OR (
            "t134"."d1_score" IS NOT NULL
          )
          OR (
            "t134"."d2_score" IS NOT NULL
          ),
          COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0) + COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0) + COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
          CAST(NULL AS DOUBLE)
        ) AS "score"
      FROM (
        SELECT
          "t133"."account_id",
          "t133"."live",
          "t133"."m0_value",
          "t133"."m0_score",
          "t133"."m1_value",
          "t133"."m1_score",
          "t133"."m2_value",
          "t133"."m2_score",
          "t133"."m3_value",
          "t133"."m3_score",
          "t133"."m4_value",
          "t133"."m4_score",
          "t133"."m5_value",
          "t133"."m5_score",
          "t133"."m6_value",
          "t133"."m6_score",
          "t133"."m7_value",
          "t133"."m7_score",
          "t133"."m8_value",
          "t133"."m8_score",
          "t133"."m9_value",
          "t133"."m9_score",
          "t133"."m10_value",
          "t133"."m10_score",
          "t133"."m11_value",
          "t133"."m11_score",
          "t133"."m12_value",
          "t133"."m12_score",
          "t133"."m13_value",
          "t133"."m13_score",
          "t133"."m14_value",
          "t133"."m14_score",
          "t133"."m15_value",
          "t133"."m15_score",
          "t133"."m16_value",
          "t133"."m16_score",
          "t133"."d0_score",
          "t133"."d1_score",
          "t133"."d2_score",
          "t133"."_w0",
          "t133"."_w1",
          "t133"."_w2",
          "t133"."d0_weight",
          "t133"."d1_weight",
          "t133"."d2_weight",
          IFF(
            (
              "t133"."m0_score" IS NOT NULL
            ) AND (
              "t133"."_w0" > 0
            ),
            (
              (
                "t133"."d0_weight" * 3.0
              ) / "t133"."_w0"
            ) * 100.0 * "t133"."m0_score",
            CAST(NULL AS DOUBLE)
          ) AS "m0_points",
          IFF(
            (
              "t133"."m1_score" IS NOT NULL
            ) AND (
              "t133"."_w0" > 0
            ),
            (
              (
                "t133"."d0_weight" * 1.0
              ) / "t133"."_w0"
            ) * 100.0 * "t133"."m1_score",
            CAST(NULL AS DOUBLE)
          ) AS "m1_points",
          IFF(
            (
              "t133"."m2_score" IS NOT NULL
            ) AND (
              "t133"."_w0" > 0
            ),
            (
              (
                "t133"."d0_weight" * 1.0
              ) / "t133"."_w0"
            ) * 100.0 * "t133"."m2_score",
            CAST(NULL AS DOUBLE)
          ) AS "m2_points",
          IFF(
            (
              "t133"."m3_score" IS NOT NULL
            ) AND (
              "t133"."_w0" > 0
            ),
            (
              (
                "t133"."d0_weight" * 1.0
              ) / "t133"."_w0"
            ) * 100.0 * "t133"."m3_score",
            CAST(NULL AS DOUBLE)
          ) AS "m3_points",
          IFF(
            (
              "t133"."m4_score" IS NOT NULL
            ) AND (
              "t133"."_w0" > 0
            ),
            (
              (
                "t133"."d0_weight" * 2.0
              ) / "t133"."_w0"
            ) * 100.0 * "t133"."m4_score",
            CAST(NULL AS DOUBLE)
          ) AS "m4_points",
          IFF(
            (
              "t133"."m5_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 3.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m5_score",
            CAST(NULL AS DOUBLE)
          ) AS "m5_points",
          IFF(
            (
              "t133"."m6_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 2.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m6_score",
            CAST(NULL AS DOUBLE)
          ) AS "m6_points",
          IFF(
            (
              "t133"."m7_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 2.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m7_score",
            CAST(NULL AS DOUBLE)
          ) AS "m7_points",
          IFF(
            (
              "t133"."m8_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 2.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m8_score",
            CAST(NULL AS DOUBLE)
          ) AS "m8_points",
          IFF(
            (
              "t133"."m9_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 1.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m9_score",
            CAST(NULL AS DOUBLE)
          ) AS "m9_points",
          IFF(
            (
              "t133"."m10_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 1.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m10_score",
            CAST(NULL AS DOUBLE)
          ) AS "m10_points",
          IFF(
            (
              "t133"."m11_score" IS NOT NULL
            ) AND (
              "t133"."_w1" > 0
            ),
            (
              (
                "t133"."d1_weight" * 1.0
              ) / "t133"."_w1"
            ) * 100.0 * "t133"."m11_score",
            CAST(NULL AS DOUBLE)
          ) AS "m11_points",
          IFF(
            (
              "t133"."m12_score" IS NOT NULL
            ) AND (
              "t133"."_w2" > 0
            ),
            (
              (
                "t133"."d2_weight" * 2.0
              ) / "t133"."_w2"
            ) * 100.0 * "t133"."m12_score",
            CAST(NULL AS DOUBLE)
          ) AS "m12_points",
          IFF(
            (
              "t133"."m13_score" IS NOT NULL
            ) AND (
              "t133"."_w2" > 0
            ),
            (
              (
                "t133"."d2_weight" * 1.0
              ) / "t133"."_w2"
            ) * 100.0 * "t133"."m13_score",
            CAST(NULL AS DOUBLE)
          ) AS "m13_points",
          IFF(
            (
              "t133"."m14_score" IS NOT NULL
            ) AND (
              "t133"."_w2" > 0
            ),
            (
              (
                "t133"."d2_weight" * 2.0
              ) / "t133"."_w2"
            ) * 100.0 * "t133"."m14_score",
            CAST(NULL AS DOUBLE)
          ) AS "m14_points",
          IFF(
            (
              "t133"."m15_score" IS NOT NULL
            ) AND (
              "t133"."_w2" > 0
            ),
            (
              (
                "t133"."d2_weight" * 2.0
              ) / "t133"."_w2"
            ) * 100.0 * "t133"."m15_score",
            CAST(NULL AS DOUBLE)
          ) AS "m15_points",
          IFF(
            (
              "t133"."m16_score" IS NOT NULL
            ) AND (
              "t133"."_w2" > 0
            ),
            (
              (
                "t133"."d2_weight" * 1.0
              ) / "t133"."_w2"
            ) * 100.0 * "t133"."m16_score",
            CAST(NULL AS DOUBLE)
          ) AS "m16_points"
        FROM (
          SELECT
            "t132"."account_id",
            "t132"."live",
            "t132"."m0_value",
            "t132"."m0_score",
            "t132"."m1_value",
            "t132"."m1_score",
            "t132"."m2_value",
            "t132"."m2_score",
            "t132"."m3_value",
            "t132"."m3_score",
            "t132"."m4_value",
            "t132"."m4_score",
            "t132"."m5_value",
            "t132"."m5_score",
            "t132"."m6_value",
            "t132"."m6_score",
            "t132"."m7_value",
            "t132"."m7_score",
            "t132"."m8_value",
            "t132"."m8_score",
            "t132"."m9_value",
            "t132"."m9_score",
            "t132"."m10_value",
            "t132"."m10_score",
            "t132"."m11_value",
            "t132"."m11_score",
            "t132"."m12_value",
            "t132"."m12_score",
            "t132"."m13_value",
            "t132"."m13_score",
            "t132"."m14_value",
            "t132"."m14_score",
            "t132"."m15_value",
            "t132"."m15_score",
            "t132"."m16_value",
            "t132"."m16_score",
            "t132"."d0_score",
            "t132"."d1_score",
            "t132"."d2_score",
            "t132"."_w0",
            "t132"."_w1",
            "t132"."_w2",
            IFF(
              (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ) > 0,
              IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) / (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS DOUBLE)
            ) AS "d0_weight",
            IFF(
              (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ) > 0,
              IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) / (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS DOUBLE)
            ) AS "d1_weight",
            IFF(
              (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ) > 0,
              IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0) / (
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
              ),
              CAST(NULL AS DOUBLE)
            ) AS "d2_weight"
          FROM (
            SELECT
              "t131"."account_id",
              "t131"."live",
              "t131"."m0_value",
              "t131"."m0_score",
              "t131"."m1_value",
              "t131"."m1_score",
              "t131"."m2_value",
              "t131"."m2_score",
              "t131"."m3_value",
              "t131"."m3_score",
              "t131"."m4_value",
              "t131"."m4_score",
              "t131"."m5_value",
              "t131"."m5_score",
              "t131"."m6_value",
              "t131"."m6_score",
              "t131"."m7_value",
              "t131"."m7_score",
              "t131"."m8_value",
              "t131"."m8_score",
              "t131"."m9_value",
              "t131"."m9_score",
              "t131"."m10_value",
              "t131"."m10_score",
              "t131"."m11_value",
              "t131"."m11_score",
              "t131"."m12_value",
              "t131"."m12_score",
              "t131"."m13_value",
              "t131"."m13_score",
              "t131"."m14_value",
              "t131"."m14_score",
              "t131"."m15_value",
              "t131"."m15_score",
              "t131"."m16_value",
              "t131"."m16_score",
              IFF(
                (
                  IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                ) > 0,
                (
                  0.0 + (
                    IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m0_score", 0.0)
                  ) + (
                    IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m1_score", 0.0)
                  ) + (
                    IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m2_score", 0.0)
                  ) + (
                    IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m3_score", 0.0)
                  ) + (
                    IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m4_score", 0.0)
                  )
                ) / (
                  IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d0_score",
              IFF(
                (
                  IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                ) > 0,
                (
                  0.0 + (
                    IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m5_score", 0.0)
                  ) + (
                    IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m6_score", 0.0)
                  ) + (
                    IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m7_score", 0.0)
                  ) + (
                    IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m8_score", 0.0)
                  ) + (
                    IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m9_score", 0.0)
                  ) + (
                    IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m10_score", 0.0)
                  ) + (
                    IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m11_score", 0.0)
                  )
                ) / (
                  IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d1_score",
              IFF(
                (
                  IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                ) > 0,
                (
                  0.0 + (
                    IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m12_score", 0.0)
                  ) + (
                    IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m13_score", 0.0)
                  ) + (
                    IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m14_score", 0.0)
                  ) + (
                    IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m15_score", 0.0)
                  ) + (
                    IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m16_score", 0.0)
                  )
                ) / (
                  IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d2_score",
              IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) AS "_w0",
              IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) AS "_w1",
              IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) AS "_w2"
            FROM (
              SELECT
                "t27"."account_id",
                "t27"."live",
                IFF("t27"."live", "t130"."help_views_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m0_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5
                      ) IS NULL,
                      (
                        "t130"."help_views_per_active_user_28d" - 0.0
                      ) / 0.5,
                      LEAST(1.0, (
                        "t130"."help_views_per_active_user_28d" - 0.0
                      ) / 0.5)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5
                      ) IS NULL,
                      (
                        "t130"."help_views_per_active_user_28d" - 0.0
                      ) / 0.5,
                      LEAST(1.0, (
                        "t130"."help_views_per_active_user_28d" - 0.0
                      ) / 0.5)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m0_score",
                IFF("t27"."live", "t130"."support_tickets_90d", CAST(NULL AS DOUBLE)) AS "m1_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."support_tickets_90d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."support_tickets_90d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."support_tickets_90d" - 0.0
                      ) / 2.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m1_score",
                IFF("t27"."live", "t130"."seminars_90d", CAST(NULL AS DOUBLE)) AS "m2_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0
                      ) IS NULL,
                      (
                        "t130"."seminars_90d" - 0.0
                      ) / 1.0,
                      LEAST(1.0, (
                        "t130"."seminars_90d" - 0.0
                      ) / 1.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0
                      ) IS NULL,
                      (
                        "t130"."seminars_90d" - 0.0
                      ) / 1.0,
                      LEAST(1.0, (
                        "t130"."seminars_90d" - 0.0
                      ) / 1.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m2_score",
                IFF("t27"."live", "t130"."community_90d", CAST(NULL AS DOUBLE)) AS "m3_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0
                      ) IS NULL,
                      (
                        "t130"."community_90d" - 0.0
                      ) / 1.0,
                      LEAST(1.0, (
                        "t130"."community_90d" - 0.0
                      ) / 1.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0
                      ) IS NULL,
                      (
                        "t130"."community_90d" - 0.0
                      ) / 1.0,
                      LEAST(1.0, (
                        "t130"."community_90d" - 0.0
                      ) / 1.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."community_90d" - 0.0
                        ) / 1.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m3_score",
                IFF("t27"."live", "t130"."latest_nps", CAST(NULL AS DOUBLE)) AS "m4_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0
                      ) IS NULL,
                      (
                        "t130"."latest_nps" - 3.0
                      ) / 6.0,
                      LEAST(1.0, (
                        "t130"."latest_nps" - 3.0
                      ) / 6.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0
                      ) IS NULL,
                      (
                        "t130"."latest_nps" - 3.0
                      ) / 6.0,
                      LEAST(1.0, (
                        "t130"."latest_nps" - 3.0
                      ) / 6.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0
                        ) IS NULL,
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0,
                        LEAST(1.0, (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m4_score",
                IFF("t27"."live", "t130"."feature_breadth_28d", CAST(NULL AS DOUBLE)) AS "m5_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5
                      ) IS NULL,
                      (
                        "t130"."feature_breadth_28d" - 0.3
                      ) / 0.5,
                      LEAST(1.0, (
                        "t130"."feature_breadth_28d" - 0.3
                      ) / 0.5)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5
                      ) IS NULL,
                      (
                        "t130"."feature_breadth_28d" - 0.3
                      ) / 0.5,
                      LEAST(1.0, (
                        "t130"."feature_breadth_28d" - 0.3
                      ) / 0.5)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m5_score",
                IFF("t27"."live", "t130"."events_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m6_value",
                IFF(
                  "t27"."live",
                  IFF(
                    "t130"."events_per_active_user_28d" IS NULL,
                    CAST(NULL AS DOUBLE),
                    (
                      CAST(RANK() OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                        ORDER BY "t130"."events_per_active_user_28d" ASC
                      ) - 1 AS DOUBLE) + (
                        CUME_DIST() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY "t130"."events_per_active_user_28d" ASC
                        ) * CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE)
                      )
                    ) / (
                      CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                        ORDER BY NULL ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS DOUBLE) * 2.0
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m6_score",
                IFF("t27"."live", "t130"."collaboration_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m7_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5
                      ) IS NULL,
                      (
                        "t130"."collaboration_per_active_user_28d" - 0.5
                      ) / 3.5,
                      LEAST(1.0, (
                        "t130"."collaboration_per_active_user_28d" - 0.5
                      ) / 3.5)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5
                      ) IS NULL,
                      (
                        "t130"."collaboration_per_active_user_28d" - 0.5
                      ) / 3.5,
                      LEAST(1.0, (
                        "t130"."collaboration_per_active_user_28d" - 0.5
                      ) / 3.5)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5
                        ) IS NULL,
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5,
                        LEAST(1.0, (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m7_score",
                IFF("t27"."live", "t130"."days_since_last_event", CAST(NULL AS DOUBLE)) AS "m8_value",
                IFF(
                  "t27"."live",
                  COALESCE(
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0
                        ) IS NULL,
                        (
                          "t130"."days_since_last_event" - 14.0
                        ) / -12.0,
                        LEAST(1.0, (
                          "t130"."days_since_last_event" - 14.0
                        ) / -12.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0
                        ) IS NULL,
                        (
                          "t130"."days_since_last_event" - 14.0
                        ) / -12.0,
                        LEAST(1.0, (
                          "t130"."days_since_last_event" - 14.0
                        ) / -12.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0
                          ) IS NULL,
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0,
                          LEAST(1.0, (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0)
                        )
                      )
                    ),
                    0.0
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m8_score",
                IFF("t27"."live", "t130"."growth_28d", CAST(NULL AS DOUBLE)) AS "m9_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001
                      ) IS NULL,
                      (
                        "t130"."growth_28d" - 0.6
                      ) / 0.5000000000000001,
                      LEAST(1.0, (
                        "t130"."growth_28d" - 0.6
                      ) / 0.5000000000000001)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001
                      ) IS NULL,
                      (
                        "t130"."growth_28d" - 0.6
                      ) / 0.5000000000000001,
                      LEAST(1.0, (
                        "t130"."growth_28d" - 0.6
                      ) / 0.5000000000000001)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001
                        ) IS NULL,
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001,
                        LEAST(1.0, (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m9_score",
                IFF("t27"."live", "t130"."power_features_28d", CAST(NULL AS DOUBLE)) AS "m10_value",
                IFF(
                  "t27"."live",
                  IFF(
                    "t130"."power_features_28d" IS NULL,
                    CAST(NULL AS DOUBLE),
                    (
                      CAST(RANK() OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                        ORDER BY "t130"."power_features_28d" ASC
                      ) - 1 AS DOUBLE) + (
                        CUME_DIST() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY "t130"."power_features_28d" ASC
                        ) * CAST(COUNT("t130"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE)
                      )
                    ) / (
                      CAST(COUNT("t130"."power_features_28d") OVER (
                        PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                        ORDER BY NULL ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) AS DOUBLE) * 2.0
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m10_score",
                IFF("t27"."live", "t130"."integrations_90d", CAST(NULL AS DOUBLE)) AS "m11_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."integrations_90d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."integrations_90d" - 0.0
                      ) / 2.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."integrations_90d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."integrations_90d" - 0.0
                      ) / 2.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m11_score",
                IFF("t27"."live", "t130"."active_rate_28d", CAST(NULL AS DOUBLE)) AS "m12_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996
                      ) IS NULL,
                      (
                        "t130"."active_rate_28d" - 0.15
                      ) / 0.44999999999999996,
                      LEAST(1.0, (
                        "t130"."active_rate_28d" - 0.15
                      ) / 0.44999999999999996)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996
                      ) IS NULL,
                      (
                        "t130"."active_rate_28d" - 0.15
                      ) / 0.44999999999999996,
                      LEAST(1.0, (
                        "t130"."active_rate_28d" - 0.15
                      ) / 0.44999999999999996)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m12_score",
                IFF("t27"."live", "t130"."active_rate_7d", CAST(NULL AS DOUBLE)) AS "m13_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003
                      ) IS NULL,
                      (
                        "t130"."active_rate_7d" - 0.05
                      ) / 0.35000000000000003,
                      LEAST(1.0, (
                        "t130"."active_rate_7d" - 0.05
                      ) / 0.35000000000000003)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003
                      ) IS NULL,
                      (
                        "t130"."active_rate_7d" - 0.05
                      ) / 0.35000000000000003,
                      LEAST(1.0, (
                        "t130"."active_rate_7d" - 0.05
                      ) / 0.35000000000000003)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003
                        ) IS NULL,
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003,
                        LEAST(1.0, (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m13_score",
                IFF("t27"."live", "t130"."evenness_28d", CAST(NULL AS DOUBLE)) AS "m14_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007
                      ) IS NULL,
                      (
                        "t130"."evenness_28d" - 0.1
                      ) / 0.45000000000000007,
                      LEAST(1.0, (
                        "t130"."evenness_28d" - 0.1
                      ) / 0.45000000000000007)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007
                      ) IS NULL,
                      (
                        "t130"."evenness_28d" - 0.1
                      ) / 0.45000000000000007,
                      LEAST(1.0, (
                        "t130"."evenness_28d" - 0.1
                      ) / 0.45000000000000007)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007
                        ) IS NULL,
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007,
                        LEAST(1.0, (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m14_score",
                IFF("t27"."live", "t130"."top_user_share_28d", CAST(NULL AS DOUBLE)) AS "m15_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996
                      ) IS NULL,
                      (
                        "t130"."top_user_share_28d" - 0.6
                      ) / -0.44999999999999996,
                      LEAST(1.0, (
                        "t130"."top_user_share_28d" - 0.6
                      ) / -0.44999999999999996)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996
                      ) IS NULL,
                      (
                        "t130"."top_user_share_28d" - 0.6
                      ) / -0.44999999999999996,
                      LEAST(1.0, (
                        "t130"."top_user_share_28d" - 0.6
                      ) / -0.44999999999999996)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m15_score",
                IFF("t27"."live", "t130"."active_admins_28d", CAST(NULL AS DOUBLE)) AS "m16_value",
                IFF(
                  "t27"."live",
                  IFF(
                    IFF(
                      (
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."active_admins_28d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."active_admins_28d" - 0.0
                      ) / 2.0)
                    ) IS NULL,
                    IFF(
                      (
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0
                      ) IS NULL,
                      (
                        "t130"."active_admins_28d" - 0.0
                      ) / 2.0,
                      LEAST(1.0, (
                        "t130"."active_admins_28d" - 0.0
                      ) / 2.0)
                    ),
                    GREATEST(
                      0.0,
                      IFF(
                        (
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0)
                      )
                    )
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "m16_score"
              FROM (
                SELECT
                  "t0"."account_id",
                  "t0"."tier",
                  (
                    (
                      COALESCE("t0"."trial_started_at", "t0"."contract_started_at") IS NULL
                    )
                    OR (
                      COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                    )
                  )
                  AND IFF(
                    "t0"."churned_at" IS NOT NULL,
                    "t0"."churned_at" >= TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0),
                    COALESCE("t0"."status", '') <> 'churned'
                  ) AS "live"
                FROM "accounts" AS "t0"
              ) AS "t27"
              INNER JOIN (
                SELECT
                  "t7"."account_id",
                  "t123"."help_views_per_active_user_28d",
                  "t53"."support_tickets_90d",
                  "t54"."seminars_90d",
                  "t55"."community_90d",
                  "t78"."latest_nps",
                  "t68"."feature_breadth_28d",
                  "t124"."events_per_active_user_28d",
                  "t125"."collaboration_per_active_user_28d",
                  "t88"."days_since_last_event",
                  "t99"."growth_28d",
                  "t85"."power_features_28d",
                  "t86"."integrations_90d",
                  "t113"."active_rate_28d",
                  "t114"."active_rate_7d",
                  "t128"."evenness_28d",
                  "t119"."top_user_share_28d",
                  "t112"."active_admins_28d"
                FROM (
                  SELECT
                    "t0"."account_id"
                  FROM "accounts" AS "t0"
                ) AS "t7"
                INNER JOIN (
                  SELECT
                    "t116"."account_id",
                    "t116"."value" AS "help_views_per_active_user_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t104"."active" > 0,
                        CAST(COALESCE("t56"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e3" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t56"
                      ON "t7"."account_id" = "t56"."account_id"
                    INNER JOIN (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t94"."active", 0) AS "active"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_28" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t94"
                        ON "t7"."account_id" = "t94"."account_id"
                    ) AS "t104"
                      ON "t7"."account_id" = "t104"."account_id"
                  ) AS "t116"
                ) AS "t123"
                  ON "t7"."account_id" = "t123"."account_id"
                INNER JOIN (
                  SELECT
                    "t34"."account_id",
                    CAST("t34"."c" AS DOUBLE) AS "support_tickets_90d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t22"."c", 0) AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t9"."account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t1"
                        WHERE
                          "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                          AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                          AND "t1"."kind" IN ('support_ticket')
                      ) AS "t9"
                      GROUP BY
                        1
                    ) AS "t22"
                      ON "t7"."account_id" = "t22"."account_id"
                  ) AS "t34"
                ) AS "t53"
                  ON "t7"."account_id" = "t53"."account_id"
                INNER JOIN (
                  SELECT
                    "t35"."account_id",
                    CAST("t35"."c" AS DOUBLE) AS "seminars_90d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t23"."c", 0) AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t10"."account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t1"
                        WHERE
                          "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                          AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                          AND "t1"."kind" IN ('seminar')
                      ) AS "t10"
                      GROUP BY
                        1
                    ) AS "t23"
                      ON "t7"."account_id" = "t23"."account_id"
                  ) AS "t35"
                ) AS "t54"
                  ON "t7"."account_id" = "t54"."account_id"
                INNER JOIN (
                  SELECT
                    "t36"."account_id",
                    CAST("t36"."c" AS DOUBLE) AS "community_90d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t24"."c", 0) AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t11"."account_id",
                        COUNT(*) AS "c"
                      FROM (
                        SELECT
                          *
                        FROM "touchpoints" AS "t1"
                        WHERE
                          "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                          AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                          AND "t1"."kind" IN ('community')
                      ) AS "t11"
                      GROUP BY
                        1
                    ) AS "t24"
                      ON "t7"."account_id" = "t24"."account_id"
                  ) AS "t36"
                ) AS "t55"
                  ON "t7"."account_id" = "t55"."account_id"
                INNER JOIN (
                  SELECT
                    "t67"."account_id",
                    "t67"."s" AS "latest_nps"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      "t41"."s"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t29"."account_id",
                        "t29"."score" AS "s"
                      FROM (
                        SELECT
                          "t12"."touchpoint_id",
                          "t12"."ts",
                          "t12"."account_id",
                          "t12"."user_id",
                          "t12"."kind",
                          "t12"."title",
                          "t12"."body",
                          "t12"."score",
                          "t12"."properties",
                          "t12"."source",
                          "t12"."loaded_at",
                          ROW_NUMBER() OVER (
                            PARTITION BY "t12"."account_id"
                            ORDER BY "t12"."ts" DESC NULLS LAST, "t12"."touchpoint_id" DESC NULLS LAST
                          ) - 1 AS "rn"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 3, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" = 'nps'
                            AND "t1"."score" IS NOT NULL
                        ) AS "t12"
                      ) AS "t29"
                      WHERE
                        "t29"."rn" = 0
                    ) AS "t41"
                      ON "t7"."account_id" = "t41"."account_id"
                  ) AS "t67"
                ) AS "t78"
                  ON "t7"."account_id" = "t78"."account_id"
                INNER JOIN (
                  SELECT
                    "t40"."account_id",
                    CAST("t40"."d" AS DOUBLE) / 4.0 AS "feature_breadth_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t28"."d", 0) AS "d"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t14"."account_id",
                        COUNT(DISTINCT "t14"."event") AS "d"
                      FROM (
                        SELECT
                          *
                        FROM "account_daily" AS "t2"
                        WHERE
                          "t2"."account_id" IS NOT NULL
                          AND "t2"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                          AND "t2"."day" < DATE_FROM_PARTS(2026, 3, 2)
                          AND "t2"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                      ) AS "t14"
                      GROUP BY
                        1
                    ) AS "t28"
                      ON "t7"."account_id" = "t28"."account_id"
                  ) AS "t40"
                ) AS "t68"
                  ON "t7"."account_id" = "t68"."account_id"
                INNER JOIN (
                  SELECT
                    "t117"."account_id",
                    "t117"."value" AS "events_per_active_user_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t104"."active" > 0,
                        CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e0" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t57"
                      ON "t7"."account_id" = "t57"."account_id"
                    INNER JOIN (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t94"."active", 0) AS "active"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_28" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t94"
                        ON "t7"."account_id" = "t94"."account_id"
                    ) AS "t104"
                      ON "t7"."account_id" = "t104"."account_id"
                  ) AS "t117"
                ) AS "t124"
                  ON "t7"."account_id" = "t124"."account_id"
                INNER JOIN (
                  SELECT
                    "t118"."account_id",
                    "t118"."value" AS "collaboration_per_active_user_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t104"."active" > 0,
                        CAST(COALESCE("t58"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e1" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t58"
                      ON "t7"."account_id" = "t58"."account_id"
                    INNER JOIN (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t94"."active", 0) AS "active"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_28" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t94"
                        ON "t7"."account_id" = "t94"."account_id"
                    ) AS "t104"
                      ON "t7"."account_id" = "t104"."account_id"
                  ) AS "t118"
                ) AS "t125"
                  ON "t7"."account_id" = "t125"."account_id"
                INNER JOIN (
                  SELECT
                    "t73"."account_id",
                    CAST(DATEDIFF(DAY, "t73"."last", DATE_FROM_PARTS(2026, 3, 2)) AS DOUBLE) AS "days_since_last_event"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      "t59"."last"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e5" AS "last"
                      FROM "t37" AS "t39"
                    ) AS "t59"
                      ON "t7"."account_id" = "t59"."account_id"
                  ) AS "t73"
                ) AS "t88"
                  ON "t7"."account_id" = "t88"."account_id"
                INNER JOIN (
                  SELECT
                    "t89"."account_id",
                    "t89"."value" AS "growth_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t79"."p" > 0,
                        CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t79"."p" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e0" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t57"
                      ON "t7"."account_id" = "t57"."account_id"
                    INNER JOIN (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t62"."p", 0) AS "p"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e4" AS "p"
                        FROM "t37" AS "t39"
                      ) AS "t62"
                        ON "t7"."account_id" = "t62"."account_id"
                    ) AS "t79"
                      ON "t7"."account_id" = "t79"."account_id"
                  ) AS "t89"
                ) AS "t99"
                  ON "t7"."account_id" = "t99"."account_id"
                INNER JOIN (
                  SELECT
                    "t74"."account_id",
                    CAST("t74"."c" AS DOUBLE) AS "power_features_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t60"."c", 0) AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e2" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t60"
                      ON "t7"."account_id" = "t60"."account_id"
                  ) AS "t74"
                ) AS "t85"
                  ON "t7"."account_id" = "t85"."account_id"
                INNER JOIN (
                  SELECT
                    "t75"."account_id",
                    CAST("t75"."c" AS DOUBLE) AS "integrations_90d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t61"."c", 0) AS "c"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."account_id",
                        "t39"."e6" AS "c"
                      FROM "t37" AS "t39"
                    ) AS "t61"
                      ON "t7"."account_id" = "t61"."account_id"
                  ) AS "t75"
                ) AS "t86"
                  ON "t7"."account_id" = "t86"."account_id"
                INNER JOIN (
                  SELECT
                    "t106"."account_id",
                    "t106"."value" AS "active_rate_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t69"."seats" > 0,
                        CAST(COALESCE("t94"."active", 0) AS DOUBLE) / "t69"."seats",
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t87"."account_id",
                        "t87"."active_28" AS "active"
                      FROM "t83" AS "t87"
                    ) AS "t94"
                      ON "t7"."account_id" = "t94"."account_id"
                    INNER JOIN "t63" AS "t69"
                      ON "t7"."account_id" = "t69"."account_id"
                  ) AS "t106"
                ) AS "t113"
                  ON "t7"."account_id" = "t113"."account_id"
                INNER JOIN (
                  SELECT
                    "t107"."account_id",
                    "t107"."value" AS "active_rate_7d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t69"."seats" > 0,
                        CAST(COALESCE("t95"."active", 0) AS DOUBLE) / "t69"."seats",
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t87"."account_id",
                        "t87"."active_7" AS "active"
                      FROM "t83" AS "t87"
                    ) AS "t95"
                      ON "t7"."account_id" = "t95"."account_id"
                    INNER JOIN "t63" AS "t69"
                      ON "t7"."account_id" = "t69"."account_id"
                  ) AS "t107"
                ) AS "t114"
                  ON "t7"."account_id" = "t114"."account_id"
                INNER JOIN (
                  SELECT
                    "t126"."account_id",
                    "t126"."value" AS "evenness_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      IFF(
                        "t108"."total" > 0,
                        1.0 - (
                          (
                            (
                              (
                                "t108"."weighted" + (
                                  (
                                    "t77"."members" - CAST("t108"."k" AS DOUBLE)
                                  ) * CAST("t108"."total" AS DOUBLE)
                                )
                              ) * 2.0
                            ) / (
                              "t77"."members" * CAST("t108"."total" AS DOUBLE)
                            )
                          ) - (
                            (
                              "t77"."members" + 1.0
                            ) / "t77"."members"
                          )
                        ),
                        CAST(NULL AS DOUBLE)
                      ) AS "value"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t100"."account_id",
                        SUM("t100"."c") AS "k",
                        SUM("t100"."n" * "t100"."c") AS "total",
                        SUM("t100"."ranked") AS "weighted"
                      FROM (
                        SELECT
                          "t80"."account_id",
                          "t80"."n",
                          "t80"."c",
                          CAST("t80"."n" AS DOUBLE) * (
                            (
                              "t80"."c" * (
                                SUM("t80"."c") OVER (
                                  PARTITION BY "t80"."account_id"
                                  ORDER BY "t80"."n" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) - "t80"."c"
                              )
                            ) + (
                              (
                                "t80"."c" * (
                                  "t80"."c" + 1
                                )
                              ) / 2
                            )
                          ) AS "ranked"
                        FROM (
                          SELECT
                            "t71"."account_id",
                            "t71"."n",
                            COUNT(*) AS "c"
                          FROM (
                            SELECT
                              "t64"."account_id",
                              "t64"."user_id",
                              "t64"."role",
                              "t64"."n_28" AS "n"
                            FROM "t52" AS "t64"
                            WHERE
                              "t64"."n_28" > 0
                          ) AS "t71"
                          GROUP BY
                            1,
                            2
                        ) AS "t80"
                      ) AS "t100"
                      GROUP BY
                        1
                    ) AS "t108"
                      ON "t7"."account_id" = "t108"."account_id"
                    INNER JOIN (
                      SELECT
                        "t66"."account_id",
                        "t66"."members"
                      FROM "t63" AS "t66"
                    ) AS "t77"
                      ON "t7"."account_id" = "t77"."account_id"
                  ) AS "t126"
                ) AS "t128"
                  ON "t7"."account_id" = "t128"."account_id"
                INNER JOIN (
                  SELECT
                    "t102"."account_id",
                    IFF(
                      "t102"."total" > 0,
                      CAST("t102"."top" AS DOUBLE) / CAST("t102"."total" AS DOUBLE),
                      CAST(NULL AS DOUBLE)
                    ) AS "top_user_share_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      "t96"."top",
                      "t96"."total"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t87"."account_id",
                        "t87"."top_28" AS "top",
                        "t87"."total_28" AS "total"
                      FROM "t83" AS "t87"
                    ) AS "t96"
                      ON "t7"."account_id" = "t96"."account_id"
                  ) AS "t102"
                ) AS "t119"
                  ON "t7"."account_id" = "t119"."account_id"
                INNER JOIN (
                  SELECT
                    "t103"."account_id",
                    CAST("t103"."v" AS DOUBLE) AS "active_admins_28d"
                  FROM (
                    SELECT
                      "t7"."account_id",
                      COALESCE("t97"."v", 0) AS "v"
                    FROM (
                      SELECT
                        "t0"."account_id"
                      FROM "accounts" AS "t0"
                    ) AS "t7"
                    LEFT OUTER JOIN (
                      SELECT
                        "t87"."account_id",
                        "t87"."admins_28" AS "v"
                      FROM "t83" AS "t87"
                    ) AS "t97"
                      ON "t7"."account_id" = "t97"."account_id"
                  ) AS "t103"
                ) AS "t112"
                  ON "t7"."account_id" = "t112"."account_id"
              ) AS "t130"
                ON "t27"."account_id" = "t130"."account_id"
            ) AS "t131"
          ) AS "t132"
        ) AS "t133"
      ) AS "t134"
    ) AS "t135"
  ) AS "t136"
  WHERE
    "t136"."score" IS NOT NULL
) AS "t137"
UNION ALL
SELECT
  *
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t136"."account_id",
      'engagement' AS "dimension",
      "t136"."d0_score" AS "score",
      "t136"."d0_weight" AS "weight",
      "t136"."d0_points" AS "points"
    FROM (
      SELECT
        "t135".*
        EXCLUDE ("_w0", "_w1", "_w2")
      FROM (
        SELECT
          "t134"."account_id",
          "t134"."live",
          "t134"."m0_value",
          "t134"."m0_score",
          "t134"."m1_value",
          "t134"."m1_score",
          "t134"."m2_value",
          "t134"."m2_score",
          "t134"."m3_value",
          "t134"."m3_score",
          "t134"."m4_value",
          "t134"."m4_score",
          "t134"."m5_value",
          "t134"."m5_score",
          "t134"."m6_value",
          "t134"."m6_score",
          "t134"."m7_value",
          "t134"."m7_score",
          "t134"."m8_value",
          "t134"."m8_score",
          "t134"."m9_value",
          "t134"."m9_score",
          "t134"."m10_value",
          "t134"."m10_score",
          "t134"."m11_value",
          "t134"."m11_score",
          "t134"."m12_value",
          "t134"."m12_score",
          "t134"."m13_value",
          "t134"."m13_score",
          "t134"."m14_value",
          "t134"."m14_score",
          "t134"."m15_value",
          "t134"."m15_score",
          "t134"."m16_value",
          "t134"."m16_score",
          "t134"."d0_score",
          "t134"."d1_score",
          "t134"."d2_score",
          "t134"."_w0",
          "t134"."_w1",
          "t134"."_w2",
          "t134"."d0_weight",
          "t134"."d1_weight",
          "t134"."d2_weight",
          "t134"."m0_points",
          "t134"."m1_points",
          "t134"."m2_points",
          "t134"."m3_points",
          "t134"."m4_points",
          "t134"."m5_points",
          "t134"."m6_points",
          "t134"."m7_points",
          "t134"."m8_points",
          "t134"."m9_points",
          "t134"."m10_points",
          "t134"."m11_points",
          "t134"."m12_points",
          "t134"."m13_points",
          "t134"."m14_points",
          "t134"."m15_points",
          "t134"."m16_points",
          IFF(
            "t134"."d0_score" IS NOT NULL,
            COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d0_points",
          IFF(
            "t134"."d1_score" IS NOT NULL,
            COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d1_points",
          IFF(
            "t134"."d2_score" IS NOT NULL,
            COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d2_points",
          IFF(
            (
              "t134"."d0_score" IS NOT NULL
            )
            OR (
              "t134"."d1_score" IS NOT NULL
            )
            OR (
              "t134"."d2_score" IS NOT NULL
            ),
            COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0) + COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0) + COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "score"
        FROM (
          SELECT
            "t133"."account_id",
            "t133"."live",
            "t133"."m0_value",
            "t133"."m0_score",
            "t133"."m1_value",
            "t133"."m1_score",
            "t133"."m2_value",
            "t133"."m2_score",
            "t133"."m3_value",
            "t133"."m3_score",
            "t133"."m4_value",
            "t133"."m4_score",
            "t133"."m5_value",
            "t133"."m5_score",
            "t133"."m6_value",
            "t133"."m6_score",
            "t133"."m7_value",
            "t133"."m7_score",
            "t133"."m8_value",
            "t133"."m8_score",
            "t133"."m9_value",
            "t133"."m9_score",
            "t133"."m10_value",
            "t133"."m10_score",
            "t133"."m11_value",
            "t133"."m11_score",
            "t133"."m12_value",
            "t133"."m12_score",
            "t133"."m13_value",
            "t133"."m13_score",
            "t133"."m14_value",
            "t133"."m14_score",
            "t133"."m15_value",
            "t133"."m15_score",
            "t133"."m16_value",
            "t133"."m16_score",
            "t133"."d0_score",
            "t133"."d1_score",
            "t133"."d2_score",
            "t133"."_w0",
            "t133"."_w1",
            "t133"."_w2",
            "t133"."d0_weight",
            "t133"."d1_weight",
            "t133"."d2_weight",
            IFF(
              (
                "t133"."m0_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 3.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m0_score",
              CAST(NULL AS DOUBLE)
            ) AS "m0_points",
            IFF(
              (
                "t133"."m1_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m1_score",
              CAST(NULL AS DOUBLE)
            ) AS "m1_points",
            IFF(
              (
                "t133"."m2_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m2_score",
              CAST(NULL AS DOUBLE)
            ) AS "m2_points",
            IFF(
              (
                "t133"."m3_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m3_score",
              CAST(NULL AS DOUBLE)
            ) AS "m3_points",
            IFF(
              (
                "t133"."m4_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 2.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m4_score",
              CAST(NULL AS DOUBLE)
            ) AS "m4_points",
            IFF(
              (
                "t133"."m5_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 3.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m5_score",
              CAST(NULL AS DOUBLE)
            ) AS "m5_points",
            IFF(
              (
                "t133"."m6_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m6_score",
              CAST(NULL AS DOUBLE)
            ) AS "m6_points",
            IFF(
              (
                "t133"."m7_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m7_score",
              CAST(NULL AS DOUBLE)
            ) AS "m7_points",
            IFF(
              (
                "t133"."m8_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m8_score",
              CAST(NULL AS DOUBLE)
            ) AS "m8_points",
            IFF(
              (
                "t133"."m9_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m9_score",
              CAST(NULL AS DOUBLE)
            ) AS "m9_points",
            IFF(
              (
                "t133"."m10_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m10_score",
              CAST(NULL AS DOUBLE)
            ) AS "m10_points",
            IFF(
              (
                "t133"."m11_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m11_score",
              CAST(NULL AS DOUBLE)
            ) AS "m11_points",
            IFF(
              (
                "t133"."m12_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m12_score",
              CAST(NULL AS DOUBLE)
            ) AS "m12_points",
            IFF(
              (
                "t133"."m13_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 1.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m13_score",
              CAST(NULL AS DOUBLE)
            ) AS "m13_points",
            IFF(
              (
                "t133"."m14_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m14_score",
              CAST(NULL AS DOUBLE)
            ) AS "m14_points",
            IFF(
              (
                "t133"."m15_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m15_score",
              CAST(NULL AS DOUBLE)
            ) AS "m15_points",
            IFF(
              (
                "t133"."m16_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 1.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m16_score",
              CAST(NULL AS DOUBLE)
            ) AS "m16_points"
          FROM (
            SELECT
              "t132"."account_id",
              "t132"."live",
              "t132"."m0_value",
              "t132"."m0_score",
              "t132"."m1_value",
              "t132"."m1_score",
              "t132"."m2_value",
              "t132"."m2_score",
              "t132"."m3_value",
              "t132"."m3_score",
              "t132"."m4_value",
              "t132"."m4_score",
              "t132"."m5_value",
              "t132"."m5_score",
              "t132"."m6_value",
              "t132"."m6_score",
              "t132"."m7_value",
              "t132"."m7_score",
              "t132"."m8_value",
              "t132"."m8_score",
              "t132"."m9_value",
              "t132"."m9_score",
              "t132"."m10_value",
              "t132"."m10_score",
              "t132"."m11_value",
              "t132"."m11_score",
              "t132"."m12_value",
              "t132"."m12_score",
              "t132"."m13_value",
              "t132"."m13_score",
              "t132"."m14_value",
              "t132"."m14_score",
              "t132"."m15_value",
              "t132"."m15_score",
              "t132"."m16_value",
              "t132"."m16_score",
              "t132"."d0_score",
              "t132"."d1_score",
              "t132"."d2_score",
              "t132"."_w0",
              "t132"."_w1",
              "t132"."_w2",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d0_weight",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d1_weight",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d2_weight"
            FROM (
              SELECT
                "t131"."account_id",
                "t131"."live",
                "t131"."m0_value",
                "t131"."m0_score",
                "t131"."m1_value",
                "t131"."m1_score",
                "t131"."m2_value",
                "t131"."m2_score",
                "t131"."m3_value",
                "t131"."m3_score",
                "t131"."m4_value",
                "t131"."m4_score",
                "t131"."m5_value",
                "t131"."m5_score",
                "t131"."m6_value",
                "t131"."m6_score",
                "t131"."m7_value",
                "t131"."m7_score",
                "t131"."m8_value",
                "t131"."m8_score",
                "t131"."m9_value",
                "t131"."m9_score",
                "t131"."m10_value",
                "t131"."m10_score",
                "t131"."m11_value",
                "t131"."m11_score",
                "t131"."m12_value",
                "t131"."m12_score",
                "t131"."m13_value",
                "t131"."m13_score",
                "t131"."m14_value",
                "t131"."m14_score",
                "t131"."m15_value",
                "t131"."m15_score",
                "t131"."m16_value",
                "t131"."m16_score",
                IFF(
                  (
                    IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m0_score", 0.0)
                    ) + (
                      IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m1_score", 0.0)
                    ) + (
                      IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m2_score", 0.0)
                    ) + (
                      IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m3_score", 0.0)
                    ) + (
                      IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m4_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d0_score",
                IFF(
                  (
                    IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m5_score", 0.0)
                    ) + (
                      IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m6_score", 0.0)
                    ) + (
                      IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m7_score", 0.0)
                    ) + (
                      IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m8_score", 0.0)
                    ) + (
                      IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m9_score", 0.0)
                    ) + (
                      IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m10_score", 0.0)
                    ) + (
                      IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m11_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d1_score",
                IFF(
                  (
                    IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m12_score", 0.0)
                    ) + (
                      IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m13_score", 0.0)
                    ) + (
                      IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m14_score", 0.0)
                    ) + (
                      IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m15_score", 0.0)
                    ) + (
                      IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m16_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d2_score",
                IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) AS "_w0",
                IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) AS "_w1",
                IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) AS "_w2"
              FROM (
                SELECT
                  "t27"."account_id",
                  "t27"."live",
                  IFF("t27"."live", "t130"."help_views_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m0_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."help_views_per_active_user_28d" - 0.0
                            ) / 0.5
                          ) IS NULL,
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5,
                          LEAST(1.0, (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m0_score",
                  IFF("t27"."live", "t130"."support_tickets_90d", CAST(NULL AS DOUBLE)) AS "m1_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."support_tickets_90d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m1_score",
                  IFF("t27"."live", "t130"."seminars_90d", CAST(NULL AS DOUBLE)) AS "m2_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."seminars_90d" - 0.0
                            ) / 1.0
                          ) IS NULL,
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0,
                          LEAST(1.0, (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m2_score",
                  IFF("t27"."live", "t130"."community_90d", CAST(NULL AS DOUBLE)) AS "m3_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."community_90d" - 0.0
                        ) / 1.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."community_90d" - 0.0
                        ) / 1.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."community_90d" - 0.0
                            ) / 1.0
                          ) IS NULL,
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0,
                          LEAST(1.0, (
                            "t130"."community_90d" - 0.0
                          ) / 1.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m3_score",
                  IFF("t27"."live", "t130"."latest_nps", CAST(NULL AS DOUBLE)) AS "m4_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0
                        ) IS NULL,
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0,
                        LEAST(1.0, (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0
                        ) IS NULL,
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0,
                        LEAST(1.0, (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."latest_nps" - 3.0
                            ) / 6.0
                          ) IS NULL,
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0,
                          LEAST(1.0, (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m4_score",
                  IFF("t27"."live", "t130"."feature_breadth_28d", CAST(NULL AS DOUBLE)) AS "m5_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."feature_breadth_28d" - 0.3
                            ) / 0.5
                          ) IS NULL,
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5,
                          LEAST(1.0, (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m5_score",
                  IFF("t27"."live", "t130"."events_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m6_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      "t130"."events_per_active_user_28d" IS NULL,
                      CAST(NULL AS DOUBLE),
                      (
                        CAST(RANK() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY "t130"."events_per_active_user_28d" ASC
                        ) - 1 AS DOUBLE) + (
                          CUME_DIST() OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                            ORDER BY "t130"."events_per_active_user_28d" ASC
                          ) * CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                            ORDER BY NULL ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS DOUBLE)
                        )
                      ) / (
                        CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE) * 2.0
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m6_score",
                  IFF("t27"."live", "t130"."collaboration_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m7_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5
                        ) IS NULL,
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5,
                        LEAST(1.0, (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5
                        ) IS NULL,
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5,
                        LEAST(1.0, (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."collaboration_per_active_user_28d" - 0.5
                            ) / 3.5
                          ) IS NULL,
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5,
                          LEAST(1.0, (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m7_score",
                  IFF("t27"."live", "t130"."days_since_last_event", CAST(NULL AS DOUBLE)) AS "m8_value",
                  IFF(
                    "t27"."live",
                    COALESCE(
                      IFF(
                        IFF(
                          (
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0
                          ) IS NULL,
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0,
                          LEAST(1.0, (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0)
                        ) IS NULL,
                        IFF(
                          (
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0
                          ) IS NULL,
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0,
                          LEAST(1.0, (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0)
                        ),
                        GREATEST(
                          0.0,
                          IFF(
                            (
                              (
                                "t130"."days_since_last_event" - 14.0
                              ) / -12.0
                            ) IS NULL,
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0,
                            LEAST(1.0, (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0)
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m8_score",
                  IFF("t27"."live", "t130"."growth_28d", CAST(NULL AS DOUBLE)) AS "m9_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001
                        ) IS NULL,
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001,
                        LEAST(1.0, (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001
                        ) IS NULL,
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001,
                        LEAST(1.0, (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."growth_28d" - 0.6
                            ) / 0.5000000000000001
                          ) IS NULL,
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001,
                          LEAST(1.0, (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m9_score",
                  IFF("t27"."live", "t130"."power_features_28d", CAST(NULL AS DOUBLE)) AS "m10_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      "t130"."power_features_28d" IS NULL,
                      CAST(NULL AS DOUBLE),
                      (
                        CAST(RANK() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY "t130"."power_features_28d" ASC
                        ) - 1 AS DOUBLE) + (
                          CUME_DIST() OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                            ORDER BY "t130"."power_features_28d" ASC
                          ) * CAST(COUNT("t130"."power_features_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                            ORDER BY NULL ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS DOUBLE)
                        )
                      ) / (
                        CAST(COUNT("t130"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE) * 2.0
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m10_score",
                  IFF("t27"."live", "t130"."integrations_90d", CAST(NULL AS DOUBLE)) AS "m11_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."integrations_90d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m11_score",
                  IFF("t27"."live", "t130"."active_rate_28d", CAST(NULL AS DOUBLE)) AS "m12_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_rate_28d" - 0.15
                            ) / 0.44999999999999996
                          ) IS NULL,
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996,
                          LEAST(1.0, (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m12_score",
                  IFF("t27"."live", "t130"."active_rate_7d", CAST(NULL AS DOUBLE)) AS "m13_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003
                        ) IS NULL,
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003,
                        LEAST(1.0, (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003
                        ) IS NULL,
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003,
                        LEAST(1.0, (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_rate_7d" - 0.05
                            ) / 0.35000000000000003
                          ) IS NULL,
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003,
                          LEAST(1.0, (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m13_score",
                  IFF("t27"."live", "t130"."evenness_28d", CAST(NULL AS DOUBLE)) AS "m14_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007
                        ) IS NULL,
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007,
                        LEAST(1.0, (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007
                        ) IS NULL,
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007,
                        LEAST(1.0, (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."evenness_28d" - 0.1
                            ) / 0.45000000000000007
                          ) IS NULL,
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007,
                          LEAST(1.0, (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m14_score",
                  IFF("t27"."live", "t130"."top_user_share_28d", CAST(NULL AS DOUBLE)) AS "m15_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."top_user_share_28d" - 0.6
                            ) / -0.44999999999999996
                          ) IS NULL,
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996,
                          LEAST(1.0, (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m15_score",
                  IFF("t27"."live", "t130"."active_admins_28d", CAST(NULL AS DOUBLE)) AS "m16_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_admins_28d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m16_score"
                FROM (
                  SELECT
                    "t0"."account_id",
                    "t0"."tier",
                    (
                      (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") IS NULL
                      )
                      OR (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                      )
                    )
                    AND IFF(
                      "t0"."churned_at" IS NOT NULL,
                      "t0"."churned_at" >= TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0),
                      COALESCE("t0"."status", '') <> 'churned'
                    ) AS "live"
                  FROM "accounts" AS "t0"
                ) AS "t27"
                INNER JOIN (
                  SELECT
                    "t7"."account_id",
                    "t123"."help_views_per_active_user_28d",
                    "t53"."support_tickets_90d",
                    "t54"."seminars_90d",
                    "t55"."community_90d",
                    "t78"."latest_nps",
                    "t68"."feature_breadth_28d",
                    "t124"."events_per_active_user_28d",
                    "t125"."collaboration_per_active_user_28d",
                    "t88"."days_since_last_event",
                    "t99"."growth_28d",
                    "t85"."power_features_28d",
                    "t86"."integrations_90d",
                    "t113"."active_rate_28d",
                    "t114"."active_rate_7d",
                    "t128"."evenness_28d",
                    "t119"."top_user_share_28d",
                    "t112"."active_admins_28d"
                  FROM (
                    SELECT
                      "t0"."account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  INNER JOIN (
                    SELECT
                      "t116"."account_id",
                      "t116"."value" AS "help_views_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t56"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e3" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t56"
                        ON "t7"."account_id" = "t56"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t116"
                  ) AS "t123"
                    ON "t7"."account_id" = "t123"."account_id"
                  INNER JOIN (
                    SELECT
                      "t34"."account_id",
                      CAST("t34"."c" AS DOUBLE) AS "support_tickets_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t22"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t9"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('support_ticket')
                        ) AS "t9"
                        GROUP BY
                          1
                      ) AS "t22"
                        ON "t7"."account_id" = "t22"."account_id"
                    ) AS "t34"
                  ) AS "t53"
                    ON "t7"."account_id" = "t53"."account_id"
                  INNER JOIN (
                    SELECT
                      "t35"."account_id",
                      CAST("t35"."c" AS DOUBLE) AS "seminars_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t23"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t10"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('seminar')
                        ) AS "t10"
                        GROUP BY
                          1
                      ) AS "t23"
                        ON "t7"."account_id" = "t23"."account_id"
                    ) AS "t35"
                  ) AS "t54"
                    ON "t7"."account_id" = "t54"."account_id"
                  INNER JOIN (
                    SELECT
                      "t36"."account_id",
                      CAST("t36"."c" AS DOUBLE) AS "community_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t24"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t11"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('community')
                        ) AS "t11"
                        GROUP BY
                          1
                      ) AS "t24"
                        ON "t7"."account_id" = "t24"."account_id"
                    ) AS "t36"
                  ) AS "t55"
                    ON "t7"."account_id" = "t55"."account_id"
                  INNER JOIN (
                    SELECT
                      "t67"."account_id",
                      "t67"."s" AS "latest_nps"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t41"."s"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t29"."account_id",
                          "t29"."score" AS "s"
                        FROM (
                          SELECT
                            "t12"."touchpoint_id",
                            "t12"."ts",
                            "t12"."account_id",
                            "t12"."user_id",
                            "t12"."kind",
                            "t12"."title",
                            "t12"."body",
                            "t12"."score",
                            "t12"."properties",
                            "t12"."source",
                            "t12"."loaded_at",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t12"."account_id"
                              ORDER BY "t12"."ts" DESC NULLS LAST, "t12"."touchpoint_id" DESC NULLS LAST
                            ) - 1 AS "rn"
                          FROM (
                            SELECT
                              *
                            FROM "touchpoints" AS "t1"
                            WHERE
                              "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 3, 1, 15, 0, 0, 0)
                              AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                              AND "t1"."kind" = 'nps'
                              AND "t1"."score" IS NOT NULL
                          ) AS "t12"
                        ) AS "t29"
                        WHERE
                          "t29"."rn" = 0
                      ) AS "t41"
                        ON "t7"."account_id" = "t41"."account_id"
                    ) AS "t67"
                  ) AS "t78"
                    ON "t7"."account_id" = "t78"."account_id"
                  INNER JOIN (
                    SELECT
                      "t40"."account_id",
                      CAST("t40"."d" AS DOUBLE) / 4.0 AS "feature_breadth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t28"."d", 0) AS "d"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t14"."account_id",
                          COUNT(DISTINCT "t14"."event") AS "d"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t2"
                          WHERE
                            "t2"."account_id" IS NOT NULL
                            AND "t2"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                            AND "t2"."day" < DATE_FROM_PARTS(2026, 3, 2)
                            AND "t2"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS "t14"
                        GROUP BY
                          1
                      ) AS "t28"
                        ON "t7"."account_id" = "t28"."account_id"
                    ) AS "t40"
                  ) AS "t68"
                    ON "t7"."account_id" = "t68"."account_id"
                  INNER JOIN (
                    SELECT
                      "t117"."account_id",
                      "t117"."value" AS "events_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e0" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t57"
                        ON "t7"."account_id" = "t57"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t117"
                  ) AS "t124"
                    ON "t7"."account_id" = "t124"."account_id"
                  INNER JOIN (
                    SELECT
                      "t118"."account_id",
                      "t118"."value" AS "collaboration_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t58"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e1" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t58"
                        ON "t7"."account_id" = "t58"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t118"
                  ) AS "t125"
                    ON "t7"."account_id" = "t125"."account_id"
                  INNER JOIN (
                    SELECT
                      "t73"."account_id",
                      CAST(DATEDIFF(DAY, "t73"."last", DATE_FROM_PARTS(2026, 3, 2)) AS DOUBLE) AS "days_since_last_event"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t59"."last"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e5" AS "last"
                        FROM "t37" AS "t39"
                      ) AS "t59"
                        ON "t7"."account_id" = "t59"."account_id"
                    ) AS "t73"
                  ) AS "t88"
                    ON "t7"."account_id" = "t88"."account_id"
                  INNER JOIN (
                    SELECT
                      "t89"."account_id",
                      "t89"."value" AS "growth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t79"."p" > 0,
                          CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t79"."p" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e0" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t57"
                        ON "t7"."account_id" = "t57"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t62"."p", 0) AS "p"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t39"."account_id",
                            "t39"."e4" AS "p"
                          FROM "t37" AS "t39"
                        ) AS "t62"
                          ON "t7"."account_id" = "t62"."account_id"
                      ) AS "t79"
                        ON "t7"."account_id" = "t79"."account_id"
                    ) AS "t89"
                  ) AS "t99"
                    ON "t7"."account_id" = "t99"."account_id"
                  INNER JOIN (
                    SELECT
                      "t74"."account_id",
                      CAST("t74"."c" AS DOUBLE) AS "power_features_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t60"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e2" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t60"
                        ON "t7"."account_id" = "t60"."account_id"
                    ) AS "t74"
                  ) AS "t85"
                    ON "t7"."account_id" = "t85"."account_id"
                  INNER JOIN (
                    SELECT
                      "t75"."account_id",
                      CAST("t75"."c" AS DOUBLE) AS "integrations_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t61"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e6" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t61"
                        ON "t7"."account_id" = "t61"."account_id"
                    ) AS "t75"
                  ) AS "t86"
                    ON "t7"."account_id" = "t86"."account_id"
                  INNER JOIN (
                    SELECT
                      "t106"."account_id",
                      "t106"."value" AS "active_rate_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t69"."seats" > 0,
                          CAST(COALESCE("t94"."active", 0) AS DOUBLE) / "t69"."seats",
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_28" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t94"
                        ON "t7"."account_id" = "t94"."account_id"
                      INNER JOIN "t63" AS "t69"
                        ON "t7"."account_id" = "t69"."account_id"
                    ) AS "t106"
                  ) AS "t113"
                    ON "t7"."account_id" = "t113"."account_id"
                  INNER JOIN (
                    SELECT
                      "t107"."account_id",
                      "t107"."value" AS "active_rate_7d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t69"."seats" > 0,
                          CAST(COALESCE("t95"."active", 0) AS DOUBLE) / "t69"."seats",
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_7" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t95"
                        ON "t7"."account_id" = "t95"."account_id"
                      INNER JOIN "t63" AS "t69"
                        ON "t7"."account_id" = "t69"."account_id"
                    ) AS "t107"
                  ) AS "t114"
                    ON "t7"."account_id" = "t114"."account_id"
                  INNER JOIN (
                    SELECT
                      "t126"."account_id",
                      "t126"."value" AS "evenness_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t108"."total" > 0,
                          1.0 - (
                            (
                              (
                                (
                                  "t108"."weighted" + (
                                    (
                                      "t77"."members" - CAST("t108"."k" AS DOUBLE)
                                    ) * CAST("t108"."total" AS DOUBLE)
                                  )
                                ) * 2.0
                              ) / (
                                "t77"."members" * CAST("t108"."total" AS DOUBLE)
                              )
                            ) - (
                              (
                                "t77"."members" + 1.0
                              ) / "t77"."members"
                            )
                          ),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t100"."account_id",
                          SUM("t100"."c") AS "k",
                          SUM("t100"."n" * "t100"."c") AS "total",
                          SUM("t100"."ranked") AS "weighted"
                        FROM (
                          SELECT
                            "t80"."account_id",
                            "t80"."n",
                            "t80"."c",
                            CAST("t80"."n" AS DOUBLE) * (
                              (
                                "t80"."c" * (
                                  SUM("t80"."c") OVER (
                                    PARTITION BY "t80"."account_id"
                                    ORDER BY "t80"."n" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - "t80"."c"
                                )
                              ) + (
                                (
                                  "t80"."c" * (
                                    "t80"."c" + 1
                                  )
                                ) / 2
                              )
                            ) AS "ranked"
                          FROM (
                            SELECT
                              "t71"."account_id",
                              "t71"."n",
                              COUNT(*) AS "c"
                            FROM (
                              SELECT
                                "t64"."account_id",
                                "t64"."user_id",
                                "t64"."role",
                                "t64"."n_28" AS "n"
                              FROM "t52" AS "t64"
                              WHERE
                                "t64"."n_28" > 0
                            ) AS "t71"
                            GROUP BY
                              1,
                              2
                          ) AS "t80"
                        ) AS "t100"
                        GROUP BY
                          1
                      ) AS "t108"
                        ON "t7"."account_id" = "t108"."account_id"
                      INNER JOIN (
                        SELECT
                          "t66"."account_id",
                          "t66"."members"
                        FROM "t63" AS "t66"
                      ) AS "t77"
                        ON "t7"."account_id" = "t77"."account_id"
                    ) AS "t126"
                  ) AS "t128"
                    ON "t7"."account_id" = "t128"."account_id"
                  INNER JOIN (
                    SELECT
                      "t102"."account_id",
                      IFF(
                        "t102"."total" > 0,
                        CAST("t102"."top" AS DOUBLE) / CAST("t102"."total" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "top_user_share_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t96"."top",
                        "t96"."total"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."top_28" AS "top",
                          "t87"."total_28" AS "total"
                        FROM "t83" AS "t87"
                      ) AS "t96"
                        ON "t7"."account_id" = "t96"."account_id"
                    ) AS "t102"
                  ) AS "t119"
                    ON "t7"."account_id" = "t119"."account_id"
                  INNER JOIN (
                    SELECT
                      "t103"."account_id",
                      CAST("t103"."v" AS DOUBLE) AS "active_admins_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t97"."v", 0) AS "v"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."admins_28" AS "v"
                        FROM "t83" AS "t87"
                      ) AS "t97"
                        ON "t7"."account_id" = "t97"."account_id"
                    ) AS "t103"
                  ) AS "t112"
                    ON "t7"."account_id" = "t112"."account_id"
                ) AS "t130"
                  ON "t27"."account_id" = "t130"."account_id"
              ) AS "t131"
            ) AS "t132"
          ) AS "t133"
        ) AS "t134"
      ) AS "t135"
    ) AS "t136"
    WHERE
      "t136"."score" IS NOT NULL
  ) AS "t138"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t136"."account_id",
      'utilization' AS "dimension",
      "t136"."d1_score" AS "score",
      "t136"."d1_weight" AS "weight",
      "t136"."d1_points" AS "points"
    FROM (
      SELECT
        "t135".*
        EXCLUDE ("_w0", "_w1", "_w2")
      FROM (
        SELECT
          "t134"."account_id",
          "t134"."live",
          "t134"."m0_value",
          "t134"."m0_score",
          "t134"."m1_value",
          "t134"."m1_score",
          "t134"."m2_value",
          "t134"."m2_score",
          "t134"."m3_value",
          "t134"."m3_score",
          "t134"."m4_value",
          "t134"."m4_score",
          "t134"."m5_value",
          "t134"."m5_score",
          "t134"."m6_value",
          "t134"."m6_score",
          "t134"."m7_value",
          "t134"."m7_score",
          "t134"."m8_value",
          "t134"."m8_score",
          "t134"."m9_value",
          "t134"."m9_score",
          "t134"."m10_value",
          "t134"."m10_score",
          "t134"."m11_value",
          "t134"."m11_score",
          "t134"."m12_value",
          "t134"."m12_score",
          "t134"."m13_value",
          "t134"."m13_score",
          "t134"."m14_value",
          "t134"."m14_score",
          "t134"."m15_value",
          "t134"."m15_score",
          "t134"."m16_value",
          "t134"."m16_score",
          "t134"."d0_score",
          "t134"."d1_score",
          "t134"."d2_score",
          "t134"."_w0",
          "t134"."_w1",
          "t134"."_w2",
          "t134"."d0_weight",
          "t134"."d1_weight",
          "t134"."d2_weight",
          "t134"."m0_points",
          "t134"."m1_points",
          "t134"."m2_points",
          "t134"."m3_points",
          "t134"."m4_points",
          "t134"."m5_points",
          "t134"."m6_points",
          "t134"."m7_points",
          "t134"."m8_points",
          "t134"."m9_points",
          "t134"."m10_points",
          "t134"."m11_points",
          "t134"."m12_points",
          "t134"."m13_points",
          "t134"."m14_points",
          "t134"."m15_points",
          "t134"."m16_points",
          IFF(
            "t134"."d0_score" IS NOT NULL,
            COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d0_points",
          IFF(
            "t134"."d1_score" IS NOT NULL,
            COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d1_points",
          IFF(
            "t134"."d2_score" IS NOT NULL,
            COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "d2_points",
          IFF(
            (
              "t134"."d0_score" IS NOT NULL
            )
            OR (
              "t134"."d1_score" IS NOT NULL
            )
            OR (
              "t134"."d2_score" IS NOT NULL
            ),
            COALESCE("t134"."m0_points", 0.0) + COALESCE("t134"."m1_points", 0.0) + COALESCE("t134"."m2_points", 0.0) + COALESCE("t134"."m3_points", 0.0) + COALESCE("t134"."m4_points", 0.0) + COALESCE("t134"."m5_points", 0.0) + COALESCE("t134"."m6_points", 0.0) + COALESCE("t134"."m7_points", 0.0) + COALESCE("t134"."m8_points", 0.0) + COALESCE("t134"."m9_points", 0.0) + COALESCE("t134"."m10_points", 0.0) + COALESCE("t134"."m11_points", 0.0) + COALESCE("t134"."m12_points", 0.0) + COALESCE("t134"."m13_points", 0.0) + COALESCE("t134"."m14_points", 0.0) + COALESCE("t134"."m15_points", 0.0) + COALESCE("t134"."m16_points", 0.0),
            CAST(NULL AS DOUBLE)
          ) AS "score"
        FROM (
          SELECT
            "t133"."account_id",
            "t133"."live",
            "t133"."m0_value",
            "t133"."m0_score",
            "t133"."m1_value",
            "t133"."m1_score",
            "t133"."m2_value",
            "t133"."m2_score",
            "t133"."m3_value",
            "t133"."m3_score",
            "t133"."m4_value",
            "t133"."m4_score",
            "t133"."m5_value",
            "t133"."m5_score",
            "t133"."m6_value",
            "t133"."m6_score",
            "t133"."m7_value",
            "t133"."m7_score",
            "t133"."m8_value",
            "t133"."m8_score",
            "t133"."m9_value",
            "t133"."m9_score",
            "t133"."m10_value",
            "t133"."m10_score",
            "t133"."m11_value",
            "t133"."m11_score",
            "t133"."m12_value",
            "t133"."m12_score",
            "t133"."m13_value",
            "t133"."m13_score",
            "t133"."m14_value",
            "t133"."m14_score",
            "t133"."m15_value",
            "t133"."m15_score",
            "t133"."m16_value",
            "t133"."m16_score",
            "t133"."d0_score",
            "t133"."d1_score",
            "t133"."d2_score",
            "t133"."_w0",
            "t133"."_w1",
            "t133"."_w2",
            "t133"."d0_weight",
            "t133"."d1_weight",
            "t133"."d2_weight",
            IFF(
              (
                "t133"."m0_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 3.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m0_score",
              CAST(NULL AS DOUBLE)
            ) AS "m0_points",
            IFF(
              (
                "t133"."m1_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m1_score",
              CAST(NULL AS DOUBLE)
            ) AS "m1_points",
            IFF(
              (
                "t133"."m2_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m2_score",
              CAST(NULL AS DOUBLE)
            ) AS "m2_points",
            IFF(
              (
                "t133"."m3_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 1.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m3_score",
              CAST(NULL AS DOUBLE)
            ) AS "m3_points",
            IFF(
              (
                "t133"."m4_score" IS NOT NULL
              ) AND (
                "t133"."_w0" > 0
              ),
              (
                (
                  "t133"."d0_weight" * 2.0
                ) / "t133"."_w0"
              ) * 100.0 * "t133"."m4_score",
              CAST(NULL AS DOUBLE)
            ) AS "m4_points",
            IFF(
              (
                "t133"."m5_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 3.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m5_score",
              CAST(NULL AS DOUBLE)
            ) AS "m5_points",
            IFF(
              (
                "t133"."m6_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m6_score",
              CAST(NULL AS DOUBLE)
            ) AS "m6_points",
            IFF(
              (
                "t133"."m7_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m7_score",
              CAST(NULL AS DOUBLE)
            ) AS "m7_points",
            IFF(
              (
                "t133"."m8_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 2.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m8_score",
              CAST(NULL AS DOUBLE)
            ) AS "m8_points",
            IFF(
              (
                "t133"."m9_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m9_score",
              CAST(NULL AS DOUBLE)
            ) AS "m9_points",
            IFF(
              (
                "t133"."m10_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m10_score",
              CAST(NULL AS DOUBLE)
            ) AS "m10_points",
            IFF(
              (
                "t133"."m11_score" IS NOT NULL
              ) AND (
                "t133"."_w1" > 0
              ),
              (
                (
                  "t133"."d1_weight" * 1.0
                ) / "t133"."_w1"
              ) * 100.0 * "t133"."m11_score",
              CAST(NULL AS DOUBLE)
            ) AS "m11_points",
            IFF(
              (
                "t133"."m12_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m12_score",
              CAST(NULL AS DOUBLE)
            ) AS "m12_points",
            IFF(
              (
                "t133"."m13_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 1.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m13_score",
              CAST(NULL AS DOUBLE)
            ) AS "m13_points",
            IFF(
              (
                "t133"."m14_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m14_score",
              CAST(NULL AS DOUBLE)
            ) AS "m14_points",
            IFF(
              (
                "t133"."m15_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 2.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m15_score",
              CAST(NULL AS DOUBLE)
            ) AS "m15_points",
            IFF(
              (
                "t133"."m16_score" IS NOT NULL
              ) AND (
                "t133"."_w2" > 0
              ),
              (
                (
                  "t133"."d2_weight" * 1.0
                ) / "t133"."_w2"
              ) * 100.0 * "t133"."m16_score",
              CAST(NULL AS DOUBLE)
            ) AS "m16_points"
          FROM (
            SELECT
              "t132"."account_id",
              "t132"."live",
              "t132"."m0_value",
              "t132"."m0_score",
              "t132"."m1_value",
              "t132"."m1_score",
              "t132"."m2_value",
              "t132"."m2_score",
              "t132"."m3_value",
              "t132"."m3_score",
              "t132"."m4_value",
              "t132"."m4_score",
              "t132"."m5_value",
              "t132"."m5_score",
              "t132"."m6_value",
              "t132"."m6_score",
              "t132"."m7_value",
              "t132"."m7_score",
              "t132"."m8_value",
              "t132"."m8_score",
              "t132"."m9_value",
              "t132"."m9_score",
              "t132"."m10_value",
              "t132"."m10_score",
              "t132"."m11_value",
              "t132"."m11_score",
              "t132"."m12_value",
              "t132"."m12_score",
              "t132"."m13_value",
              "t132"."m13_score",
              "t132"."m14_value",
              "t132"."m14_score",
              "t132"."m15_value",
              "t132"."m15_score",
              "t132"."m16_value",
              "t132"."m16_score",
              "t132"."d0_score",
              "t132"."d1_score",
              "t132"."d2_score",
              "t132"."_w0",
              "t132"."_w1",
              "t132"."_w2",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d0_weight",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d1_weight",
              IFF(
                (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ) > 0,
                IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0) / (
                  IFF("t132"."d0_score" IS NOT NULL, 25.0, 0.0) + IFF("t132"."d1_score" IS NOT NULL, 40.0, 0.0) + IFF("t132"."d2_score" IS NOT NULL, 35.0, 0.0)
                ),
                CAST(NULL AS DOUBLE)
              ) AS "d2_weight"
            FROM (
              SELECT
                "t131"."account_id",
                "t131"."live",
                "t131"."m0_value",
                "t131"."m0_score",
                "t131"."m1_value",
                "t131"."m1_score",
                "t131"."m2_value",
                "t131"."m2_score",
                "t131"."m3_value",
                "t131"."m3_score",
                "t131"."m4_value",
                "t131"."m4_score",
                "t131"."m5_value",
                "t131"."m5_score",
                "t131"."m6_value",
                "t131"."m6_score",
                "t131"."m7_value",
                "t131"."m7_score",
                "t131"."m8_value",
                "t131"."m8_score",
                "t131"."m9_value",
                "t131"."m9_score",
                "t131"."m10_value",
                "t131"."m10_score",
                "t131"."m11_value",
                "t131"."m11_score",
                "t131"."m12_value",
                "t131"."m12_score",
                "t131"."m13_value",
                "t131"."m13_score",
                "t131"."m14_value",
                "t131"."m14_score",
                "t131"."m15_value",
                "t131"."m15_score",
                "t131"."m16_value",
                "t131"."m16_score",
                IFF(
                  (
                    IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m0_score", 0.0)
                    ) + (
                      IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m1_score", 0.0)
                    ) + (
                      IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m2_score", 0.0)
                    ) + (
                      IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m3_score", 0.0)
                    ) + (
                      IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m4_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d0_score",
                IFF(
                  (
                    IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) * COALESCE("t131"."m5_score", 0.0)
                    ) + (
                      IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m6_score", 0.0)
                    ) + (
                      IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m7_score", 0.0)
                    ) + (
                      IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m8_score", 0.0)
                    ) + (
                      IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m9_score", 0.0)
                    ) + (
                      IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m10_score", 0.0)
                    ) + (
                      IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m11_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d1_score",
                IFF(
                  (
                    IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                  ) > 0,
                  (
                    0.0 + (
                      IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m12_score", 0.0)
                    ) + (
                      IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m13_score", 0.0)
                    ) + (
                      IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m14_score", 0.0)
                    ) + (
                      IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) * COALESCE("t131"."m15_score", 0.0)
                    ) + (
                      IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) * COALESCE("t131"."m16_score", 0.0)
                    )
                  ) / (
                    IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0)
                  ),
                  CAST(NULL AS DOUBLE)
                ) AS "d2_score",
                IFF("t131"."m0_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m1_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m2_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m3_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m4_score" IS NOT NULL, 2.0, 0.0) AS "_w0",
                IFF("t131"."m5_score" IS NOT NULL, 3.0, 0.0) + IFF("t131"."m6_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m7_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m8_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m9_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m10_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m11_score" IS NOT NULL, 1.0, 0.0) AS "_w1",
                IFF("t131"."m12_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m13_score" IS NOT NULL, 1.0, 0.0) + IFF("t131"."m14_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m15_score" IS NOT NULL, 2.0, 0.0) + IFF("t131"."m16_score" IS NOT NULL, 1.0, 0.0) AS "_w2"
              FROM (
                SELECT
                  "t27"."account_id",
                  "t27"."live",
                  IFF("t27"."live", "t130"."help_views_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m0_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."help_views_per_active_user_28d" - 0.0
                        ) / 0.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."help_views_per_active_user_28d" - 0.0
                            ) / 0.5
                          ) IS NULL,
                          (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5,
                          LEAST(1.0, (
                            "t130"."help_views_per_active_user_28d" - 0.0
                          ) / 0.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m0_score",
                  IFF("t27"."live", "t130"."support_tickets_90d", CAST(NULL AS DOUBLE)) AS "m1_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."support_tickets_90d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."support_tickets_90d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."support_tickets_90d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m1_score",
                  IFF("t27"."live", "t130"."seminars_90d", CAST(NULL AS DOUBLE)) AS "m2_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."seminars_90d" - 0.0
                        ) / 1.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."seminars_90d" - 0.0
                            ) / 1.0
                          ) IS NULL,
                          (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0,
                          LEAST(1.0, (
                            "t130"."seminars_90d" - 0.0
                          ) / 1.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m2_score",
                  IFF("t27"."live", "t130"."community_90d", CAST(NULL AS DOUBLE)) AS "m3_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."community_90d" - 0.0
                        ) / 1.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0
                        ) IS NULL,
                        (
                          "t130"."community_90d" - 0.0
                        ) / 1.0,
                        LEAST(1.0, (
                          "t130"."community_90d" - 0.0
                        ) / 1.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."community_90d" - 0.0
                            ) / 1.0
                          ) IS NULL,
                          (
                            "t130"."community_90d" - 0.0
                          ) / 1.0,
                          LEAST(1.0, (
                            "t130"."community_90d" - 0.0
                          ) / 1.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m3_score",
                  IFF("t27"."live", "t130"."latest_nps", CAST(NULL AS DOUBLE)) AS "m4_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0
                        ) IS NULL,
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0,
                        LEAST(1.0, (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0
                        ) IS NULL,
                        (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0,
                        LEAST(1.0, (
                          "t130"."latest_nps" - 3.0
                        ) / 6.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."latest_nps" - 3.0
                            ) / 6.0
                          ) IS NULL,
                          (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0,
                          LEAST(1.0, (
                            "t130"."latest_nps" - 3.0
                          ) / 6.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m4_score",
                  IFF("t27"."live", "t130"."feature_breadth_28d", CAST(NULL AS DOUBLE)) AS "m5_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5
                        ) IS NULL,
                        (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5,
                        LEAST(1.0, (
                          "t130"."feature_breadth_28d" - 0.3
                        ) / 0.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."feature_breadth_28d" - 0.3
                            ) / 0.5
                          ) IS NULL,
                          (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5,
                          LEAST(1.0, (
                            "t130"."feature_breadth_28d" - 0.3
                          ) / 0.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m5_score",
                  IFF("t27"."live", "t130"."events_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m6_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      "t130"."events_per_active_user_28d" IS NULL,
                      CAST(NULL AS DOUBLE),
                      (
                        CAST(RANK() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY "t130"."events_per_active_user_28d" ASC
                        ) - 1 AS DOUBLE) + (
                          CUME_DIST() OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                            ORDER BY "t130"."events_per_active_user_28d" ASC
                          ) * CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                            ORDER BY NULL ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS DOUBLE)
                        )
                      ) / (
                        CAST(COUNT("t130"."events_per_active_user_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."events_per_active_user_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE) * 2.0
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m6_score",
                  IFF("t27"."live", "t130"."collaboration_per_active_user_28d", CAST(NULL AS DOUBLE)) AS "m7_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5
                        ) IS NULL,
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5,
                        LEAST(1.0, (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5
                        ) IS NULL,
                        (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5,
                        LEAST(1.0, (
                          "t130"."collaboration_per_active_user_28d" - 0.5
                        ) / 3.5)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."collaboration_per_active_user_28d" - 0.5
                            ) / 3.5
                          ) IS NULL,
                          (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5,
                          LEAST(1.0, (
                            "t130"."collaboration_per_active_user_28d" - 0.5
                          ) / 3.5)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m7_score",
                  IFF("t27"."live", "t130"."days_since_last_event", CAST(NULL AS DOUBLE)) AS "m8_value",
                  IFF(
                    "t27"."live",
                    COALESCE(
                      IFF(
                        IFF(
                          (
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0
                          ) IS NULL,
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0,
                          LEAST(1.0, (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0)
                        ) IS NULL,
                        IFF(
                          (
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0
                          ) IS NULL,
                          (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0,
                          LEAST(1.0, (
                            "t130"."days_since_last_event" - 14.0
                          ) / -12.0)
                        ),
                        GREATEST(
                          0.0,
                          IFF(
                            (
                              (
                                "t130"."days_since_last_event" - 14.0
                              ) / -12.0
                            ) IS NULL,
                            (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0,
                            LEAST(1.0, (
                              "t130"."days_since_last_event" - 14.0
                            ) / -12.0)
                          )
                        )
                      ),
                      0.0
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m8_score",
                  IFF("t27"."live", "t130"."growth_28d", CAST(NULL AS DOUBLE)) AS "m9_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001
                        ) IS NULL,
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001,
                        LEAST(1.0, (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001
                        ) IS NULL,
                        (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001,
                        LEAST(1.0, (
                          "t130"."growth_28d" - 0.6
                        ) / 0.5000000000000001)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."growth_28d" - 0.6
                            ) / 0.5000000000000001
                          ) IS NULL,
                          (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001,
                          LEAST(1.0, (
                            "t130"."growth_28d" - 0.6
                          ) / 0.5000000000000001)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m9_score",
                  IFF("t27"."live", "t130"."power_features_28d", CAST(NULL AS DOUBLE)) AS "m10_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      "t130"."power_features_28d" IS NULL,
                      CAST(NULL AS DOUBLE),
                      (
                        CAST(RANK() OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY "t130"."power_features_28d" ASC
                        ) - 1 AS DOUBLE) + (
                          CUME_DIST() OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                            ORDER BY "t130"."power_features_28d" ASC
                          ) * CAST(COUNT("t130"."power_features_28d") OVER (
                            PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                            ORDER BY NULL ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS DOUBLE)
                        )
                      ) / (
                        CAST(COUNT("t130"."power_features_28d") OVER (
                          PARTITION BY "t27"."live", COALESCE("t27"."tier", ''), "t130"."power_features_28d" IS NULL
                          ORDER BY NULL ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS DOUBLE) * 2.0
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m10_score",
                  IFF("t27"."live", "t130"."integrations_90d", CAST(NULL AS DOUBLE)) AS "m11_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."integrations_90d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."integrations_90d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."integrations_90d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m11_score",
                  IFF("t27"."live", "t130"."active_rate_28d", CAST(NULL AS DOUBLE)) AS "m12_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."active_rate_28d" - 0.15
                        ) / 0.44999999999999996)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_rate_28d" - 0.15
                            ) / 0.44999999999999996
                          ) IS NULL,
                          (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996,
                          LEAST(1.0, (
                            "t130"."active_rate_28d" - 0.15
                          ) / 0.44999999999999996)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m12_score",
                  IFF("t27"."live", "t130"."active_rate_7d", CAST(NULL AS DOUBLE)) AS "m13_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003
                        ) IS NULL,
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003,
                        LEAST(1.0, (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003
                        ) IS NULL,
                        (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003,
                        LEAST(1.0, (
                          "t130"."active_rate_7d" - 0.05
                        ) / 0.35000000000000003)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_rate_7d" - 0.05
                            ) / 0.35000000000000003
                          ) IS NULL,
                          (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003,
                          LEAST(1.0, (
                            "t130"."active_rate_7d" - 0.05
                          ) / 0.35000000000000003)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m13_score",
                  IFF("t27"."live", "t130"."evenness_28d", CAST(NULL AS DOUBLE)) AS "m14_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007
                        ) IS NULL,
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007,
                        LEAST(1.0, (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007
                        ) IS NULL,
                        (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007,
                        LEAST(1.0, (
                          "t130"."evenness_28d" - 0.1
                        ) / 0.45000000000000007)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."evenness_28d" - 0.1
                            ) / 0.45000000000000007
                          ) IS NULL,
                          (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007,
                          LEAST(1.0, (
                            "t130"."evenness_28d" - 0.1
                          ) / 0.45000000000000007)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m14_score",
                  IFF("t27"."live", "t130"."top_user_share_28d", CAST(NULL AS DOUBLE)) AS "m15_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996
                        ) IS NULL,
                        (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996,
                        LEAST(1.0, (
                          "t130"."top_user_share_28d" - 0.6
                        ) / -0.44999999999999996)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."top_user_share_28d" - 0.6
                            ) / -0.44999999999999996
                          ) IS NULL,
                          (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996,
                          LEAST(1.0, (
                            "t130"."top_user_share_28d" - 0.6
                          ) / -0.44999999999999996)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m15_score",
                  IFF("t27"."live", "t130"."active_admins_28d", CAST(NULL AS DOUBLE)) AS "m16_value",
                  IFF(
                    "t27"."live",
                    IFF(
                      IFF(
                        (
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0)
                      ) IS NULL,
                      IFF(
                        (
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0
                        ) IS NULL,
                        (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0,
                        LEAST(1.0, (
                          "t130"."active_admins_28d" - 0.0
                        ) / 2.0)
                      ),
                      GREATEST(
                        0.0,
                        IFF(
                          (
                            (
                              "t130"."active_admins_28d" - 0.0
                            ) / 2.0
                          ) IS NULL,
                          (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0,
                          LEAST(1.0, (
                            "t130"."active_admins_28d" - 0.0
                          ) / 2.0)
                        )
                      )
                    ),
                    CAST(NULL AS DOUBLE)
                  ) AS "m16_score"
                FROM (
                  SELECT
                    "t0"."account_id",
                    "t0"."tier",
                    (
                      (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") IS NULL
                      )
                      OR (
                        COALESCE("t0"."trial_started_at", "t0"."contract_started_at") < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                      )
                    )
                    AND IFF(
                      "t0"."churned_at" IS NOT NULL,
                      "t0"."churned_at" >= TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0),
                      COALESCE("t0"."status", '') <> 'churned'
                    ) AS "live"
                  FROM "accounts" AS "t0"
                ) AS "t27"
                INNER JOIN (
                  SELECT
                    "t7"."account_id",
                    "t123"."help_views_per_active_user_28d",
                    "t53"."support_tickets_90d",
                    "t54"."seminars_90d",
                    "t55"."community_90d",
                    "t78"."latest_nps",
                    "t68"."feature_breadth_28d",
                    "t124"."events_per_active_user_28d",
                    "t125"."collaboration_per_active_user_28d",
                    "t88"."days_since_last_event",
                    "t99"."growth_28d",
                    "t85"."power_features_28d",
                    "t86"."integrations_90d",
                    "t113"."active_rate_28d",
                    "t114"."active_rate_7d",
                    "t128"."evenness_28d",
                    "t119"."top_user_share_28d",
                    "t112"."active_admins_28d"
                  FROM (
                    SELECT
                      "t0"."account_id"
                    FROM "accounts" AS "t0"
                  ) AS "t7"
                  INNER JOIN (
                    SELECT
                      "t116"."account_id",
                      "t116"."value" AS "help_views_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t56"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e3" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t56"
                        ON "t7"."account_id" = "t56"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t116"
                  ) AS "t123"
                    ON "t7"."account_id" = "t123"."account_id"
                  INNER JOIN (
                    SELECT
                      "t34"."account_id",
                      CAST("t34"."c" AS DOUBLE) AS "support_tickets_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t22"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t9"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('support_ticket')
                        ) AS "t9"
                        GROUP BY
                          1
                      ) AS "t22"
                        ON "t7"."account_id" = "t22"."account_id"
                    ) AS "t34"
                  ) AS "t53"
                    ON "t7"."account_id" = "t53"."account_id"
                  INNER JOIN (
                    SELECT
                      "t35"."account_id",
                      CAST("t35"."c" AS DOUBLE) AS "seminars_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t23"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t10"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('seminar')
                        ) AS "t10"
                        GROUP BY
                          1
                      ) AS "t23"
                        ON "t7"."account_id" = "t23"."account_id"
                    ) AS "t35"
                  ) AS "t54"
                    ON "t7"."account_id" = "t54"."account_id"
                  INNER JOIN (
                    SELECT
                      "t36"."account_id",
                      CAST("t36"."c" AS DOUBLE) AS "community_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t24"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t11"."account_id",
                          COUNT(*) AS "c"
                        FROM (
                          SELECT
                            *
                          FROM "touchpoints" AS "t1"
                          WHERE
                            "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 12, 1, 15, 0, 0, 0)
                            AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                            AND "t1"."kind" IN ('community')
                        ) AS "t11"
                        GROUP BY
                          1
                      ) AS "t24"
                        ON "t7"."account_id" = "t24"."account_id"
                    ) AS "t36"
                  ) AS "t55"
                    ON "t7"."account_id" = "t55"."account_id"
                  INNER JOIN (
                    SELECT
                      "t67"."account_id",
                      "t67"."s" AS "latest_nps"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t41"."s"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t29"."account_id",
                          "t29"."score" AS "s"
                        FROM (
                          SELECT
                            "t12"."touchpoint_id",
                            "t12"."ts",
                            "t12"."account_id",
                            "t12"."user_id",
                            "t12"."kind",
                            "t12"."title",
                            "t12"."body",
                            "t12"."score",
                            "t12"."properties",
                            "t12"."source",
                            "t12"."loaded_at",
                            ROW_NUMBER() OVER (
                              PARTITION BY "t12"."account_id"
                              ORDER BY "t12"."ts" DESC NULLS LAST, "t12"."touchpoint_id" DESC NULLS LAST
                            ) - 1 AS "rn"
                          FROM (
                            SELECT
                              *
                            FROM "touchpoints" AS "t1"
                            WHERE
                              "t1"."ts" >= TIMESTAMP_FROM_PARTS(2025, 3, 1, 15, 0, 0, 0)
                              AND "t1"."ts" < TIMESTAMP_FROM_PARTS(2026, 3, 1, 15, 0, 0, 0)
                              AND "t1"."kind" = 'nps'
                              AND "t1"."score" IS NOT NULL
                          ) AS "t12"
                        ) AS "t29"
                        WHERE
                          "t29"."rn" = 0
                      ) AS "t41"
                        ON "t7"."account_id" = "t41"."account_id"
                    ) AS "t67"
                  ) AS "t78"
                    ON "t7"."account_id" = "t78"."account_id"
                  INNER JOIN (
                    SELECT
                      "t40"."account_id",
                      CAST("t40"."d" AS DOUBLE) / 4.0 AS "feature_breadth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t28"."d", 0) AS "d"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t14"."account_id",
                          COUNT(DISTINCT "t14"."event") AS "d"
                        FROM (
                          SELECT
                            *
                          FROM "account_daily" AS "t2"
                          WHERE
                            "t2"."account_id" IS NOT NULL
                            AND "t2"."day" >= DATE_FROM_PARTS(2026, 2, 2)
                            AND "t2"."day" < DATE_FROM_PARTS(2026, 3, 2)
                            AND "t2"."event" IN ('issue_created', 'comment_added', 'document_created', 'gantt_viewed')
                        ) AS "t14"
                        GROUP BY
                          1
                      ) AS "t28"
                        ON "t7"."account_id" = "t28"."account_id"
                    ) AS "t40"
                  ) AS "t68"
                    ON "t7"."account_id" = "t68"."account_id"
                  INNER JOIN (
                    SELECT
                      "t117"."account_id",
                      "t117"."value" AS "events_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e0" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t57"
                        ON "t7"."account_id" = "t57"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t117"
                  ) AS "t124"
                    ON "t7"."account_id" = "t124"."account_id"
                  INNER JOIN (
                    SELECT
                      "t118"."account_id",
                      "t118"."value" AS "collaboration_per_active_user_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t104"."active" > 0,
                          CAST(COALESCE("t58"."c", 0) AS DOUBLE) / CAST("t104"."active" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e1" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t58"
                        ON "t7"."account_id" = "t58"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t94"."active", 0) AS "active"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."account_id",
                            "t87"."active_28" AS "active"
                          FROM "t83" AS "t87"
                        ) AS "t94"
                          ON "t7"."account_id" = "t94"."account_id"
                      ) AS "t104"
                        ON "t7"."account_id" = "t104"."account_id"
                    ) AS "t118"
                  ) AS "t125"
                    ON "t7"."account_id" = "t125"."account_id"
                  INNER JOIN (
                    SELECT
                      "t73"."account_id",
                      CAST(DATEDIFF(DAY, "t73"."last", DATE_FROM_PARTS(2026, 3, 2)) AS DOUBLE) AS "days_since_last_event"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t59"."last"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e5" AS "last"
                        FROM "t37" AS "t39"
                      ) AS "t59"
                        ON "t7"."account_id" = "t59"."account_id"
                    ) AS "t73"
                  ) AS "t88"
                    ON "t7"."account_id" = "t88"."account_id"
                  INNER JOIN (
                    SELECT
                      "t89"."account_id",
                      "t89"."value" AS "growth_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t79"."p" > 0,
                          CAST(COALESCE("t57"."c", 0) AS DOUBLE) / CAST("t79"."p" AS DOUBLE),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e0" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t57"
                        ON "t7"."account_id" = "t57"."account_id"
                      INNER JOIN (
                        SELECT
                          "t7"."account_id",
                          COALESCE("t62"."p", 0) AS "p"
                        FROM (
                          SELECT
                            "t0"."account_id"
                          FROM "accounts" AS "t0"
                        ) AS "t7"
                        LEFT OUTER JOIN (
                          SELECT
                            "t39"."account_id",
                            "t39"."e4" AS "p"
                          FROM "t37" AS "t39"
                        ) AS "t62"
                          ON "t7"."account_id" = "t62"."account_id"
                      ) AS "t79"
                        ON "t7"."account_id" = "t79"."account_id"
                    ) AS "t89"
                  ) AS "t99"
                    ON "t7"."account_id" = "t99"."account_id"
                  INNER JOIN (
                    SELECT
                      "t74"."account_id",
                      CAST("t74"."c" AS DOUBLE) AS "power_features_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t60"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e2" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t60"
                        ON "t7"."account_id" = "t60"."account_id"
                    ) AS "t74"
                  ) AS "t85"
                    ON "t7"."account_id" = "t85"."account_id"
                  INNER JOIN (
                    SELECT
                      "t75"."account_id",
                      CAST("t75"."c" AS DOUBLE) AS "integrations_90d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t61"."c", 0) AS "c"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t39"."account_id",
                          "t39"."e6" AS "c"
                        FROM "t37" AS "t39"
                      ) AS "t61"
                        ON "t7"."account_id" = "t61"."account_id"
                    ) AS "t75"
                  ) AS "t86"
                    ON "t7"."account_id" = "t86"."account_id"
                  INNER JOIN (
                    SELECT
                      "t106"."account_id",
                      "t106"."value" AS "active_rate_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t69"."seats" > 0,
                          CAST(COALESCE("t94"."active", 0) AS DOUBLE) / "t69"."seats",
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_28" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t94"
                        ON "t7"."account_id" = "t94"."account_id"
                      INNER JOIN "t63" AS "t69"
                        ON "t7"."account_id" = "t69"."account_id"
                    ) AS "t106"
                  ) AS "t113"
                    ON "t7"."account_id" = "t113"."account_id"
                  INNER JOIN (
                    SELECT
                      "t107"."account_id",
                      "t107"."value" AS "active_rate_7d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t69"."seats" > 0,
                          CAST(COALESCE("t95"."active", 0) AS DOUBLE) / "t69"."seats",
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."active_7" AS "active"
                        FROM "t83" AS "t87"
                      ) AS "t95"
                        ON "t7"."account_id" = "t95"."account_id"
                      INNER JOIN "t63" AS "t69"
                        ON "t7"."account_id" = "t69"."account_id"
                    ) AS "t107"
                  ) AS "t114"
                    ON "t7"."account_id" = "t114"."account_id"
                  INNER JOIN (
                    SELECT
                      "t126"."account_id",
                      "t126"."value" AS "evenness_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        IFF(
                          "t108"."total" > 0,
                          1.0 - (
                            (
                              (
                                (
                                  "t108"."weighted" + (
                                    (
                                      "t77"."members" - CAST("t108"."k" AS DOUBLE)
                                    ) * CAST("t108"."total" AS DOUBLE)
                                  )
                                ) * 2.0
                              ) / (
                                "t77"."members" * CAST("t108"."total" AS DOUBLE)
                              )
                            ) - (
                              (
                                "t77"."members" + 1.0
                              ) / "t77"."members"
                            )
                          ),
                          CAST(NULL AS DOUBLE)
                        ) AS "value"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t100"."account_id",
                          SUM("t100"."c") AS "k",
                          SUM("t100"."n" * "t100"."c") AS "total",
                          SUM("t100"."ranked") AS "weighted"
                        FROM (
                          SELECT
                            "t80"."account_id",
                            "t80"."n",
                            "t80"."c",
                            CAST("t80"."n" AS DOUBLE) * (
                              (
                                "t80"."c" * (
                                  SUM("t80"."c") OVER (
                                    PARTITION BY "t80"."account_id"
                                    ORDER BY "t80"."n" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) - "t80"."c"
                                )
                              ) + (
                                (
                                  "t80"."c" * (
                                    "t80"."c" + 1
                                  )
                                ) / 2
                              )
                            ) AS "ranked"
                          FROM (
                            SELECT
                              "t71"."account_id",
                              "t71"."n",
                              COUNT(*) AS "c"
                            FROM (
                              SELECT
                                "t64"."account_id",
                                "t64"."user_id",
                                "t64"."role",
                                "t64"."n_28" AS "n"
                              FROM "t52" AS "t64"
                              WHERE
                                "t64"."n_28" > 0
                            ) AS "t71"
                            GROUP BY
                              1,
                              2
                          ) AS "t80"
                        ) AS "t100"
                        GROUP BY
                          1
                      ) AS "t108"
                        ON "t7"."account_id" = "t108"."account_id"
                      INNER JOIN (
                        SELECT
                          "t66"."account_id",
                          "t66"."members"
                        FROM "t63" AS "t66"
                      ) AS "t77"
                        ON "t7"."account_id" = "t77"."account_id"
                    ) AS "t126"
                  ) AS "t128"
                    ON "t7"."account_id" = "t128"."account_id"
                  INNER JOIN (
                    SELECT
                      "t102"."account_id",
                      IFF(
                        "t102"."total" > 0,
                        CAST("t102"."top" AS DOUBLE) / CAST("t102"."total" AS DOUBLE),
                        CAST(NULL AS DOUBLE)
                      ) AS "top_user_share_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        "t96"."top",
                        "t96"."total"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."top_28" AS "top",
                          "t87"."total_28" AS "total"
                        FROM "t83" AS "t87"
                      ) AS "t96"
                        ON "t7"."account_id" = "t96"."account_id"
                    ) AS "t102"
                  ) AS "t119"
                    ON "t7"."account_id" = "t119"."account_id"
                  INNER JOIN (
                    SELECT
                      "t103"."account_id",
                      CAST("t103"."v" AS DOUBLE) AS "active_admins_28d"
                    FROM (
                      SELECT
                        "t7"."account_id",
                        COALESCE("t97"."v", 0) AS "v"
                      FROM (
                        SELECT
                          "t0"."account_id"
                        FROM "accounts" AS "t0"
                      ) AS "t7"
                      LEFT OUTER JOIN (
                        SELECT
                          "t87"."account_id",
                          "t87"."admins_28" AS "v"
                        FROM "t83" AS "t87"
                      ) AS "t97"
                        ON "t7"."account_id" = "t97"."account_id"
                    ) AS "t103"
                  ) AS "t112"
                    ON "t7"."account_id" = "t112"."account_id"
                ) AS "t130"
                  ON "t27"."account_id" = "t130"."account_id"
              ) AS "t131"
            ) AS "t132"
          ) AS "t133"
        ) AS "t134"
      ) AS "t135"
    ) AS "t136"
    WHERE
      "t136"."score" IS NOT NULL
  ) AS "t139"
) AS "t140"
