-- lokbra schema version 3: tallies of measures. A page of measures reports how many measures the query matches;
-- counting them reads every match, so a query on a large table would cost more the more it matches. Instead the
-- store keeps, in the same transactions that change measures, how many live measures have each council, status
-- and category, how many start in each year and how many end in each year (see MeasureMapping.tallies), and a
-- query on one criterion reads its total from here.
--
-- Placeholders as in V1__schema.sql, and the four-digit year of a period column as text:
--   ${year_of_period_start}, ${year_of_period_last_day}   substr(…, 1, 4) | to_char(…, 'YYYY')

CREATE TABLE measure_tally (
  dimension ${text} NOT NULL,   -- all, council, status, category, start_year, end_year
  item      ${text} NOT NULL,   -- '' for all; the council id, status or category; the year
  n         ${bigint} NOT NULL,
  PRIMARY KEY (dimension, item)
) ${strict};

INSERT INTO measure_tally (dimension, item, n) SELECT 'all', '', COUNT(*) FROM measure;
INSERT INTO measure_tally (dimension, item, n) SELECT 'council', council_id, COUNT(*) FROM measure GROUP BY council_id;
INSERT INTO measure_tally (dimension, item, n) SELECT 'status', status, COUNT(*) FROM measure GROUP BY status;
INSERT INTO measure_tally (dimension, item, n) SELECT 'category', category, COUNT(*) FROM measure GROUP BY category;
INSERT INTO measure_tally (dimension, item, n)
  SELECT 'start_year', ${year_of_period_start}, COUNT(*) FROM measure WHERE period_start IS NOT NULL
  GROUP BY ${year_of_period_start};
INSERT INTO measure_tally (dimension, item, n)
  SELECT 'end_year', ${year_of_period_last_day}, COUNT(*) FROM measure WHERE period_last_day IS NOT NULL
  GROUP BY ${year_of_period_last_day};
DELETE FROM measure_tally WHERE n = 0;
