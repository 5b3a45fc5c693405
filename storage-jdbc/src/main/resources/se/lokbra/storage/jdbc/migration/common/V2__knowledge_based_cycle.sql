-- lokbra schema version 2: the knowledge-based cycle. Situation pictures, problems with their causes, indicators
-- with their values, cooperation agreements with citizen promises, action plans; measures gain the problems and
-- causes they target and the action plan that holds them.
--
-- Only new tables and one new nullable column: a version 1 database keeps every row as it was, and its measures
-- target nothing and belong to no plan until they are saved with targets or a plan.
--
-- Placeholders, references and child tables as in V1__schema.sql. A period (DateSpan) is kept as its partial
-- dates (earliest day and precision) plus its last day, as measure.period_* is, so that date conditions are plain
-- ranges. Causes are keyed by (problem_id, key) rather than by position: a measure's target refers to its cause
-- through a foreign key, so a cause keeps its row while its problem is saved again.

CREATE TABLE situation_picture (
  id                     ${text} NOT NULL PRIMARY KEY,
  version                ${bigint} NOT NULL,
  created                ${timestamp} NOT NULL,
  modified               ${timestamp} NOT NULL,
  title                  ${text} NOT NULL,
  council_id             ${text} REFERENCES council (id) DEFERRABLE INITIALLY IMMEDIATE,
  picture_date           ${date},
  period_start           ${date},
  period_start_precision ${text},
  period_end             ${date},
  period_end_precision   ${text},
  period_last_day        ${date},
  summary                ${text} NOT NULL
) ${strict};
CREATE INDEX situation_picture_by_date ON situation_picture (picture_date ${nulls_first}, id);
CREATE INDEX situation_picture_by_title ON situation_picture (title, id);
CREATE INDEX situation_picture_by_council ON situation_picture (council_id, picture_date ${nulls_first}, id);
CREATE INDEX situation_picture_by_modified ON situation_picture (modified, id);

CREATE TABLE situation_picture_municipality (
  situation_picture_id ${text} NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  municipality         ${text} NOT NULL,
  PRIMARY KEY (situation_picture_id, position)
) ${strict};
CREATE INDEX situation_picture_municipality_by_municipality
  ON situation_picture_municipality (municipality, situation_picture_id);

CREATE TABLE situation_picture_produced_by (
  situation_picture_id ${text} NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  organisation_id      ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (situation_picture_id, position)
) ${strict};
CREATE INDEX situation_picture_produced_by_by_organisation ON situation_picture_produced_by (organisation_id);

CREATE TABLE situation_picture_source (
  situation_picture_id ${text} NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  kind                 ${text} NOT NULL,
  description          ${text} NOT NULL,
  source_date          ${date},
  PRIMARY KEY (situation_picture_id, position)
) ${strict};

CREATE TABLE problem (
  id                   ${text} NOT NULL PRIMARY KEY,
  version              ${bigint} NOT NULL,
  created              ${timestamp} NOT NULL,
  modified             ${timestamp} NOT NULL,
  situation_picture_id ${text} REFERENCES situation_picture (id) DEFERRABLE INITIALLY IMMEDIATE,
  title                ${text} NOT NULL,
  description          ${text} NOT NULL,
  place                ${text},
  priority             INTEGER
) ${strict};
CREATE INDEX problem_by_title ON problem (title, id);
CREATE INDEX problem_by_priority ON problem (priority ${nulls_first}, id);
-- findPrioritised: the prioritised problems in priority order, then by title.
CREATE INDEX problem_prioritised ON problem (priority ${nulls_first}, title, id) WHERE priority IS NOT NULL;
CREATE INDEX problem_by_situation_picture ON problem (situation_picture_id, title, id);
CREATE INDEX problem_by_modified ON problem (modified, id);

CREATE TABLE problem_cause (
  problem_id  ${text} NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
  key         ${text} NOT NULL,
  position    INTEGER NOT NULL,
  description ${text} NOT NULL,
  PRIMARY KEY (problem_id, key)
) ${strict};

CREATE TABLE indicator (
  id              ${text} NOT NULL PRIMARY KEY,
  version         ${bigint} NOT NULL,
  created         ${timestamp} NOT NULL,
  modified        ${timestamp} NOT NULL,
  problem_id      ${text} NOT NULL REFERENCES problem (id) DEFERRABLE INITIALLY IMMEDIATE,
  name            ${text} NOT NULL,
  unit            ${text},
  baseline_date   ${date},
  baseline_value  ${decimal},
  baseline_source ${text},
  CHECK ((baseline_date IS NULL) = (baseline_value IS NULL))
) ${strict};
CREATE INDEX indicator_by_name ON indicator (name, id);
CREATE INDEX indicator_by_problem ON indicator (problem_id, name, id);
CREATE INDEX indicator_by_modified ON indicator (modified, id);

CREATE TABLE indicator_value (
  indicator_id ${text} NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  value_date   ${date} NOT NULL,
  value        ${decimal} NOT NULL,
  source       ${text},
  PRIMARY KEY (indicator_id, position)
) ${strict};

CREATE TABLE cooperation_agreement (
  id                     ${text} NOT NULL PRIMARY KEY,
  version                ${bigint} NOT NULL,
  created                ${timestamp} NOT NULL,
  modified               ${timestamp} NOT NULL,
  title                  ${text} NOT NULL,
  period_start           ${date} NOT NULL,
  period_start_precision ${text} NOT NULL,
  period_end             ${date},
  period_end_precision   ${text},
  period_last_day        ${date}
) ${strict};
CREATE INDEX cooperation_agreement_by_start ON cooperation_agreement (period_start, id);
CREATE INDEX cooperation_agreement_by_title ON cooperation_agreement (title, id);
-- findInForceOn: started on or before the day, and not ended before it.
CREATE INDEX cooperation_agreement_by_last_day ON cooperation_agreement (period_last_day, period_start, id);
CREATE INDEX cooperation_agreement_by_modified ON cooperation_agreement (modified, id);

CREATE TABLE cooperation_agreement_party (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  organisation_id          ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};
CREATE INDEX cooperation_agreement_party_by_organisation ON cooperation_agreement_party (organisation_id);

CREATE TABLE cooperation_agreement_signatory (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  person_id                ${text} NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  role                     ${text} NOT NULL,
  on_behalf_of_id          ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  signed_on                ${date},
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};
CREATE INDEX cooperation_agreement_signatory_by_person ON cooperation_agreement_signatory (person_id);
CREATE INDEX cooperation_agreement_signatory_by_organisation
  ON cooperation_agreement_signatory (on_behalf_of_id);

CREATE TABLE cooperation_agreement_problem (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  problem_id               ${text} NOT NULL REFERENCES problem (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};
CREATE INDEX cooperation_agreement_problem_by_problem ON cooperation_agreement_problem (problem_id);

CREATE TABLE cooperation_agreement_goal (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  indicator_id             ${text} NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY IMMEDIATE,
  target                   ${decimal} NOT NULL,
  by_when                  ${date} NOT NULL,
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};
CREATE INDEX cooperation_agreement_goal_by_indicator ON cooperation_agreement_goal (indicator_id);

CREATE TABLE cooperation_agreement_follow_up (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  follow_up_date           ${date} NOT NULL,
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};

CREATE TABLE cooperation_agreement_promise (
  cooperation_agreement_id ${text} NOT NULL REFERENCES cooperation_agreement (id) ON DELETE CASCADE,
  position                 INTEGER NOT NULL,
  text                     ${text} NOT NULL,
  responsible_id           ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  period_start             ${date},
  period_start_precision   ${text},
  period_end               ${date},
  period_end_precision     ${text},
  period_last_day          ${date},
  status                   ${text} NOT NULL,
  PRIMARY KEY (cooperation_agreement_id, position)
) ${strict};
CREATE INDEX cooperation_agreement_promise_by_status
  ON cooperation_agreement_promise (status, cooperation_agreement_id);
CREATE INDEX cooperation_agreement_promise_by_responsible ON cooperation_agreement_promise (responsible_id);

CREATE TABLE action_plan (
  id                     ${text} NOT NULL PRIMARY KEY,
  version                ${bigint} NOT NULL,
  created                ${timestamp} NOT NULL,
  modified               ${timestamp} NOT NULL,
  title                  ${text} NOT NULL,
  council_id             ${text} REFERENCES council (id) DEFERRABLE INITIALLY IMMEDIATE,
  decision_date          ${date},
  decision_body          ${text},
  period_start           ${date},
  period_start_precision ${text},
  period_end             ${date},
  period_end_precision   ${text},
  period_last_day        ${date},
  CHECK ((decision_date IS NULL) = (decision_body IS NULL))
) ${strict};
CREATE INDEX action_plan_by_title ON action_plan (title, id);
CREATE INDEX action_plan_by_decided ON action_plan (decision_date ${nulls_first}, id);
CREATE INDEX action_plan_by_council ON action_plan (council_id);
CREATE INDEX action_plan_by_modified ON action_plan (modified, id);

CREATE TABLE action_plan_municipality (
  action_plan_id ${text} NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  municipality   ${text} NOT NULL,
  PRIMARY KEY (action_plan_id, position)
) ${strict};
CREATE INDEX action_plan_municipality_by_municipality ON action_plan_municipality (municipality, action_plan_id);

CREATE TABLE action_plan_follow_up (
  action_plan_id ${text} NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  follow_up_date ${date} NOT NULL,
  PRIMARY KEY (action_plan_id, position)
) ${strict};

-- Measures of version 1 belong to no plan (NULL). SQLite allows a REFERENCES clause on an added column only with
-- a NULL default, which this is.
ALTER TABLE measure ADD COLUMN action_plan_id ${text} REFERENCES action_plan (id) DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX measure_by_action_plan ON measure (action_plan_id, title, id);

-- What a measure targets: a problem, or one of its causes (cause_key set). The cause's foreign key is checked only
-- when cause_key is set (a NULL column leaves a composite key unchecked, on both databases).
CREATE TABLE measure_target (
  measure_id ${text} NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  problem_id ${text} NOT NULL REFERENCES problem (id) DEFERRABLE INITIALLY IMMEDIATE,
  cause_key  ${text},
  PRIMARY KEY (measure_id, position),
  CONSTRAINT measure_target_cause_fk FOREIGN KEY (problem_id, cause_key) REFERENCES problem_cause (problem_id, key)
    DEFERRABLE INITIALLY IMMEDIATE
) ${strict};
CREATE INDEX measure_target_by_problem ON measure_target (problem_id, cause_key, measure_id);
