SELECT
  `t3`.`account_id`,
  `t10`.`latest_nps`
FROM (
  SELECT
    `t0`.`account_id`
  FROM `accounts` AS `t0`
) AS `t3`
INNER JOIN (
  SELECT
    `t8`.`account_id`,
    `t8`.`s` AS `latest_nps`
  FROM (
    SELECT
      `t3`.`account_id`,
      `t7`.`s`
    FROM (
      SELECT
        `t0`.`account_id`
      FROM `accounts` AS `t0`
    ) AS `t3`
    LEFT OUTER JOIN (
      SELECT
        `t5`.`account_id`,
        `t5`.`score` AS `s`
      FROM (
        SELECT
          `t4`.`touchpoint_id`,
          `t4`.`ts`,
          `t4`.`account_id`,
          `t4`.`user_id`,
          `t4`.`kind`,
          `t4`.`title`,
          `t4`.`body`,
          `t4`.`score`,
          `t4`.`properties`,
          `t4`.`source`,
          `t4`.`loaded_at`,
          ROW_NUMBER() OVER (PARTITION BY `t4`.`account_id` ORDER BY `t4`.`ts` DESC, `t4`.`touchpoint_id` DESC) - 1 AS `rn`
        FROM (
          SELECT
            *
          FROM `touchpoints` AS `t1`
          WHERE
            `t1`.`ts` >= DATETIME('2025-03-01T15:00:00')
            AND `t1`.`ts` < DATETIME('2026-03-01T15:00:00')
            AND `t1`.`kind` = 'nps'
            AND `t1`.`score` IS NOT NULL
        ) AS `t4`
      ) AS `t5`
      WHERE
        `t5`.`rn` = 0
    ) AS `t7`
      ON `t3`.`account_id` = `t7`.`account_id`
  ) AS `t8`
) AS `t10`
  ON `t3`.`account_id` = `t10`.`account_id`
