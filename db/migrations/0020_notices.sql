-- Notices: what was printed or saved, when, by whom, with the SHA-256 of the PDF bytes,
-- so the village can prove what was posted on the board.

CREATE TABLE notices_history (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- registry key, e.g. roster, disclosure
    title       TEXT NOT NULL,
    number      TEXT NOT NULL DEFAULT '',      -- 文号 as printed, e.g. 〔2026〕3号
    number_year INTEGER,                       -- year and sequence of the 文号, for the next one
    number_seq  INTEGER,
    action      TEXT NOT NULL CHECK (action IN ('print', 'save')),
    target      TEXT NOT NULL DEFAULT '',      -- file path or printer name
    params      TEXT NOT NULL DEFAULT '{}',    -- JSON: the options the notice was made with
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    pages       INTEGER NOT NULL DEFAULT 0,
    size_bytes  INTEGER NOT NULL DEFAULT 0,
    actor       TEXT NOT NULL,
    done_at     TEXT NOT NULL,                 -- UTC ISO time
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notices_history_done ON notices_history(done_at);
CREATE INDEX notices_history_number ON notices_history(number_year, number_seq);
CREATE INDEX notices_history_sha ON notices_history(sha256);
