"""Issue 15 point 6 and issue 14 point 6: anonymisation that holds, here and at the township."""
from __future__ import annotations

from pathlib import Path


from desktop.cli import main as cli
from desktop.core import open_store
from desktop.core.roster import groups, lifecycle, people
from desktop.core.security import anonymise, audit, backups, privacy
from desktop.core.sync import exchange, importing

NAME, NUMBER, PHONE, ADDRESS = "欧阳秀英", "610802194803051222", "13912345678", "高家湾一组 88 号"


def _raw(store) -> bytes:
    """The data file and its WAL as bytes on the disk."""
    path = Path(store.path)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def _traces(store) -> list[str]:
    raw = _raw(store)
    return [v for v in (NAME, NUMBER, PHONE, ADDRESS) if v.encode("utf-8") in raw]


def _dead_alone(store) -> str:
    """A 低保 widow living alone, who died: name, 身份证号, phone, address, relation, a day of death."""
    hh = people.add_household(store, hh_no="GJW0888", address=ADDRESS, phone=PHONE)
    pid = people.add_person(store, household_id=hh, name=NAME, gender="女", relation="户主", id_number=NUMBER,
                            birth_date="1948-03-05", phone=PHONE, note="丈夫 王大山 已故")
    groups.add_membership(store, pid, "低保", start="2020-01-01")
    lifecycle.record_death(store, pid, on="2025-06-17", reason="病故")
    return pid


def test_the_program_turns_secure_delete_on(store):
    assert store.scalar("PRAGMA secure_delete") == 1


def test_anonymising_leaves_nothing_that_identifies_in_the_row_the_log_or_the_file(store):
    pid = _dead_alone(store)
    assert _traces(store)            # the test can see them before
    result = privacy.anonymise(store, pid, "死亡满一年，按规定匿名化")
    row = store.get("person", pid)
    assert (row["name"], row["id_number"], row["phone"], row["note"], row["relation"], row["household_id"]) == \
        ("（已匿名）", None, "", "", "", None)
    assert (row["birth_date"], row["status_date"], row["status"]) == ("1948-01-01", "2025-01-01", "死亡")
    assert store.scalar("SELECT COUNT(*) FROM person_group WHERE person_id=?", (pid,)) == 0
    assert store.one("SELECT address, phone FROM household WHERE hh_no='GJW0888'")[:] == ("", "")
    assert [r[0] for r in store.query("SELECT reason FROM person_event WHERE person_id=? AND kind != '匿名化'",
                                      (pid,))] == [""]
    assert result["redacted_log_entries"] >= 4       # person, its membership, its events, the household
    assert _traces(store) == []
    assert audit.verify_chain(store)[0]


def test_backups_still_holding_the_person_are_named_and_can_be_purged(store, db_path, capsys, monkeypatch):
    pid = _dead_alone(store)
    old = backups.auto_backup(store, "manual")
    store.close()
    assert cli(["anonymise", pid, "--reason", "死亡满一年", "--db", str(db_path)]) == 0
    err = capsys.readouterr().err
    assert str(old) in err and f"cunwu backups --purge-person {pid}" in err
    assert cli(["backups", "--purge-person", pid, "--yes", "--db", str(db_path)]) == 0
    assert not old.exists()
    s = open_store(db_path)
    assert anonymise.backups_holding(s, pid) == []
    s.close()


def test_an_anonymisation_reaches_the_township_and_leaves_there_what_it_leaves_here(sites):
    a, t = sites.a, sites.t
    pid = _dead_alone(a)
    importing.import_bundle(t, Path(exchange.export_bundle(a, "牛家梁镇", sites.dir)["path"]))
    assert t.scalar("SELECT name FROM person WHERE id=?", (pid,)) == NAME
    assert _traces(t)
    privacy.anonymise(a, pid, "死亡满一年，按规定匿名化")
    importing.import_bundle(t, Path(exchange.export_bundle(a, "牛家梁镇", sites.dir)["path"]))
    keys = "name, id_number, phone, note, relation, household_id, birth_date, status, status_date"
    assert t.one(f"SELECT {keys} FROM person WHERE id=?", (pid,))[:] == \
        a.one(f"SELECT {keys} FROM person WHERE id=?", (pid,))[:]
    assert t.scalar("SELECT COUNT(*) FROM person_group WHERE person_id=?", (pid,)) == 0
    assert t.scalar("SELECT COUNT(*) FROM person_event WHERE person_id=? AND kind='匿名化'", (pid,)) == 1
    assert _traces(t) == []
    assert audit.verify_chain(t)[0]


def test_anonymising_also_clears_what_care_and_red_white_rows_say_about_the_person(store):
    """Issue 15 follow-up: the words about a person in other areas go too; the figures stay."""
    from desktop.core import village
    from desktop.core.care import enrolment, helpers, places, register
    from desktop.core.redwhite import events, members, standards
    g1 = village.groups(store)[0]["id"] if village.groups(store) else None
    # The son stays in the household: its own address and phone are his, not hers.
    hh = people.add_household(store, hh_no="GJW0889", address="高家湾一组 90 号", phone="13800000000", group_id=g1)
    pid = people.add_person(store, household_id=hh, name=NAME, gender="女", relation="户主", id_number=NUMBER,
                            birth_date="1948-03-05", phone=PHONE)
    son = people.add_person(store, household_id=hh, name="王建军", gender="男", relation="子",
                            birth_date="1972-08-01")
    home = places.add_place(store, name="幸福院", kind="幸福院", meal_subsidy_fen=300)
    enrolment.enrol(store, home, pid, "2025-03-03", note="腿脚不便，住高家湾一组 88 号")
    register.record_attendance(store, home, "2025-03-04", [pid], meals=1)
    att = store.scalar("SELECT id FROM care_attendance WHERE person_id=?", (pid,))
    store.update("care_attendance", att, {"note": "女儿 13912345678 接送"})
    helper = helpers.add_helper(store, home, role="志愿者", start_date="2025-03-01", person_id=pid, phone=PHONE,
                                note="欧阳秀英 负责午饭")
    member = members.add_member(store, role="理事", term_start="2024-01-01", person_id=pid, phone=PHONE)
    standards.adopt_example(store, "2025-01-01")
    hosted = events.add_event(store, kind="婚事", host_person_id=pid, start_date="2025-05-10",
                              report_date="2025-04-20", plan={"tables": 10}, subject="孙子与李娜结婚",
                              place=ADDRESS, phone=PHONE, note="欧阳秀英 本人申报")
    lifecycle.record_death(store, pid, on="2025-06-17", reason="病故")
    funeral = events.add_event(store, kind="丧事", host_person_id=son, start_date="2025-06-18",
                               report_date="2025-06-17", plan={"tables": 5}, subject=f"母亲{NAME}去世")
    assert _traces(store)

    privacy.anonymise(store, pid, "死亡满一年，按规定匿名化")

    assert store.one("SELECT note FROM care_enrolment WHERE person_id=?", (pid,))[0] == ""
    assert store.one("SELECT note, meals, day FROM care_attendance WHERE id=?", (att,))[:] == ("", 1, "2025-03-04")
    assert store.one("SELECT name, phone, note FROM care_helper WHERE id=?", (helper,))[:] == ("（已匿名）", "", "")
    assert store.one("SELECT name, phone FROM redwhite_member WHERE id=?", (member,))[:] == ("（已匿名）", "")
    ev = store.get("redwhite_event", hosted)
    assert (ev["subject"], ev["place"], ev["phone"], ev["note"], ev["start_date"], ev["kind"]) == \
        ("", "", "", "", "2025-05-10", "婚事")
    assert store.one("SELECT subject, host_person_id FROM redwhite_event WHERE id=?", (funeral,))[:] == ("", son)
    # The plan's figures stay: statistics of past months do not change.
    assert store.scalar("SELECT tables FROM redwhite_figures WHERE event_id=? AND stage='plan'", (hosted,)) == 10
    assert _traces(store) == []
    assert audit.verify_chain(store)[0]


def test_backups_in_a_folder_whose_name_holds_hash_and_percent_are_still_found(store, tmp_path):
    """A read-only URI built without quoting reads `#` as the end of the path: the backup would look
    unreadable, so it was neither counted as this village's backup nor found holding a person."""
    pid = _dead_alone(store)
    folder = tmp_path / "备份 #1 100%"
    backups.set_backup_folder(store, folder)
    made = backups.auto_backup(store, "manual")
    assert made.parent == folder
    assert backups.stored_site_id(made) == store.site_id
    assert made in backups.own_backups(store, folder)
    assert anonymise.backups_holding(store, pid) == [made]
