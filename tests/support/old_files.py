"""Files as an older version of Cunwu left them, so opening them runs a migration."""
from __future__ import annotations


def undo_roster_migration(store) -> None:
    """Make the file look as if written before migration 0010, then close it."""
    store.conn.execute("DELETE FROM schema_migrations WHERE key LIKE '0010_%'")
    for table in ("person_event", "person_group", "person", "household"):
        store.conn.execute(f"DROP TABLE {table}")
    store.close()


def three_people_in_two_households(conn) -> None:
    """A site 旧村 with 一组: 张三 in household 0001 of 一组, 李四 in 0002 (no group), 王五 in no
    household; written as a version before migration 0016 (person.group_id) wrote rows."""
    conn.execute("INSERT INTO site (id, site_id, name, division_code, created_at, updated_at) "
                 "VALUES ('s', 's', '旧村', '610802103201', 'x', 'x')")
    conn.execute("INSERT INTO village_group (id, site_id, name, created_at, updated_at) "
                 "VALUES ('g1', 's', '一组', 'x', 'x')")
    conn.execute("INSERT INTO household (id, site_id, hh_no, group_id, created_at, updated_at) "
                 "VALUES ('h1', 's', '0001', 'g1', 'x', 'x'), ('h2', 's', '0002', NULL, 'x', 'x')")
    conn.execute("INSERT INTO person (id, site_id, household_id, name, created_at, updated_at) VALUES "
                 "('p1', 's', 'h1', '张三', 'x', 'x'), ('p2', 's', 'h2', '李四', 'x', 'x'), "
                 "('p3', 's', NULL, '王五', 'x', 'x')")
