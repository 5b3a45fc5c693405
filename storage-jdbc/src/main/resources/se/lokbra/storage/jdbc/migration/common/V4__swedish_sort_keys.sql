-- lokbra schema version 4: Swedish order for text. Every text a page sorts by (titles, names: the text sort
-- properties of the aggregates' descriptions) gets a column <text column>_sort_key beside it, holding the ICU4J
-- Swedish sort key of the text (se.lokbra.core.spi.Collation). Pages order by the key (bytes, compared unsigned by
-- both databases) and then the text (binary collation), so no database collation is relied on; the indexes that
-- served the code point order of a text serve the key order now.
--
-- SQL cannot compute ICU sort keys, so this script leaves the new columns NULL: the store fills them when it opens
-- (se.lokbra.storage.jdbc.internal.schema.SortKeys), because lokbra_metadata holds no collation version yet. The
-- same step computes every key again whenever the collator's version changes (a new ICU4J), as recorded there.
--
-- Placeholders as in V1__schema.sql, and ${bytes}: BLOB | BYTEA.

CREATE TABLE lokbra_metadata (
  name  ${text} NOT NULL PRIMARY KEY,   -- collation: the collator version the sort keys were computed with
  value ${text} NOT NULL
) ${strict};

ALTER TABLE organisation ADD COLUMN name_sort_key ${bytes};
ALTER TABLE person ADD COLUMN family_name_sort_key ${bytes};
ALTER TABLE person ADD COLUMN given_name_sort_key ${bytes};
ALTER TABLE council ADD COLUMN name_sort_key ${bytes};
ALTER TABLE measure ADD COLUMN title_sort_key ${bytes};
ALTER TABLE conference ADD COLUMN title_sort_key ${bytes};
ALTER TABLE situation_picture ADD COLUMN title_sort_key ${bytes};
ALTER TABLE problem ADD COLUMN title_sort_key ${bytes};
ALTER TABLE indicator ADD COLUMN name_sort_key ${bytes};
ALTER TABLE cooperation_agreement ADD COLUMN title_sort_key ${bytes};
ALTER TABLE action_plan ADD COLUMN title_sort_key ${bytes};

DROP INDEX organisation_by_name;
DROP INDEX organisation_by_kind;
DROP INDEX organisation_by_municipality;
CREATE INDEX organisation_by_name ON organisation (name_sort_key, name, id);
CREATE INDEX organisation_by_kind ON organisation (kind, name_sort_key, name, id);
CREATE INDEX organisation_by_municipality ON organisation (municipality, name_sort_key, name, id);

DROP INDEX person_by_name;
DROP INDEX person_by_affiliation;
CREATE INDEX person_by_name ON person (family_name_sort_key, family_name, given_name_sort_key, given_name, id);
CREATE INDEX person_by_affiliation
  ON person (affiliation_id, family_name_sort_key, family_name, given_name_sort_key, given_name, id);

DROP INDEX council_by_name;
CREATE INDEX council_by_name ON council (name_sort_key, name, id);

DROP INDEX measure_by_title;
DROP INDEX measure_by_council;
DROP INDEX measure_by_status;
DROP INDEX measure_by_category;
DROP INDEX measure_by_action_plan;
CREATE INDEX measure_by_title ON measure (title_sort_key, title, id);
CREATE INDEX measure_by_council ON measure (council_id, title_sort_key, title, id);
CREATE INDEX measure_by_status ON measure (status, title_sort_key, title, id);
CREATE INDEX measure_by_category ON measure (category, title_sort_key, title, id);
CREATE INDEX measure_by_action_plan ON measure (action_plan_id, title_sort_key, title, id);

DROP INDEX conference_by_title;
CREATE INDEX conference_by_title ON conference (title_sort_key, title, id);

DROP INDEX situation_picture_by_title;
CREATE INDEX situation_picture_by_title ON situation_picture (title_sort_key, title, id);

DROP INDEX problem_by_title;
DROP INDEX problem_prioritised;
DROP INDEX problem_by_situation_picture;
CREATE INDEX problem_by_title ON problem (title_sort_key, title, id);
CREATE INDEX problem_prioritised ON problem (priority ${nulls_first}, title_sort_key, title, id)
  WHERE priority IS NOT NULL;
CREATE INDEX problem_by_situation_picture ON problem (situation_picture_id, title_sort_key, title, id);

DROP INDEX indicator_by_name;
DROP INDEX indicator_by_problem;
CREATE INDEX indicator_by_name ON indicator (name_sort_key, name, id);
CREATE INDEX indicator_by_problem ON indicator (problem_id, name_sort_key, name, id);

DROP INDEX cooperation_agreement_by_title;
CREATE INDEX cooperation_agreement_by_title ON cooperation_agreement (title_sort_key, title, id);

DROP INDEX action_plan_by_title;
CREATE INDEX action_plan_by_title ON action_plan (title_sort_key, title, id);
