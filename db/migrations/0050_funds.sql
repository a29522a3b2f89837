-- Funds: accounts by source and purpose, the ledger (draft -> posted, reversals),
-- 四议两公开 decisions with their stages, closed periods, 监委会 sign-off, villagers'
-- queries and attachments. Money is integer fen. Posted entries are never changed:
-- triggers below refuse it even to code that forgets the rule.

CREATE TABLE funds_fund (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    source      TEXT NOT NULL DEFAULT '',        -- 上级专项资金, 福彩公益金, 以奖代补, ...
    purpose     TEXT NOT NULL DEFAULT '',
    opening_fen INTEGER NOT NULL DEFAULT 0 CHECK (opening_fen >= 0),
    opening_date TEXT NOT NULL,                  -- YYYY-MM-DD: balance as of this day
    active      INTEGER NOT NULL DEFAULT 1,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_fund_name ON funds_fund(site_id, name);

-- Budget lines: planned spending (or income) per fund, year and category.
CREATE TABLE funds_budget (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    fund_id    TEXT NOT NULL REFERENCES funds_fund(id),
    year       INTEGER NOT NULL,
    direction  TEXT NOT NULL DEFAULT 'expense' CHECK (direction IN ('income', 'expense')),
    category   TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_budget_line ON funds_budget(fund_id, year, direction, category);

CREATE TABLE funds_decision (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),   -- the sum the matter asks for
    fund_id      TEXT REFERENCES funds_fund(id),
    stages       TEXT NOT NULL,           -- JSON: the stage list in force when the matter was raised
    status       TEXT NOT NULL DEFAULT '进行中' CHECK (status IN ('进行中', '已决议', '已完成', '已终止')),
    stages_done  INTEGER NOT NULL DEFAULT 0,
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE funds_decision_stage (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    decision_id TEXT NOT NULL REFERENCES funds_decision(id),
    stage_index INTEGER NOT NULL,
    stage_name  TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    members     INTEGER,                  -- 应到 (members entitled to attend)
    present     INTEGER,                  -- 实到
    in_favour   INTEGER,
    against     INTEGER,
    abstain     INTEGER,
    minutes     TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_decision_stage_order ON funds_decision_stage(decision_id, stage_index);

CREATE TABLE funds_entry (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    fund_id      TEXT NOT NULL REFERENCES funds_fund(id),
    direction    TEXT NOT NULL CHECK (direction IN ('income', 'expense')),
    -- Positive, except a reversal (红字冲销), which carries minus the original amount.
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0 OR reverses_id IS NOT NULL),
    entry_date   TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (length(trim(category)) > 0),
    counterparty TEXT NOT NULL DEFAULT '',      -- payee or payer
    summary      TEXT NOT NULL CHECK (length(trim(summary)) > 0),   -- 摘要
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'posted')),
    voucher_year INTEGER,
    voucher_seq  INTEGER,
    voucher_no   TEXT,                           -- 2026-0001, assigned at posting
    posted_at    TEXT,
    posted_by    TEXT,
    reverses_id  TEXT REFERENCES funds_entry(id),
    decision_id  TEXT REFERENCES funds_decision(id),
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_entry_voucher ON funds_entry(site_id, voucher_no) WHERE voucher_no IS NOT NULL;
CREATE UNIQUE INDEX funds_entry_reversal ON funds_entry(reverses_id) WHERE reverses_id IS NOT NULL;
-- Covering: balances and running balances are sums over this index alone.
CREATE INDEX funds_entry_fund_date ON funds_entry(fund_id, status, entry_date, direction, amount_fen);
CREATE INDEX funds_entry_voucher_seq ON funds_entry(site_id, voucher_year, voucher_seq);
CREATE INDEX funds_entry_date ON funds_entry(entry_date);
CREATE INDEX funds_entry_decision ON funds_entry(decision_id);

-- A posted entry is final: no update of its money, date or text, no delete.
CREATE TRIGGER funds_entry_posted_no_update BEFORE UPDATE ON funds_entry
WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, '已过账的凭证不能修改，请用冲销更正。');
END;
CREATE TRIGGER funds_entry_posted_no_delete BEFORE DELETE ON funds_entry
WHEN OLD.status = 'posted'
BEGIN
    SELECT RAISE(ABORT, '已过账的凭证不能删除，请用冲销更正。');
END;

-- Closed months ('2026-03') and years ('2026'): no new entries dated inside.
CREATE TABLE funds_period_close (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    period     TEXT NOT NULL,
    closed_on  TEXT NOT NULL,
    closed_by  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX funds_period_close_period ON funds_period_close(site_id, period);

-- 监委会 review of a period ('2026-03' or '2026-Q1').
CREATE TABLE funds_signoff (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    period      TEXT NOT NULL,
    reviewer    TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    signed_on   TEXT NOT NULL,
    remarks     TEXT NOT NULL DEFAULT '',
    entry_count INTEGER NOT NULL,
    income_fen  INTEGER NOT NULL,
    expense_fen INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX funds_signoff_period ON funds_signoff(site_id, period);

-- Villagers' questions about an entry, and the answer given.
CREATE TABLE funds_query (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    entry_id    TEXT NOT NULL REFERENCES funds_entry(id),
    asked_by    TEXT NOT NULL DEFAULT '',
    asked_on    TEXT NOT NULL,
    question    TEXT NOT NULL CHECK (length(trim(question)) > 0),
    answer      TEXT NOT NULL DEFAULT '',
    answered_by TEXT NOT NULL DEFAULT '',
    answered_on TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX funds_query_entry ON funds_query(entry_id);

-- Files (scans, photos) kept beside the database under attachments/<sha256>.<ext>.
CREATE TABLE funds_attachment (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    owner_table TEXT NOT NULL CHECK (owner_table IN ('funds_entry', 'funds_decision_stage', 'funds_signoff')),
    owner_id    TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX funds_attachment_owner ON funds_attachment(owner_table, owner_id);
