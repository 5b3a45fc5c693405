-- lokbra schema version 1: one table per aggregate, a child table per collection (ordered by "position"),
-- and the tombstones of deleted entities.
--
-- The same script serves SQLite and PostgreSQL. The few differences are Flyway placeholders, filled in by
-- se.lokbra.storage.jdbc.internal.Dialect:
--   ${text}        TEXT (SQLite, BINARY collation)  | TEXT COLLATE "C" (PostgreSQL): text sorts by code point
--   ${bigint}      INTEGER                          | BIGINT
--   ${timestamp}   TEXT, 2024-05-14T08:30:00.000000Z | TIMESTAMPTZ (microseconds)
--   ${date}        TEXT, 2024-05-14                 | DATE
--   ${decimal}     TEXT, exact decimal              | NUMERIC
--   ${strict}      STRICT (type-checked table)      | (nothing)
--   ${nulls_first} (SQLite indexes put NULL first)  | NULLS FIRST
-- References between aggregates are DEFERRABLE so that a whole data set can be restored in any order; within a
-- transaction they are checked at once. Child rows go with their parent (ON DELETE CASCADE).

CREATE TABLE organisation (
  id                  ${text} NOT NULL PRIMARY KEY,
  version             ${bigint} NOT NULL,
  created             ${timestamp} NOT NULL,
  modified            ${timestamp} NOT NULL,
  name                ${text} NOT NULL,
  kind                ${text} NOT NULL,
  organisation_number ${text},
  municipality        ${text},
  parent_id           ${text} REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  email               ${text},
  phone               ${text},
  website             ${text},
  street              ${text},
  postal_code         ${text},
  locality            ${text},
  country_code        ${text},
  CONSTRAINT organisation_number_unique UNIQUE (organisation_number)
) ${strict};
CREATE INDEX organisation_by_name ON organisation (name, id);
CREATE INDEX organisation_by_kind ON organisation (kind, name, id);
CREATE INDEX organisation_by_municipality ON organisation (municipality, name, id);
CREATE INDEX organisation_by_parent ON organisation (parent_id);
CREATE INDEX organisation_by_modified ON organisation (modified, id);

CREATE TABLE organisation_identifier (
  organisation_id ${text} NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  scheme          ${text} NOT NULL,
  value           ${text} NOT NULL,
  PRIMARY KEY (organisation_id, position)
) ${strict};

CREATE TABLE person (
  id                 ${text} NOT NULL PRIMARY KEY,
  version            ${bigint} NOT NULL,
  created            ${timestamp} NOT NULL,
  modified           ${timestamp} NOT NULL,
  given_name         ${text} NOT NULL,
  family_name        ${text} NOT NULL,
  title              ${text},
  party_abbreviation ${text},
  party_name         ${text},
  affiliation_id     ${text} REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  email              ${text},
  phone              ${text},
  website            ${text},
  street             ${text},
  postal_code        ${text},
  locality           ${text},
  country_code       ${text}
) ${strict};
CREATE INDEX person_by_name ON person (family_name, given_name, id);
CREATE INDEX person_by_affiliation ON person (affiliation_id, family_name, given_name, id);
CREATE INDEX person_by_modified ON person (modified, id);

CREATE TABLE person_identifier (
  person_id ${text} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  scheme    ${text} NOT NULL,
  value     ${text} NOT NULL,
  PRIMARY KEY (person_id, position)
) ${strict};

CREATE TABLE council (
  id                ${text} NOT NULL PRIMARY KEY,
  version           ${bigint} NOT NULL,
  created           ${timestamp} NOT NULL,
  modified          ${timestamp} NOT NULL,
  name              ${text} NOT NULL,
  short_name        ${text},
  founded           INTEGER,
  meetings_per_year INTEGER
) ${strict};
CREATE INDEX council_by_name ON council (name, id);
CREATE INDEX council_by_modified ON council (modified, id);

CREATE TABLE council_municipality (
  council_id   ${text} NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  municipality ${text} NOT NULL,
  PRIMARY KEY (council_id, position)
) ${strict};
CREATE INDEX council_municipality_by_municipality ON council_municipality (municipality, council_id);

CREATE TABLE council_membership (
  council_id      ${text} NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  organisation_id ${text} REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  person_id       ${text} REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  role            ${text} NOT NULL,
  start_date      ${date} NOT NULL,
  end_date        ${date},
  PRIMARY KEY (council_id, position),
  CHECK (organisation_id IS NOT NULL OR person_id IS NOT NULL)
) ${strict};
CREATE INDEX council_membership_by_organisation ON council_membership (organisation_id);
CREATE INDEX council_membership_by_person ON council_membership (person_id);

CREATE TABLE measure (
  id                     ${text} NOT NULL PRIMARY KEY,
  version                ${bigint} NOT NULL,
  created                ${timestamp} NOT NULL,
  modified               ${timestamp} NOT NULL,
  council_id             ${text} NOT NULL REFERENCES council (id) DEFERRABLE INITIALLY IMMEDIATE,
  title                  ${text} NOT NULL,
  description            ${text} NOT NULL,
  category               ${text} NOT NULL,
  target_problem         ${text},
  period_start           ${date},
  period_start_precision ${text},
  period_end             ${date},
  period_end_precision   ${text},
  period_last_day        ${date},
  status                 ${text} NOT NULL
) ${strict};
CREATE INDEX measure_by_title ON measure (title, id);
CREATE INDEX measure_by_council ON measure (council_id, title, id);
CREATE INDEX measure_by_status ON measure (status, title, id);
CREATE INDEX measure_by_category ON measure (category, title, id);
CREATE INDEX measure_by_period ON measure (period_start ${nulls_first}, id);
CREATE INDEX measure_by_modified ON measure (modified, id);

CREATE TABLE measure_responsible_organisation (
  measure_id      ${text} NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  organisation_id ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (measure_id, position)
) ${strict};
CREATE INDEX measure_responsible_organisation_by_organisation ON measure_responsible_organisation (organisation_id);

CREATE TABLE measure_municipality (
  measure_id   ${text} NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  municipality ${text} NOT NULL,
  PRIMARY KEY (measure_id, position)
) ${strict};

CREATE TABLE meeting (
  id         ${text} NOT NULL PRIMARY KEY,
  version    ${bigint} NOT NULL,
  created    ${timestamp} NOT NULL,
  modified   ${timestamp} NOT NULL,
  council_id ${text} NOT NULL REFERENCES council (id) DEFERRABLE INITIALLY IMMEDIATE,
  start_at   ${timestamp} NOT NULL,
  start_zone ${text} NOT NULL,
  end_at     ${timestamp},
  end_zone   ${text},
  location   ${text},
  state      ${text} NOT NULL
) ${strict};
CREATE INDEX meeting_by_start ON meeting (start_at, id);
CREATE INDEX meeting_by_council ON meeting (council_id, start_at, id);
CREATE INDEX meeting_by_modified ON meeting (modified, id);

CREATE TABLE measure_follow_up (
  measure_id     ${text} NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  follow_up_date ${date} NOT NULL,
  note           ${text} NOT NULL,
  outcome        ${text} NOT NULL,
  meeting_id     ${text} REFERENCES meeting (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (measure_id, position)
) ${strict};
CREATE INDEX measure_follow_up_by_meeting ON measure_follow_up (meeting_id);

CREATE TABLE measure_goal (
  measure_id ${text} NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  indicator  ${text} NOT NULL,
  target     ${decimal} NOT NULL,
  unit       ${text},
  PRIMARY KEY (measure_id, position)
) ${strict};

CREATE TABLE meeting_agenda_item (
  meeting_id ${text} NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  title      ${text} NOT NULL,
  notes      ${text},
  PRIMARY KEY (meeting_id, position)
) ${strict};

CREATE TABLE meeting_agenda_item_measure (
  meeting_id    ${text} NOT NULL,
  item_position INTEGER NOT NULL,
  position      INTEGER NOT NULL,
  measure_id    ${text} NOT NULL REFERENCES measure (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (meeting_id, item_position, position),
  FOREIGN KEY (meeting_id, item_position) REFERENCES meeting_agenda_item (meeting_id, position) ON DELETE CASCADE
) ${strict};
CREATE INDEX meeting_agenda_item_measure_by_measure ON meeting_agenda_item_measure (measure_id);

CREATE TABLE meeting_participant (
  meeting_id ${text} NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  person_id  ${text} NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (meeting_id, position)
) ${strict};
CREATE INDEX meeting_participant_by_person ON meeting_participant (person_id);

CREATE TABLE meeting_guest (
  meeting_id ${text} NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  person_id  ${text} NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  topic      ${text},
  PRIMARY KEY (meeting_id, position)
) ${strict};
CREATE INDEX meeting_guest_by_person ON meeting_guest (person_id);

CREATE TABLE conference (
  id          ${text} NOT NULL PRIMARY KEY,
  version     ${bigint} NOT NULL,
  created     ${timestamp} NOT NULL,
  modified    ${timestamp} NOT NULL,
  title       ${text} NOT NULL,
  start_date  ${date} NOT NULL,
  end_date    ${date},
  last_day    ${date} NOT NULL,
  venue       ${text},
  description ${text} NOT NULL
) ${strict};
CREATE INDEX conference_by_start ON conference (start_date, id);
CREATE INDEX conference_by_title ON conference (title, id);
CREATE INDEX conference_by_last_day ON conference (last_day, start_date, id);
CREATE INDEX conference_by_modified ON conference (modified, id);

CREATE TABLE conference_organising_council (
  conference_id ${text} NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  council_id    ${text} NOT NULL REFERENCES council (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (conference_id, position)
) ${strict};
CREATE INDEX conference_organising_council_by_council ON conference_organising_council (council_id);

CREATE TABLE conference_organising_organisation (
  conference_id   ${text} NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  organisation_id ${text} NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY IMMEDIATE,
  PRIMARY KEY (conference_id, position)
) ${strict};
CREATE INDEX conference_organising_organisation_by_organisation
  ON conference_organising_organisation (organisation_id);

CREATE TABLE conference_speaker (
  conference_id ${text} NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  person_id     ${text} NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY IMMEDIATE,
  topic         ${text},
  PRIMARY KEY (conference_id, position)
) ${strict};
CREATE INDEX conference_speaker_by_person ON conference_speaker (person_id);

-- What remains of a deleted entity: its id, the version its deletion gave it, when it was created and deleted.
CREATE TABLE tombstone (
  kind    ${text} NOT NULL,
  id      ${text} NOT NULL,
  version ${bigint} NOT NULL,
  created ${timestamp} NOT NULL,
  deleted ${timestamp} NOT NULL,
  PRIMARY KEY (kind, id)
) ${strict};
CREATE INDEX tombstone_by_deleted ON tombstone (kind, deleted, id);
