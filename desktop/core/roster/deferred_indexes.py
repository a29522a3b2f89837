"""Building the person table's search indexes after a large insert instead of during it.

A county sheet (or a village's first bundle at its township) brings more people than the
file holds. Updated row by row, the dozen search indexes (names, pinyin, initials, ID tail,
birth date, group) and the name-part rows are written all over a file bigger than the page
cache; built once, sorted, after the rows are in, they cost a fraction of that.
"""
from __future__ import annotations

from db import Store

# At least this many new people, and no fewer than the file already holds: build afterwards.
LARGE_IMPORT = 10_000
# Person indexes the importers' own look-ups use (by 身份证号, by household): kept while they run.
_LOOKUP_COLUMNS = ("id_number", "household_id")
# The triggers that give a new person (and the people of a new household) the household's
# group (migration 0016): run for every row inserted, they cost a large import a tenth of its time.
_GROUP_INSERT_TRIGGERS = ("person_group_insert", "household_group_insert")


def worth_deferring(store: Store, new_people: int) -> bool:
    return new_people >= LARGE_IMPORT and new_people >= store.scalar("SELECT COUNT(*) FROM person")


class DeferredIndexes:
    """Drops the person search indexes and the name-part trigger (inside the caller's
    transaction) and builds them again in `restore`. Unique indexes (constraints) and those
    the import's own look-ups use stay. A rollback (error, cancel, dry run) takes the schema
    back with the rows."""

    def __init__(self, store: Store, *, group_triggers: bool = False):
        """group_triggers: also drop the group triggers of inserts; `restore` then gives every
        person written since their household's group at once (the roster import sets it for
        the people it batches; its careful rows get it there)."""
        self.store = store
        conn = store.conn
        self.first_rowid = conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM person").fetchone()[0]
        self.indexes: list[tuple[str, str]] = []
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' "
                                      "AND tbl_name='person' AND sql IS NOT NULL ORDER BY name").fetchall():
            unique = conn.execute("SELECT \"unique\" FROM pragma_index_list('person') WHERE name=?",
                                  (name,)).fetchone()[0]
            first = conn.execute("SELECT name FROM pragma_index_info(?) WHERE seqno=0", (name,)).fetchone()
            if not unique and first is not None and first[0] not in _LOOKUP_COLUMNS:
                self.indexes.append((name, sql))
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type='trigger' "
                           "AND name='person_name_part_insert'").fetchone()
        self.name_trigger = row[0] if row is not None else None
        self.group_triggers: list[tuple[str, str]] = []
        if group_triggers:
            self.group_triggers = [tuple(r) for r in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name IN (?, ?) ORDER BY name",
                _GROUP_INSERT_TRIGGERS).fetchall()]
        for name, _ in self.indexes:
            conn.execute(f"DROP INDEX {name}")
        if self.name_trigger:
            conn.execute("DROP TRIGGER person_name_part_insert")
        for name, _ in self.group_triggers:
            conn.execute(f"DROP TRIGGER {name}")

    def restore(self) -> None:
        """Build what was dropped, and the name parts of every person written since."""
        conn = self.store.conn
        if self.name_trigger:
            # What the trigger inserts for each new row (every ending of the name except the
            # given name alone, which name_given already finds), for all of them at once.
            conn.execute(
                "INSERT OR IGNORE INTO person_name_part (part, person_ref) "
                "SELECT substr(p.name, s.n), p.id FROM person p JOIN person_name_part_start s "
                "ON s.n <= length(p.name) AND s.n <> length(p.name) - length(p.name_given) + 1 "
                "WHERE p.rowid > ? ORDER BY 1, 2", (self.first_rowid,))
            conn.execute(self.name_trigger)
        if self.group_triggers:
            # What person_group_insert does for each new row (a household inserted during the
            # import has no people from before it, so household_group_insert has nothing to add).
            conn.execute("UPDATE person SET group_id = (SELECT h.group_id FROM household h WHERE h.id = person.household_id) "
                         "WHERE rowid > ? AND group_id IS NOT "
                         "(SELECT h.group_id FROM household h WHERE h.id = person.household_id)", (self.first_rowid,))
            for _, sql in self.group_triggers:
                conn.execute(sql)
        for _, sql in self.indexes:
            conn.execute(sql)
        self.indexes, self.name_trigger, self.group_triggers = [], None, []
