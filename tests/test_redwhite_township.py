"""Red-white on a township file, with real installations and real bundles.

Two small villages and their township (no demo data: every figure below is known), bundles
exported and imported both ways. A township file holds every village's records: its own
figures and each village's must not mix, each village's events are judged by that
village's standards, and the township's recommended standards flow down to the villages.
"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QGroupBox, QLabel

from db.errors import NotFoundError, RefusedError
from desktop.core import open_store, village
from desktop.core.redwhite import event_queries, events, hall, members, standards, stats
from desktop.core.roster import people
from desktop.core.sync import exchange, importing, keys, peers

VILLAGES = {"a": ("甲村", "610802103001"), "b": ("乙村", "610802103002")}
TOWNSHIP = ("牛家梁镇", "610802103000")


def _register(store, other) -> None:
    card = peers.identity(other)
    peers.add_peer(store, name=card["name"], public_key=card["public_key"], role=card["role"],
                   division_code=card["division_code"], peer_site_id=card["site_id"])


@pytest.fixture
def towns(tmp_path):
    opened = {}
    for key, (name, code) in VILLAGES.items():
        s = opened[key] = open_store(tmp_path / f"{key}.sqlite")
        village.init_site(s, name=name, division_code=code, township=TOWNSHIP[0], groups=["一组", "二组"])
        hh = people.add_household(s, hh_no="0001", group_id=village.groups(s)[0]["id"])
        people.add_person(s, household_id=hh, name=f"{name[0]}福来", gender="男", relation="户主",
                          birth_date="1960-03-03")
    t = opened["t"] = open_store(tmp_path / "t.sqlite")
    village.init_site(t, name=TOWNSHIP[0], division_code=TOWNSHIP[1], role="township")
    for s in opened.values():
        keys.ensure_keys(s)
    for key in VILLAGES:
        _register(t, opened[key])
        _register(opened[key], t)
    stick = tmp_path / "usb"
    stick.mkdir()
    yield SimpleNamespace(dir=stick, **opened)
    for s in opened.values():
        s.close()


def hand_over(src, dst, dst_name, folder) -> dict:
    return importing.import_bundle(dst, exchange.export_bundle(src, dst_name, folder)["path"])


def host(store) -> str:
    return store.scalar("SELECT id FROM person WHERE site_id=?", (store.site_id,))


def wedding(store, day: str, tables: int, *, actual: int | None = None, report: str | None = None) -> str:
    """A wedding reported well ahead; with `actual`, held and its actual tables recorded."""
    report = report or day[:8] + "01"
    rest = {"cost_per_table_fen": 300_00, "cars": 0, "bride_price_fen": 0, "gift_fen": 0, "gift_close_fen": 0,
            "troupes": 0}     # every limited figure given: an unknown one leaves the verdict open
    event_id = events.add_event(store, kind="婚事", host_person_id=host(store), start_date=day,
                                report_date=report, plan={"tables": tables, **rest}, allow_duplicate=True)
    if actual is not None:
        events.record_actual(store, event_id, {"tables": actual, **rest}, recorded_date=day)
    return event_id


# ------------------------------------------------------------------ statistics by site
def test_township_sees_each_village_apart_and_added_up(cli, towns, tmp_path):
    a, b, t = towns.a, towns.b, towns.t
    standards.adopt_example(a, "2025-01-01")                                   # 婚事 ≤ 20 桌
    standards.add_version(b, "2025-01-01", {"婚事": {"max_tables": 10}}, title="乙村村规民约")
    for day, tables in (("2025-03-10", 12), ("2025-05-10", 25), ("2025-09-10", 8)):
        wedding(a, day, tables, actual=tables)
    for day, tables in (("2025-04-10", 12), ("2025-06-10", 9)):
        wedding(b, day, tables, actual=tables)
    stats.set_baseline(a, "婚事", tables=40, cost_per_table_fen=800_00, bride_price_fen=0)
    members.add_member(a, role="会长", name="甲会长", term_start="2024-01-01")
    hall.add_hall_money(a, direction="income", category="捐赠", amount_fen=500_00, entry_date="2025-02-01")
    own = {"a": stats.year_stats(a, 2025), "b": stats.year_stats(b, 2025)}
    assert (own["a"]["total"]["violations"], own["b"]["total"]["violations"]) == (1, 1)
    hand_over(a, t, TOWNSHIP[0], towns.dir)
    hand_over(b, t, TOWNSHIP[0], towns.dir)

    # The township's own figures hold nothing of its villages'.
    mine = stats.year_stats(t, 2025)
    assert mine["total"]["events"] == 0 and mine["by_group"] == []
    assert members.list_members(t) == [] and hall.hall_summary(t, 2025)["income_fen"] == 0
    assert standards.versions(t) == [] and event_queries.list_events(t) == []
    # Each village as the village itself sees it: its own standards, its own baseline.
    for key, v in (("a", a), ("b", b)):
        assert stats.year_stats(t, 2025, site_id=v.site_id) == own[key]
    assert hall.hall_summary(t, 2025, a.site_id)["income_fen"] == 500_00

    town = stats.township_stats(t, 2025)
    assert [(r["name"], r["events"], r["violations"]) for r in town["villages"]] == [("甲村", 3, 1), ("乙村", 2, 1)]
    for key in ("events", "with_actual", "within_standards", "violations", "tables_actual", "tables_saved",
                "money_saved_fen"):
        assert town["total"][key] == own["a"]["total"][key] + own["b"]["total"][key], key
    assert town["total"]["within_pct"] == 60.0
    assert {b_["label"]: b_["events"] for b_ in town["by_kind"]}["婚事"] == 5
    # 甲村 stated its own baseline (40 tables before the reform); 乙村 still counts on the example.
    assert [r["baseline_is_example"] for r in town["villages"]] == [False, True]

    code, out, _ = cli("--db", t.path, "redwhite", "stats", "--year", "2025", "--by-village", "--json")
    assert code == 0 and json.loads(out)["total"]["events"] == 5
    code, out, _ = cli("--db", t.path, "redwhite", "stats", "--year", "2025", "--village", "乙村", "--json")
    assert code == 0 and json.loads(out)["total"] == own["b"]["total"]
    code, out, _ = cli("--db", t.path, "redwhite", "stats", "--year", "2025", "--by-village")
    assert code == 0 and "甲村" in out and "乙村" in out and "合计" in out
    code, out, _ = cli("--db", t.path, "redwhite", "event", "list", "--village", "610802103001", "--year", "2025", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, _, err = cli("--db", a.path, "redwhite", "stats", "--year", "2025", "--village", "乙村")
    assert code == 1 and "乡镇" in err and "Traceback" not in err
    code, _, err = cli("--db", t.path, "redwhite", "stats", "--year", "2025", "--village", "丙村")
    assert code == 1 and "丙村" in err

    xlsx = tmp_path / "乡镇红白事.xlsx"
    assert cli("--db", t.path, "redwhite", "stats", "--year", "2025", "--by-village", "--xlsx", str(xlsx))[0] == 0
    sheet = load_workbook(xlsx)["各村汇总"]
    assert [[c.value for c in row][:3] for row in sheet.iter_rows(min_row=2)] == [
        ["甲村", "610802103001", 3], ["乙村", "610802103002", 2], ["合计", None, 5]]


def test_township_stats_tab_offers_each_village_and_the_sum(qtbot, towns, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.redwhite.stats_tab import ALL_VILLAGES, StatsTab
    a, b, t = towns.a, towns.b, towns.t
    standards.adopt_example(a, "2025-01-01")
    wedding(a, "2025-03-10", 25, actual=25)
    wedding(b, "2025-04-10", 6, actual=6)
    hand_over(a, t, TOWNSHIP[0], towns.dir)
    hand_over(b, t, TOWNSHIP[0], towns.dir)
    tab = StatsTab(AppContext(t, Path(t.path)))
    qtbot.addWidget(tab)
    if tab.year.findData(2025) < 0:          # the picker offers the last six years
        tab.year.addItem("2025", 2025)
    tab.year.setCurrentIndex(tab.year.findData(2025))
    assert [tab.group.itemText(i) for i in range(tab.group.count())] == ["各村汇总", "甲村", "乙村", "乡镇本级"]
    assert tab.group.currentData() == ALL_VILLAGES
    cells = [[tab.table.item(r, c).text() for c in (0, 1, 5)] for r in range(tab.table.rowCount())]
    assert cells == [["甲村", "1", "1"], ["乙村", "1", "0"], ["合计", "2", "1"]]
    assert not tab.baseline_button.isEnabled()
    tab.group.setCurrentIndex(tab.group.findText("乙村"))
    assert tab.data["total"]["events"] == 1 and tab.data["site_id"] == b.site_id
    tab.group.setCurrentIndex(tab.group.findText("乡镇本级"))
    assert tab.data["total"]["events"] == 0 and tab.baseline_button.isEnabled()
    tab.group.setCurrentIndex(0)
    tab.resize(1100, 760)
    tab.grab().save(str(tmp_path / "township-stats.png"))


def test_township_events_tab_lists_each_village_read_only(qtbot, towns, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.redwhite.event_dialog import EventDialog
    from desktop.ui.redwhite.events_tab import EventsTab
    a, b, t = towns.a, towns.b, towns.t
    standards.add_version(b, "2025-01-01", {"婚事": {"max_tables": 10}}, title="乙村村规民约")
    wedding(a, "2025-03-10", 12, actual=12)
    wedding(a, "2025-05-10", 14)
    over = wedding(b, "2025-04-10", 12, actual=12)       # over 乙村's own limit of 10
    hand_over(a, t, TOWNSHIP[0], towns.dir)
    hand_over(b, t, TOWNSHIP[0], towns.dir)
    ctx = AppContext(t, Path(t.path))
    tab = EventsTab(ctx)
    qtbot.addWidget(tab)
    assert [tab.village.itemText(i) for i in range(tab.village.count())] == ["甲村", "乙村", "乡镇本级"]
    tab.year.setCurrentIndex(tab.year.findData(2025))
    assert [r["host_name"] for r in tab.model.rows] == ["甲福来", "甲福来"]
    assert [tab.group.itemText(i) for i in range(tab.group.count())] == ["全部", "一组", "二组"]
    assert not tab.add_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.village.setCurrentIndex(1)
    assert [r["id"] for r in tab.model.rows] == [over]
    assert tab.model.rows[0]["verdict"]["within_standards"] is False      # judged by 乙村's rules
    tab.village.setCurrentIndex(2)
    assert tab.model.rows == [] and tab.add_button.isEnabled()

    dialog = EventDialog(ctx, over)
    qtbot.addWidget(dialog)
    assert dialog.foreign and "乙村" in dialog.windowTitle()
    assert dialog.findChild(QLabel, "readOnlyNote").text().startswith("这是乙村的记录")
    assert not any(box.isEnabled() for box in dialog.findChildren(QGroupBox))
    assert "10" in dialog.limit_labels["tables"].text()                  # 乙村's limit, not the township's
    before = t.scalar("SELECT MAX(seq) FROM change_log")
    dialog.resize(900, 760)
    dialog.grab().save(str(tmp_path / "township-event.png"))
    dialog.reject()
    assert t.scalar("SELECT MAX(seq) FROM change_log") == before


# ------------------------------------------------------------------ standards flowing down
def test_township_standards_flow_down_and_a_village_keeps_its_own(cli, towns):
    a, b, t = towns.a, towns.b, towns.t
    recommended = standards.add_version(t, "2025-01-01", {"婚事": {"max_tables": 15}}, title="乡镇推荐标准")
    for v, name in ((a, "甲村"), (b, "乙村")):
        summary = hand_over(t, v, name, towns.dir)
        assert summary["added"]["redwhite_standard"] == 7 and "红白事标准" in summary["text"]
    # 甲村 has none of its own: the township's recommendation is what it follows.
    assert standards.versions(a) == [] and [v["id"] for v in standards.recommended_versions(a)] == [recommended]
    in_force = standards.version_for(a, "2025-05-10")
    assert (in_force["id"], in_force["source"]) == (recommended, "township")
    within = wedding(a, "2025-05-10", 12, actual=12)
    over = wedding(a, "2025-05-20", 16, actual=16)
    assert event_queries.get_event(a, within)["verdict"]["within_standards"] is True
    assert [f["message"] for f in event_queries.get_event(a, over)["verdict"]["actual_findings"]] == \
        ["酒席 16 桌，超过标准 15 桌，超出 1 桌"]
    code, out, _ = cli("--db", a.path, "redwhite", "standards", "show", "--date", "2025-05-10", "--json")
    assert code == 0 and json.loads(out)["version"]["source"] == "township"
    # The village cannot change the township's standards: they are the township's records.
    with pytest.raises(RefusedError, match="归对方所有"):
        standards.update_standard(a, recommended, "婚事", max_tables=30)

    # 乙村 adopts its own from 2025-03-01: before that the township's rule, from then on its own.
    own = standards.add_version(b, "2025-03-01", {"婚事": {"max_tables": 10}}, title="乙村村规民约")
    assert standards.standards_of(b, own)["丧事"]["report_mode"] == \
        standards.standards_of(b, recommended)["丧事"]["report_mode"]          # other kinds carried over
    early = wedding(b, "2025-02-10", 12, actual=12, report="2025-01-20")
    late = wedding(b, "2025-05-10", 12, actual=12)
    assert event_queries.get_event(b, early)["verdict"]["version_id"] == recommended
    assert event_queries.get_event(b, early)["verdict"]["within_standards"] is True
    assert [f["message"] for f in event_queries.get_event(b, late)["verdict"]["actual_findings"]] == \
        ["酒席 12 桌，超过标准 10 桌，超出 2 桌"]

    # Up to the township: it judges each village's events exactly as the village does.
    hand_over(a, t, TOWNSHIP[0], towns.dir)
    hand_over(b, t, TOWNSHIP[0], towns.dir)
    for v in (a, b):
        assert stats.year_stats(t, 2025, site_id=v.site_id) == stats.year_stats(v, 2025)
    # The recommendation judged 甲村's two events and 乙村's February one: its numbers are fixed now.
    assert standards.judged_count(t, recommended) == 3
    with pytest.raises(RefusedError, match="3 件"):
        standards.update_standard(t, recommended, "婚事", max_tables=30)
    with pytest.raises(RefusedError, match="2025-05-21"):
        standards.add_version(t, "2025-05-01", {"婚事": {"max_tables": 30}})

    # A later recommendation flows down and judges 甲村's next event; 乙村 keeps its own.
    standards.add_version(t, "2025-06-01", {"婚事": {"max_tables": 30}}, title="乡镇推荐标准（修订）")
    for v, name in ((a, "甲村"), (b, "乙村")):
        hand_over(t, v, name, towns.dir)
    assert event_queries.get_event(a, over)["verdict"]["within_standards"] is False        # kept its verdict
    assert event_queries.get_event(a, wedding(a, "2025-08-10", 25))["verdict"]["plan_findings"] == []
    assert event_queries.get_event(b, wedding(b, "2025-08-10", 25))["verdict"]["plan_findings"][0]["limit"] == 10

    # 甲村 takes the township's recommendation as its own from September (then edits it freely).
    code, out, err = cli("--db", a.path, "redwhite", "standards", "set", "--effective", "2025-09-01", "--from-township", "--json")
    assert code == 0, err
    adopted = json.loads(out)["version_id"]
    assert [v["id"] for v in standards.versions(a)] == [adopted]
    assert standards.standards_of(a, adopted)["婚事"]["max_tables"] == 30
    standards.update_standard(a, adopted, "婚事", max_tables=18)
    assert standards.version_for(a, "2025-10-01")["source"] == "own"
    assert standards.version_for(a, "2025-05-10")["id"] == recommended             # earlier dates unchanged
    # The village's own version goes up, and stays out of the township's recommendations.
    hand_over(a, t, TOWNSHIP[0], towns.dir)
    assert [v["title"] for v in standards.versions(t)] == ["乡镇推荐标准", "乡镇推荐标准（修订）"]
    assert t.scalar("SELECT site_id FROM redwhite_standard_version WHERE id=?", (adopted,)) == a.site_id
    assert standards.version_for(t, "2025-10-01", a.site_id)["standards"]["婚事"]["max_tables"] == 18


def test_adopting_the_township_standards_needs_them_received(cli, towns):
    with pytest.raises(NotFoundError, match="乡镇推荐"):
        standards.adopt_recommended(towns.a, "2025-01-01")
    code, _, err = cli("--db", towns.a.path, "redwhite", "standards", "set", "--effective", "2025-01-01", "--from-township")
    assert code == 1 and "乡镇推荐" in err


def test_village_standards_tab_shows_the_township_recommendation_read_only(qtbot, towns, tmp_path, monkeypatch):
    from desktop.ui.context import AppContext
    from desktop.ui.pages.redwhite import Page
    from desktop.ui.redwhite.standards_tab import NewVersionDialog
    a, t = towns.a, towns.t
    standards.add_version(t, "2025-01-01", {"婚事": {"max_tables": 15}}, title="乡镇推荐标准")
    hand_over(t, a, "甲村", towns.dir)
    page = Page(AppContext(a, Path(a.path)))
    qtbot.addWidget(page)
    page.show()         # on screen: the page shows each announced change
    page.tabs.setCurrentWidget(page.standards)
    tab = page.standards
    assert [tab.versions.item(i).text() for i in range(tab.versions.count())] == ["【乡镇推荐】2025-01-01 起　乡镇推荐标准（现行）"]
    assert tab.cells["婚事"]["max_tables"].text() == "15" and not tab.cells["婚事"]["max_tables"].isEnabled()
    assert not tab.save_button.isEnabled() and "乡镇推荐" in tab.banner.text()
    assert not tab.township_button.isHidden()
    tab.resize(1300, 520)
    tab.grab().save(str(tmp_path / "village-standards.png"))
    # Adopting it makes the village's own, editable version.
    monkeypatch.setattr(NewVersionDialog, "exec", lambda self: self.effective.set_iso("2025-06-01") or 1)
    tab.adopt_recommended()
    assert [v["effective_date"] for v in standards.versions(a)] == ["2025-06-01"]
    assert tab.versions.currentItem().text().startswith("2025-06-01") and tab.save_button.isEnabled()
    assert tab.cells["婚事"]["max_tables"].isEnabled()
