-- Fund rules a 监委会 can rely on (issue 17):
--  * decisions end as 未通过 (a failed vote, recorded with its counts) or 已撤回 (withdrawn
--    with a reason); the result notice can be reopened for a further charge and republished;
--  * closed months and sign-offs keep the figures they were closed/signed with, so a later
--    change is found by `cunwu check`; a sign-off names the months it covers;
--  * a fund may carry a matching rule (社会捐助 1 : 政府配套 3) and the expected matching
--    money of each donation is recorded;
--  * the 小微权力清单: the village's list of small powers, and each use of one.

-- 小微权力清单: each power with its holder, steps and supervising body.
CREATE TABLE funds_power (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL DEFAULT 0,
    category    TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    holder      TEXT NOT NULL DEFAULT '',          -- the role responsible
    steps       TEXT NOT NULL DEFAULT '',          -- the procedure, steps joined by ' → ', in order
    time_limit  TEXT NOT NULL DEFAULT '',
    disclosure  TEXT NOT NULL DEFAULT '',          -- what is made public
    supervisor  TEXT NOT NULL DEFAULT '',          -- the supervising body
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_power_name ON funds_power(site_id, name);

-- The status CHECK of funds_decision gains 未通过 and 已撤回: SQLite cannot alter a CHECK,
-- so the table is rebuilt. Foreign keys are deferred so the rows referring to it
-- (entries, stage records) find their decision again before the transaction commits.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE funds_decision_copy AS SELECT * FROM funds_decision;
DROP TABLE funds_decision;
CREATE TABLE funds_decision (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
    fund_id      TEXT REFERENCES funds_fund(id),
    stages       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT '进行中'
                 CHECK (status IN ('进行中', '已决议', '已完成', '已终止', '未通过', '已撤回')),
    stages_done  INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    -- 1 while the published 实施结果 is reopened for a further charge (until republished)
    result_reopened INTEGER NOT NULL DEFAULT 0,
    power_id     TEXT REFERENCES funds_power(id)
);
INSERT INTO funds_decision (id, site_id, title, description, amount_fen, fund_id, stages, status, stages_done,
                            note, created_at, updated_at)
    SELECT id, site_id, title, description, amount_fen, fund_id, stages, status, stages_done, note,
           created_at, updated_at FROM funds_decision_copy;
DROP TABLE funds_decision_copy;

-- A vote that did not pass is kept with its counts: outcome '未通过'.
ALTER TABLE funds_decision_stage ADD COLUMN outcome TEXT NOT NULL DEFAULT '';

-- What happened to a decision outside its stages: withdrawn, result reopened, republished.
CREATE TABLE funds_decision_event (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    decision_id TEXT NOT NULL REFERENCES funds_decision(id),
    kind        TEXT NOT NULL CHECK (kind IN ('withdraw', 'reopen', 'republish')),
    event_date  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX funds_decision_event_decision ON funds_decision_event(decision_id, event_date);

-- The books of a month as they stood when it was closed (NULL on files closed before this).
ALTER TABLE funds_period_close ADD COLUMN entry_count INTEGER;
ALTER TABLE funds_period_close ADD COLUMN income_fen INTEGER;
ALTER TABLE funds_period_close ADD COLUMN expense_fen INTEGER;
ALTER TABLE funds_period_close ADD COLUMN closing_fen INTEGER;

-- Months closed before this upgrade keep the figures they have now, so a change from here
-- on is found (what they were at their closing is not known any more).
UPDATE funds_period_close SET
    entry_count = (SELECT COUNT(*) FROM funds_entry e WHERE e.site_id = funds_period_close.site_id
                   AND e.status = 'posted' AND substr(e.entry_date, 1, length(funds_period_close.period))
                   = funds_period_close.period),
    income_fen = (SELECT COALESCE(SUM(amount_fen), 0) FROM funds_entry e WHERE e.site_id = funds_period_close.site_id
                  AND e.status = 'posted' AND e.direction = 'income'
                  AND substr(e.entry_date, 1, length(funds_period_close.period)) = funds_period_close.period),
    expense_fen = (SELECT COALESCE(SUM(amount_fen), 0) FROM funds_entry e WHERE e.site_id = funds_period_close.site_id
                   AND e.status = 'posted' AND e.direction = 'expense'
                   AND substr(e.entry_date, 1, length(funds_period_close.period)) = funds_period_close.period),
    closing_fen = (SELECT COALESCE(SUM(opening_fen), 0) FROM funds_fund f WHERE f.site_id = funds_period_close.site_id
                   AND f.opening_date <= funds_period_close.period || CASE length(funds_period_close.period)
                                                                     WHEN 4 THEN '-12-31' ELSE '-31' END)
                + (SELECT COALESCE(SUM(CASE direction WHEN 'income' THEN amount_fen ELSE -amount_fen END), 0)
                   FROM funds_entry e WHERE e.site_id = funds_period_close.site_id AND e.status = 'posted'
                   AND e.entry_date <= funds_period_close.period || CASE length(funds_period_close.period)
                                                                   WHEN 4 THEN '-12-31' ELSE '-31' END);

-- A sign-off names the closed months it covers ('2026-01,2026-02,2026-03') and the
-- closing balance it saw.
ALTER TABLE funds_signoff ADD COLUMN months TEXT NOT NULL DEFAULT '';
ALTER TABLE funds_signoff ADD COLUMN closing_fen INTEGER;

-- Matching rule: every `match_per` yuan donated brings `match_gives` yuan from `match_source`.
ALTER TABLE funds_fund ADD COLUMN match_per INTEGER;
ALTER TABLE funds_fund ADD COLUMN match_gives INTEGER;
ALTER TABLE funds_fund ADD COLUMN match_source TEXT NOT NULL DEFAULT '';

-- The matching money a posted donation makes due (a reversal makes a negative line).
CREATE TABLE funds_match_due (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    fund_id    TEXT NOT NULL REFERENCES funds_fund(id),
    entry_id   TEXT NOT NULL REFERENCES funds_entry(id),
    due_fen    INTEGER NOT NULL,
    source     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_match_due_entry ON funds_match_due(entry_id);
CREATE INDEX funds_match_due_fund ON funds_match_due(fund_id);

-- A use of a power not recorded as a decision or a payment (低保评议, 证明出具, ...).
CREATE TABLE funds_power_use (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    power_id      TEXT NOT NULL REFERENCES funds_power(id),
    used_on       TEXT NOT NULL,
    subject       TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    handled_by    TEXT NOT NULL DEFAULT '',
    supervised_by TEXT NOT NULL DEFAULT '',
    supervision   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX funds_power_use_power ON funds_power_use(power_id, used_on);

ALTER TABLE funds_entry ADD COLUMN power_id TEXT REFERENCES funds_power(id);
