"""`cunwu check` replays the change log and compares it with the tables (issue 14 point 5).

The hash chain proves the log was not edited; it says nothing about the tables beside it.
Whoever has the file can end a 低保 membership, change a 身份证号 or add ¥1,000 to a posted
voucher with plain SQL (dropping a trigger first), and the log still checks. So for the
records that matter (people, their special groups, posted ledger entries, decisions,
red-white events) every record's logged changes are replayed and the result compared,
field by field, with the row: a difference, a row the log never created, or a row gone
that the log never deleted is reported with the record named.

Full replay: one pass over each table's log entries in (record, seq) order, straight off the
change_log_record index, merged with one pass over the table in id order; plain tuples and
one dict per record at a time, so memory stays flat whatever the size. At a million people
that is minutes (issue 19), so it is what `--full` does, and what the default does when it
has nothing to start from.

Default (issue 19 point 4): start from the checkpoint the last passing check left beside the
anchor (outside the file): the log entry it reached, and per table a fingerprint of every row
it proved, in buckets of 32 consecutive rowids (count of rows and a keyed BLAKE2b of the rows'
values in rowid order, the key kept with the checkpoint). SQLite writes each row's judged
values as one JSON array (it tells NULL, 1 and '1' apart and keeps every byte of a text) and
Python hashes a bucket's arrays at once, so a million rows take seconds. The check then replays
only the records the log touched since that entry, plus every row of a bucket that is not what
it was:
- a bucket whose rows were edited, planted or deleted with plain SQL since differs from the
  checkpoint, so its rows are replayed against their whole log (edits and planted rows are named
  as in the full replay); a record the log changed is replayed wherever it is;
- the table must hold as many rows as it held then plus what the log added and minus what it
  removed since (a row deleted by hand is counted missing; the full replay then names it).
So the default proves what the full replay proves, given a checkpoint from a passing check:
rows proven then and untouched since are proven by their fingerprint, the rest by replay. When
it cannot (no checkpoint, a checkpoint of another file or of a log that was rewritten, more
than a quarter of the buckets changed, a touched record the log cannot judge, a BLOB put in a
column by hand, a VACUUM that renumbered the rows) it replays in full. A checkpoint written by
the previous version (format 1: buckets by a CRC of the record id, each row hashed in Python)
is still used once, and the check leaves a new one.

The parts (desktop/core/replay/): records (replaying and judging one record), passes (the
full and the incremental pass over a table), fingerprint (the SQL that fingerprints the rows),
checkpoint (the file and its format), format1 (the previous version's checkpoint). This module
runs them per table and writes the result the clerk reads.

Not judged (the log cannot say what the row should hold): records whose log entries were
redacted by anonymisation, records with a recorded sync conflict (only the winning fields
were written), a remote update of a record this file never received, and columns the log
never mentions (a migration's new column, unless its default says what an insert left out)
as well as the timestamps the write path sets.
"""
from __future__ import annotations

import os

from db import Store
from db.progress import Progress
from desktop.core.replay import format1, passes
from desktop.core.replay.checkpoint import FORMAT, load_checkpoint

# table -> (label for the clerk, column naming the record, only rows where this holds)
AREAS: dict[str, tuple[str, str | None, tuple[str, str] | None]] = {
    "person": ("人员", "name", None),
    "person_group": ("特殊群体登记", "kind", None),
    "funds_entry": ("已过账凭证", "voucher_no", ("status", "posted")),
    "funds_decision": ("议事决策事项", "title", None),
    "redwhite_event": ("红白事项", None, None),
}
MAX_NAMED = 20


def replay_checks(store: Store, *, full: bool = False, progress: Progress | None = None,
                  checkpoint_out: dict | None = None) -> list[dict]:
    """One result per area: ok, and the records edited outside the program, named.
    full: replay every record even when a checkpoint would do. checkpoint_out receives what the
    next check may start from; `replay.checkpoint.save_checkpoint` keeps it once the whole check
    has passed."""
    tables = set(store.tables())
    areas = [(t, a) for t, a in AREAS.items() if t in tables]
    results = []
    began = not store.conn.in_transaction
    if began:
        store.conn.execute("BEGIN")       # one snapshot: the log and the tables as of one moment
    try:
        head = store.one("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
        kept = None if full else load_checkpoint(store)
        key = bytes.fromhex(kept["key"]) if kept else os.urandom(16)
        prints: dict[str, dict] = {}
        touched: dict[str, set | None] = {}
        for i, (table, (label, name_col, only)) in enumerate(areas):
            if progress is not None:
                progress(i, len(areas), f"重放核对：{label}")
            outcome = None
            if kept is not None and table in kept["tables"] and head is not None:
                incremental = passes.incremental if kept["format"] == FORMAT else format1.incremental_v1
                outcome = incremental(store, table, name_col, only, kept, key)
            touched[table] = outcome[3] if outcome is not None else None
            outcome = outcome[:3] if outcome is not None else None
            how = "自上次检查以来有变动的记录逐条重放，其余按指纹核对" if outcome is not None else ""
            if outcome is None:
                outcome = passes.replay_table(store, table, name_col, only, key)
            findings, compared, prints[table] = outcome
            if findings:
                shown = "；".join(findings[:MAX_NAMED]) + (f"；另有 {len(findings) - MAX_NAMED} 处" if len(findings) > MAX_NAMED else "")
                detail = f"{len(findings)} 条{label}与变更记录不符（数据表被直接改动过）：{shown}"
            else:
                detail = f"{compared} 条{label}与变更记录一致" + (f"（{how}）" if how else "")
            results.append({"name": f"{label}与变更记录", "ok": not findings, "detail": detail})
    finally:
        if began:
            store.conn.execute("COMMIT")
    if checkpoint_out is not None and head is not None:
        checkpoint_out.update(seq=head[0], hash=head[1], key=key.hex(), tables=prints, touched=touched,
                              marks_before=kept.get("marks", {}) if kept else {})
    return results
