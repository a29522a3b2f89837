"""Issue 15 point 3: logins counted in one write transaction, no user-name leak, the last
admin kept, no password hash in the change log."""
from __future__ import annotations

import json
import sqlite3
import threading

import pytest

from db.errors import ValidationError
from desktop.core import open_store
from desktop.core.security import audit, users


@pytest.fixture
def office(store):
    users.add_user(store, "admin", "admin-pass", "admin")
    users.add_user(store, "clerk", "clerk-pass", "clerk")
    return store


def test_twenty_parallel_wrong_logins_lock_after_five_and_the_rest_are_refused_untried(office, db_path):
    office.close()
    outcomes: list[users.LoginError] = []
    start = threading.Barrier(20)

    def guess(i: int) -> None:
        s = open_store(db_path)
        try:
            start.wait()
            users.login(s, "clerk", f"guess-{i}")
        except users.LoginError as exc:
            outcomes.append(exc)
        finally:
            s.close()
    threads = [threading.Thread(target=guess, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 20
    tried = [e for e in outcomes if not e.locked]
    assert len(tried) == users.MAX_FAILURES            # 5 real guesses, then locked
    assert len(outcomes) - len(tried) == 20 - users.MAX_FAILURES
    s = open_store(db_path)
    with pytest.raises(users.LoginError) as refused:      # even the right password, while locked
        users.login(s, "clerk", "clerk-pass")
    assert refused.value.locked
    s.close()


def test_unknown_user_disabled_user_and_locked_user_get_the_same_message(office):
    messages = set()
    for name in ("nobody", "clerk"):
        with pytest.raises(users.LoginError) as e:
            users.login(office, name, "wrong-pass")
        messages.add(str(e.value))
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(users.LoginError):
            users.login(office, "clerk", "wrong-pass")
    with pytest.raises(users.LoginError) as e:
        users.login(office, "clerk", "clerk-pass")
    assert e.value.locked
    messages.add(str(e.value))
    assert len(messages) == 1 and "用户名或密码不对" in messages.pop()


def test_unknown_user_costs_a_real_scrypt(office, monkeypatch):
    """The timing of an unknown name is the work of one scrypt, like a real user's (no clock here:
    the test counts the hash computations)."""
    import hashlib
    calls = []
    real = hashlib.scrypt
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **kw: calls.append(kw.get("n")) or real(*a, **kw))
    for name in ("nobody", "clerk"):
        with pytest.raises(users.LoginError):
            users.login(office, name, "wrong-pass")
    assert calls == [users.SCRYPT["n"], users.SCRYPT["n"]]


def test_the_last_active_admin_can_neither_be_demoted_nor_disabled(office):
    users.login(office, "admin", "admin-pass")
    with pytest.raises(ValidationError, match="最后一个管理员"):
        users.set_role(office, "admin", "clerk")
    with pytest.raises(ValidationError, match="最后一个管理员"):
        users.set_active(office, "admin", False)
    assert office.scalar("SELECT role FROM security_user WHERE username='admin'") == "admin"
    users.set_role(office, "clerk", "admin")          # with a second admin it is allowed
    users.set_role(office, "admin", "clerk")
    assert office.scalar("SELECT COUNT(*) FROM security_user WHERE role='admin'") == 1


def test_password_hashes_never_enter_the_change_log(office):
    users.set_password(office, "clerk", "new-clerk-pass")
    logged = " ".join(r[0] or "" for r in office.query("SELECT data FROM change_log WHERE table_name='security_user'"))
    assert "scrypt$" not in logged
    assert "已修改" in logged                        # the log still says that it changed
    users.login(office, "clerk", "new-clerk-pass")   # and the table holds the real hash


def test_the_migration_redacts_old_hashes_and_the_chain_still_verifies(office, db_path):
    """A file from before: hashes in the log. Reopening applies 0071 and the chain holds."""
    office.close()
    conn = sqlite3.connect(db_path)
    # Put the file back as an older program left it: the log carried the hash, 0071 not applied.
    conn.execute("DROP TRIGGER change_log_redact_only")
    row = conn.execute("SELECT seq, data FROM change_log WHERE table_name='security_user' AND op='insert' "
                       "ORDER BY seq LIMIT 1").fetchone()
    old = json.loads(row[1])
    old["pw_hash"] = "scrypt$16384$8$1$00$11"
    conn.execute("DROP TRIGGER change_log_no_update")
    from db.log_hashes import data_hash, entry_hash
    conn.row_factory = sqlite3.Row
    # Rewrite that entry and re-chain everything after it, as the old program would have hashed it.
    rows = [dict(r) for r in conn.execute("SELECT * FROM change_log ORDER BY seq")]
    prev = ""
    for r in rows:
        if r["seq"] == row[0]:
            r["data"] = json.dumps(old, ensure_ascii=False)
        r["data_hash"] = data_hash(r["data"]) if r["data"] != '{"_redacted": true}' else r["data_hash"]
        r["prev_hash"] = prev
        r["hash"] = prev = entry_hash(r)
        conn.execute("UPDATE change_log SET data=?, data_hash=?, prev_hash=?, hash=? WHERE seq=?",
                     (r["data"], r["data_hash"], r["prev_hash"], r["hash"], r["seq"]))
    conn.execute("DELETE FROM schema_migrations WHERE key LIKE '0071%'")
    conn.commit()
    conn.close()
    s = open_store(db_path)
    assert audit.verify_chain(s)[0]
    logged = " ".join(r[0] or "" for r in s.query("SELECT data FROM change_log"))
    assert "scrypt$" not in logged
    s.close()
