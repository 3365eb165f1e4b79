-- SEND Tracker plan file, schema version 1.
-- The file is identified by PRAGMA application_id (see st-plan-file.h) and
-- versioned by PRAGMA user_version; both are set by the code that runs this.
-- Dates are ISO 8601 text: 'YYYY-MM-DD' for days, 'YYYY-MM' for months.

CREATE TABLE plan (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  title       TEXT NOT NULL,
  local_area  TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  vision      TEXT NOT NULL DEFAULT '',
  created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Reporting periods, in order ("Jan 23", "May 23").
CREATE TABLE period (
  id        INTEGER PRIMARY KEY,
  position  INTEGER NOT NULL,
  label     TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
  end_date  TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

-- The rating scale: five fixed statuses, their words and colours editable per plan.
CREATE TABLE status (
  id          INTEGER PRIMARY KEY CHECK (id BETWEEN 0 AND 4),
  code        TEXT NOT NULL UNIQUE CHECK (code IN ('blue', 'green', 'amber', 'red', 'grey')),
  position    INTEGER NOT NULL,
  letter      TEXT NOT NULL,
  label       TEXT NOT NULL,
  definition  TEXT NOT NULL DEFAULT '',
  colour      TEXT NOT NULL CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')
);

-- Boards and groups of the governance; a board reports to at most one other.
CREATE TABLE board (
  id           INTEGER PRIMARY KEY,
  position     INTEGER NOT NULL,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind         TEXT NOT NULL DEFAULT 'board' CHECK (kind IN ('board', 'group')),
  reports_to   INTEGER REFERENCES board (id) ON DELETE SET NULL,
  cadence      TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT ''
);

-- Strategies and the board accountable for each.
CREATE TABLE strategy (
  id        INTEGER PRIMARY KEY,
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  board_id  INTEGER REFERENCES board (id) ON DELETE SET NULL
);

CREATE TABLE person (
  id            INTEGER PRIMARY KEY,
  position      INTEGER NOT NULL,
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role          TEXT NOT NULL DEFAULT '',
  organisation  TEXT NOT NULL DEFAULT ''
);

-- The improvement plan: priority areas > sub-actions > actions.
CREATE TABLE area (
  id           INTEGER PRIMARY KEY,
  position     INTEGER NOT NULL,
  number       TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
  title        TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sub_action (
  id        INTEGER PRIMARY KEY,
  area_id   INTEGER NOT NULL REFERENCES area (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  ref       TEXT NOT NULL UNIQUE CHECK (length(trim(ref)) > 0),
  text      TEXT NOT NULL
);
CREATE INDEX sub_action_area ON sub_action (area_id, position);

CREATE TABLE action (
  id             INTEGER PRIMARY KEY,
  sub_action_id  INTEGER NOT NULL REFERENCES sub_action (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  ref            TEXT NOT NULL UNIQUE CHECK (length(trim(ref)) > 0),
  text           TEXT NOT NULL,
  -- Month precision target ('2022-07'), and/or a free-text one.
  target_month   TEXT CHECK (target_month IS NULL OR target_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  target_text    TEXT NOT NULL DEFAULT '',
  owner          TEXT NOT NULL DEFAULT '',
  lead_board_id  INTEGER REFERENCES board (id) ON DELETE SET NULL,
  -- Scorecard references as published: "1.1, Insight"; parsed into refs.
  measure_refs   TEXT NOT NULL DEFAULT '',
  evidence       INTEGER NOT NULL DEFAULT 0 CHECK (evidence IN (0, 1))
);
CREATE INDEX action_sub_action ON action (sub_action_id, position);

-- One rating per action and reporting period.
CREATE TABLE rating (
  action_id   INTEGER NOT NULL REFERENCES action (id) ON DELETE CASCADE,
  period_id   INTEGER NOT NULL REFERENCES period (id) ON DELETE CASCADE,
  status      TEXT NOT NULL REFERENCES status (code),
  commentary  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (action_id, period_id)
) WITHOUT ROWID;
CREATE INDEX rating_period ON rating (period_id);

-- The strategy.
CREATE TABLE outcome (
  id         INTEGER PRIMARY KEY,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  statement  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outcome_item (
  id              INTEGER PRIMARY KEY,
  outcome_id      INTEGER NOT NULL REFERENCES outcome (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('indicator', 'measure')),
  position        INTEGER NOT NULL,
  text            TEXT NOT NULL,
  in_development  INTEGER NOT NULL DEFAULT 0 CHECK (in_development IN (0, 1)),
  measure_ref     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outcome_item_outcome ON outcome_item (outcome_id, kind, position);

-- The Voices commitments and priorities.
CREATE TABLE voice (
  id        INTEGER PRIMARY KEY,
  position  INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('commitment', 'priority')),
  text      TEXT NOT NULL
);

-- Areas for development, with their strategic oversight and responsible individual.
CREATE TABLE development_area (
  id           INTEGER PRIMARY KEY,
  position     INTEGER NOT NULL,
  title        TEXT NOT NULL,
  oversight    TEXT NOT NULL DEFAULT '',
  responsible  TEXT NOT NULL DEFAULT ''
);

-- The performance scorecard.
CREATE TABLE measure (
  id              INTEGER PRIMARY KEY,
  position        INTEGER NOT NULL,
  ref             TEXT NOT NULL UNIQUE CHECK (length(trim(ref)) > 0),
  title           TEXT NOT NULL,
  definition      TEXT NOT NULL DEFAULT '',
  unit            TEXT NOT NULL DEFAULT 'number' CHECK (unit IN ('percent', 'number', 'days')),
  polarity        TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower', 'target', 'data')),
  frequency       TEXT NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('monthly', 'quarterly', 'termly', 'annual')),
  baseline_value  REAL,
  baseline_date   TEXT,
  target          REAL,
  tolerance       REAL NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
  tolerance_kind  TEXT NOT NULL DEFAULT 'absolute' CHECK (tolerance_kind IN ('absolute', 'percent')),
  notes           TEXT NOT NULL DEFAULT ''
);

-- A value keeps the target, tolerance and polarity that applied when it was
-- entered, so that changing a target never re-rates history.
CREATE TABLE measure_value (
  measure_id      INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
  month           TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  value           REAL NOT NULL,
  target          REAL,
  tolerance       REAL NOT NULL DEFAULT 0,
  tolerance_kind  TEXT NOT NULL DEFAULT 'absolute' CHECK (tolerance_kind IN ('absolute', 'percent')),
  polarity        TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower', 'target', 'data')),
  note            TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (measure_id, month)
) WITHOUT ROWID;
