"""The Store's side of sync: a change made at another site applied and logged under its origin's
numbers, and this site's own numbering moved past what a peer holds (after a restore).
Part of the one write path: Store takes these methods from RemoteChanges."""
from __future__ import annotations

import json
from typing import Any, Sequence


class RemoteChanges:
    """Store methods for changes that come from, or go again to, other sites."""

    def advance_own_seq(self, past: int) -> None:
        """Number this site's next change above `past` (a peer already holds changes up to it,
        e.g. after this file was restored from an old backup): a site_seq is never reused."""
        if not self.in_transaction:
            raise RuntimeError("advance_own_seq must run inside store.transaction()")
        self._next_seq = max(self._next_seq, past + 1)

    def relog_own(self, entries: Sequence[dict[str, Any]]) -> None:
        """Log again, under new numbers and in the same order, changes this site made whose
        numbers a peer holds with other content (reused after a restore). Rows are not touched."""
        if not self.in_transaction:
            raise RuntimeError("relog_own must run inside store.transaction()")
        for e in entries:
            data = json.loads(e["data"]) if e["data"] else None
            self._log_many(e["table_name"], e["op"], [(e["record_id"], data)], e["ts"])

    def apply_remote(self, change: dict[str, Any], values: dict[str, Any] | None) -> None:
        """Apply one change made at another site, inside the caller's import transaction.

        `change` is the change_log entry as its origin wrote it (site_id, site_seq,
        table_name, record_id, op, data, actor, ts). It is logged under its ORIGIN site_id
        and site_seq, so a township can forward it and anyone can tell it is already held.
        `values` are the columns to write: the sync area decides them (unknown columns
        dropped, fields a newer concurrent edit holds left out); None or {} writes no row
        but still logs the change. A delete ignores `values`.
        """
        if not self.in_transaction:
            raise RuntimeError("apply_remote must run inside store.transaction()")
        table, record_id, op = change["table_name"], change["record_id"], change["op"]
        if self.guard:
            self.guard("sync_import", op)   # importing bundles is a right of its own
        if op == "delete":
            self.conn.execute(f"DELETE FROM {table} WHERE id=?", (record_id,))
        elif values:
            cols = self.columns(table)
            if op == "insert":
                row = {**values, "id": record_id}
                names = ", ".join(row)
                updates = ", ".join(f"{k}=excluded.{k}" for k in row if k != "id")
                self.conn.execute(
                    f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))}) "
                    f"ON CONFLICT(id) DO UPDATE SET {updates}", tuple(row.values()))
            else:
                row = dict(values)
                if "updated_at" in cols and "updated_at" not in row:
                    row["updated_at"] = change["ts"]
                sets = ", ".join(f"{k}=?" for k in row)
                self.conn.execute(f"UPDATE {table} SET {sets} WHERE id=?", (*row.values(), record_id))
        self._log_remote([change])

    def _log_remote(self, changes: Sequence[dict[str, Any]]) -> None:
        entries = []
        for change in changes:
            data = change.get("data")
            entries.append({
                "site_id": change["site_id"], "site_seq": change["site_seq"], "table_name": change["table_name"],
                "record_id": change["record_id"], "op": change["op"], "ts": change["ts"],
                "data": data if data is None or isinstance(data, str) else json.dumps(data, ensure_ascii=False,
                                                                                       default=str),
                "actor": change.get("actor") or "system"})
        self.append_log(entries)
