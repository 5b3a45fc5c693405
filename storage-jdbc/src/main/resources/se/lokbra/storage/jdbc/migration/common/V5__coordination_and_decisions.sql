-- lokbra schema version 5: what the law (2023:196) requires. Decisions of record: a decision gains the kind of
-- its deciding body, the paragraph of the minutes and the case number (diarienummer); the decisions stored before
-- are kept, with body kind OTHER and their body's name as it was. An action plan names the situation pictures it
-- rests on; a situation picture may be adopted by a decision, and a cooperation agreement records the decision by
-- which the municipality entered it. And the coordination function
-- (samordningsfunktion), a new aggregate with its municipalities, holders, tasks and other tasks.
--
-- Placeholders as in V1__schema.sql and V4__swedish_sort_keys.sql.

ALTER TABLE action_plan ADD COLUMN decision_body_kind ${text};
ALTER TABLE action_plan ADD COLUMN decision_paragraph ${text};
ALTER TABLE action_plan ADD COLUMN decision_case_number ${text};
UPDATE action_plan SET decision_body_kind = 'OTHER' WHERE decision_date IS NOT NULL;

CREATE TABLE action_plan_situation_picture (
  action_plan_id       ${text} NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  situation_picture_id ${text} NOT NULL REFERENCES situation_picture (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (action_plan_id, position)
) ${strict};
CREATE INDEX action_plan_situation_picture_by_picture
  ON action_plan_situation_picture (situation_picture_id, action_plan_id);

ALTER TABLE cooperation_agreement ADD COLUMN decision_date ${date};
ALTER TABLE cooperation_agreement ADD COLUMN decision_body ${text};
ALTER TABLE cooperation_agreement ADD COLUMN decision_body_kind ${text};
ALTER TABLE cooperation_agreement ADD COLUMN decision_paragraph ${text};
ALTER TABLE cooperation_agreement ADD COLUMN decision_case_number ${text};

ALTER TABLE situation_picture ADD COLUMN adopted_by_date ${date};
ALTER TABLE situation_picture ADD COLUMN adopted_by_body ${text};
ALTER TABLE situation_picture ADD COLUMN adopted_by_body_kind ${text};
ALTER TABLE situation_picture ADD COLUMN adopted_by_paragraph ${text};
ALTER TABLE situation_picture ADD COLUMN adopted_by_case_number ${text};

CREATE TABLE coordination_function (
  id                     ${text} NOT NULL PRIMARY KEY,
  version                ${bigint} NOT NULL,
  created                ${timestamp} NOT NULL,
  modified               ${timestamp} NOT NULL,
  name                   ${text} NOT NULL,
  decision_date          ${date},
  decision_body          ${text},
  decision_body_kind     ${text},
  decision_paragraph     ${text},
  decision_case_number   ${text},
  placed_in_id           ${text} REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  period_start           ${date},
  period_start_precision ${text},
  period_end             ${date},
  period_end_precision   ${text},
  period_last_day        ${date},
  contact_email          ${text},
  contact_phone          ${text},
  contact_address_street       ${text},
  contact_address_postal_code  ${text},
  contact_address_locality     ${text},
  contact_address_country_code ${text},
  contact_website        ${text},
  name_sort_key          ${bytes},
  CHECK ((decision_date IS NULL) = (decision_body IS NULL)),
  CHECK ((decision_date IS NULL) = (decision_body_kind IS NULL))
) ${strict};
CREATE INDEX coordination_function_by_name ON coordination_function (name_sort_key, name, id);
CREATE INDEX coordination_function_by_decided ON coordination_function (decision_date ${nulls_first}, id);
CREATE INDEX coordination_function_by_placed_in ON coordination_function (placed_in_id);
CREATE INDEX coordination_function_by_modified ON coordination_function (modified, id);

CREATE TABLE coordination_function_municipality (
  coordination_function_id ${text} NOT NULL REFERENCES coordination_function (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  municipality             ${text} NOT NULL,
  PRIMARY KEY (coordination_function_id, position)
) ${strict};
CREATE INDEX coordination_function_municipality_by_municipality
  ON coordination_function_municipality (municipality, coordination_function_id);

CREATE TABLE coordination_function_holder (
  coordination_function_id ${text} NOT NULL REFERENCES coordination_function (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  person_id                ${text} NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  percent_of_full_time     INTEGER NOT NULL,
  period_start             ${date} NOT NULL,
  period_start_precision   ${text} NOT NULL,
  period_end               ${date},
  period_end_precision     ${text},
  period_last_day          ${date},
  PRIMARY KEY (coordination_function_id, position)
) ${strict};
CREATE INDEX coordination_function_holder_by_person ON coordination_function_holder (person_id);

CREATE TABLE coordination_function_task (
  coordination_function_id ${text} NOT NULL REFERENCES coordination_function (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  task                     ${text} NOT NULL,
  PRIMARY KEY (coordination_function_id, position)
) ${strict};

CREATE TABLE coordination_function_other_task (
  coordination_function_id ${text} NOT NULL REFERENCES coordination_function (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  other_task               ${text} NOT NULL,
  PRIMARY KEY (coordination_function_id, position)
) ${strict};
