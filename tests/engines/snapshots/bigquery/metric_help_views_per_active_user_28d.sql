SELECT
  `t17`.`account_id`,
  IF(
    COALESCE(`t17`.`active_28`, 0) > 0,
    ieee_divide(
      CAST(COALESCE(`t17`.`e0`, 0) AS FLOAT64),
      CAST(COALESCE(`t17`.`active_28`, 0) AS FLOAT64)
    ),
    CAST(NULL AS FLOAT64)
  ) AS `help_views_per_active_user_28d`
FROM (
  SELECT
    `t5`.`account_id`,
    `t13`.`e0`,
    `t16`.`active_28`,
    `t16`.`top_28`,
    `t16`.`total_28`,
    `t16`.`admins_28`,
    `t16`.`admin_events_28`
  FROM (
    SELECT
      `t0`.`account_id`
    FROM `accounts` AS `t0`
  ) AS `t5`
  LEFT OUTER JOIN (
    SELECT
      `t6`.`account_id`,
      SUM(IF(`t6`.`event` IN ('help_article_viewed'), `t6`.`n`, CAST(NULL AS INT64))) AS `e0`
    FROM (
      SELECT
        *
      FROM `account_daily` AS `t1`
      WHERE
        `t1`.`account_id` IS NOT NULL
        AND `t1`.`day` >= DATE(2026, 2, 2)
        AND `t1`.`day` < DATE(2026, 3, 2)
    ) AS `t6`
    GROUP BY
      1
  ) AS `t13`
    ON `t5`.`account_id` = `t13`.`account_id`
  LEFT OUTER JOIN (
    SELECT
      `t14`.`account_id`,
      SUM(IF(`t14`.`n_28` > 0, 1, 0)) AS `active_28`,
      MAX(`t14`.`n_28`) AS `top_28`,
      SUM(`t14`.`n_28`) AS `total_28`,
      SUM(IF((
        `t14`.`n_28` > 0
      ) AND (
        COALESCE(`t14`.`role`, '') = 'admin'
      ), 1, 0)) AS `admins_28`,
      SUM(IF(COALESCE(`t14`.`role`, '') = 'admin', `t14`.`n_28`, 0)) AS `admin_events_28`
    FROM (
      SELECT
        `t11`.`account_id`,
        `t11`.`user_id`,
        `t9`.`role`,
        `t11`.`n_28`
      FROM (
        SELECT
          `t7`.`account_id`,
          `t7`.`user_id`,
          SUM(`t7`.`n`) AS `n_28`
        FROM (
          SELECT
            *
          FROM `user_daily` AS `t2`
          WHERE
            `t2`.`account_id` IS NOT NULL
            AND `t2`.`day` >= DATE(2026, 2, 2)
            AND `t2`.`day` < DATE(2026, 3, 2)
            AND `t2`.`user_id` IS NOT NULL
        ) AS `t7`
        GROUP BY
          1,
          2
      ) AS `t11`
      INNER JOIN (
        SELECT
          `t3`.`account_id`,
          `t3`.`user_id`,
          `t3`.`role`
        FROM `memberships` AS `t3`
        WHERE
          (
            `t3`.`joined_at` IS NULL
          )
          OR (
            `t3`.`joined_at` < DATETIME('2026-03-01T15:00:00')
          )
      ) AS `t9`
        ON `t11`.`account_id` = `t9`.`account_id` AND `t11`.`user_id` = `t9`.`user_id`
    ) AS `t14`
    GROUP BY
      1
  ) AS `t16`
    ON `t5`.`account_id` = `t16`.`account_id`
) AS `t17`
