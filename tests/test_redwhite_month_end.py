"""Issue 18, red-white points 10-13: records that hold up at month's end.

Every expected figure is worked out by hand from the example standards (婚事: ≤ 20 tables,
≤ ¥300 a table, 彩礼 ≤ ¥30,000, ≤ 6 cars, 1 day, gift ≤ ¥100, close ≤ ¥200, ≤ 1 troupe)
and the example baseline (婚事 before the reform: 40 tables × ¥800 + 彩礼 ¥120,000).
"""
from __future__ import annotations

import json
import sqlite3

import pytest

from db import migrate
from db.errors import RefusedError
from desktop.core import checks as all_checks
from desktop.core import village
from desktop.core.funds import decisions
from desktop.core.notices import registry
from desktop.core.redwhite import event_queries, events, hall, members, notices, standards, stats
from desktop.core.roster import people

FULL = {"tables": 18, "cost_per_table_fen": 280_00, "guests": 170, "cars": 4, "bride_price_fen": 20_000_00,
        "gift_fen": 100_00, "gift_close_fen": 200_00, "days": 1, "troupes": 1}


@pytest.fixture
def rw(store):
    g1 = village.groups(store)[0]["id"]
    hh = people.add_household(store, hh_no="0101", group_id=g1)
    host = people.add_person(store, household_id=hh, name="高建军", gender="男", relation="户主",
                             birth_date="1966-05-05")
    standards.adopt_example(store, "2025-01-01")
    chair = members.add_member(store, role="会长", name="赵会长", term_start="2024-01-01")
    return {"host": host, "chair": chair}


def wedding(store, rw, plan=None, **kw) -> str:
    values = dict(kind="婚事", host_person_id=rw["host"], start_date="2025-05-10", report_date="2025-04-20",
                  plan=dict(plan if plan is not None else FULL))
    values.update(kw)
    return events.add_event(store, **values)


# ------------------------------------------------------------------ 10: partial corrections
def test_correcting_one_actual_figure_keeps_the_days_and_the_flag(store, rw):
    event_id = wedding(store, rw)
    events.record_actual(store, event_id, {**FULL, "days": 4}, recorded_date="2025-05-11")
    ev = event_queries.get_event(store, event_id)
    # 4 days against a limit of 1: over by 3.
    assert [f["message"] for f in ev["verdict"]["actual_findings"]] == ["办事天数 4 天，超过标准 1 天，超出 3 天"]
    events.record_actual(store, event_id, {"cost_per_table_fen": 200_00}, recorded_date="2025-05-12")
    ev = event_queries.get_event(store, event_id)
    assert ev["actual"]["days"] == 4 and ev["actual"]["cost_per_table_fen"] == 200_00
    assert ev["actual"]["tables"] == 18 and ev["actual"]["bride_price_fen"] == 20_000_00
    assert ev["verdict"]["within_standards"] is False and ev["verdict"]["status"] == "超标 1 项"


def test_cli_correction_keeps_days(cli, store, rw, db_path):
    event_id = wedding(store, rw)
    store.close()
    short = event_id[:8]
    args = ["redwhite", "event", "actual", short, "--date", "2025-05-11"]
    full = ["--tables", "18", "--cost-per-table", "280", "--cars", "4", "--bride-price", "20000", "--gift", "100",
            "--gift-close", "200", "--troupes", "1"]
    assert cli("--db", db_path, *args, *full, "--days", "4")[0] == 0
    code, out, err = cli("--db", db_path, *args, "--cost-per-table", "200", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["actual"]["days"] == 4 and data["actual"]["cost_per_table_fen"] == 200_00
    assert data["verdict"]["status"] == "超标 1 项"


# ------------------------------------------------------------------ 12: unknown figures
def test_figures_left_out_are_unknown_not_zero(store, rw):
    event_id = wedding(store, rw, plan={"tables": 10, "cars": 2})
    events.record_actual(store, event_id, {"tables": 10, "cars": 2}, recorded_date="2025-05-11")
    row = store.one("SELECT bride_price_fen, cost_per_table_fen, days FROM redwhite_figures "
                    "WHERE event_id=? AND stage='actual'", (event_id,))
    assert row["bride_price_fen"] is None and row["cost_per_table_fen"] is None
    assert row["days"] == 1                    # known from the dates (05-10 to 05-10)
    verdict = event_queries.get_event(store, event_id)["verdict"]
    assert verdict["within_standards"] is None and verdict["actual_findings"] == []
    assert verdict["status"].startswith("实际数字未填全") and "彩礼" in verdict["status"]
    total = stats.year_stats(store, 2025)["total"]
    # Tables are known: 40 - 10 = 30 saved. The money is not: nothing saved, not ¥152,000.
    assert total["tables_saved"] == 30 and total["money_saved_fen"] == 0
    assert total["within_standards"] == 0 and total["violations"] == 0 and total["figures_incomplete"] == 1


def test_full_figures_save_the_difference(store, rw):
    event_id = wedding(store, rw)
    events.record_actual(store, event_id, FULL, recorded_date="2025-05-11")
    total = stats.year_stats(store, 2025)["total"]
    # before 40 × 800 + 120,000 = 152,000; spent 18 × 280 + 20,000 = 25,040; saved 126,960 yuan.
    assert total["money_saved_fen"] == 126_960_00 and total["tables_saved"] == 22
    assert total["within_standards"] == 1 and total["figures_incomplete"] == 0


def test_pledge_prints_unknown_bride_price_as_unfilled(store, rw):
    event_id = wedding(store, rw, plan={"tables": 10, "cars": 2})
    data = registry.collect(store, "pledge", {"event": event_id[:8]})
    items = {i.item: i.planned for i in data.items}
    assert items["彩礼"] == "未填" and items["酒席"] == "10 桌"
    assert "¥0.00" not in items.values()


def test_notice_shows_unfilled_and_counts_it_apart(store, rw):
    event_id = wedding(store, rw, plan={"tables": 10, "cars": 2})
    events.record_actual(store, event_id, {"tables": 10, "cars": 2}, recorded_date="2025-05-11")
    data = registry.collect(store, "redwhite", {"period": "2025"})
    (row,) = data.events
    assert row.compliant is None and "bride_price" in row.unknown and "cost_per_table" in row.unknown
    assert "tables" not in row.unknown


def test_migration_keeps_existing_zeros(tmp_path):
    """Rows stored before 0042 keep their 0s: only new unknown figures are NULL."""
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    before = [m for m in migrate.available() if m.number < 42]
    migrate.apply(conn, before)
    conn.execute("INSERT INTO redwhite_figures (id, site_id, event_id, stage, recorded_date, tables, "
                 "cost_per_table_fen, bride_price_fen, created_at, updated_at) VALUES "
                 "('f1', 's', 'e1', 'actual', '2025-05-11', 12, 0, 0, 'x', 'x')")
    migrate.apply(conn, [m for m in migrate.available() if m.number == 42])
    row = conn.execute("SELECT tables, cost_per_table_fen, bride_price_fen, days, cars FROM redwhite_figures").fetchone()
    # tables 12 and the two typed 0s stay; days 1 and cars 0 were the old column defaults.
    assert row == (12, 0, 0, 1, 0)
    conn.execute("INSERT INTO redwhite_figures (id, site_id, event_id, stage, recorded_date, created_at, "
                 "updated_at) VALUES ('f2', 's', 'e2', 'plan', '2025-05-01', 'x', 'x')")
    assert conn.execute("SELECT tables, bride_price_fen FROM redwhite_figures WHERE id='f2'").fetchone() == (None, None)
    conn.close()


# ------------------------------------------------------------------ 11: each event's standard
def test_notice_prints_the_standard_each_event_was_judged_by(store, rw):
    later = standards.set_standard(store, "2025-06-01", "婚事", max_tables=15)
    assert later
    march = wedding(store, rw, start_date="2025-03-08", report_date="2025-02-20")
    july = wedding(store, rw, start_date="2025-07-08", report_date="2025-06-20")
    for event_id, day in ((march, "2025-03-09"), (july, "2025-07-09")):
        events.record_actual(store, event_id, FULL, recorded_date=day)
    data = registry.collect(store, "redwhite", {"period": "2025"})
    assert [(e.event_date.isoformat(), e.standard, e.compliant) for e in data.events] == [
        ("2025-03-08", "2025-01-01", True), ("2025-07-08", "2025-06-01", False)]
    text = "\n".join(data.standards)
    assert "2025-01-01 起施行的标准：" in text and "2025-06-01 起施行的标准：" in text
    assert "酒席不超过 20 桌" in text and "酒席不超过 15 桌" in text
    assert data.events[1].violations == ["酒席 18 桌，超过标准 15 桌，超出 3 桌"]


# ------------------------------------------------------------------ 13
def test_duplicate_event_refused_unless_confirmed_and_flagged_by_check(store, rw):
    wedding(store, rw)
    with pytest.raises(events.DuplicateEventError, match="已经登记过"):
        wedding(store, rw, report_date="2025-04-25")
    second = wedding(store, rw, report_date="2025-04-25", allow_duplicate=True)
    found = [r for r in all_checks.run_checks(store) if r["name"] == "红白事无重复登记"]
    assert found and found[0]["ok"] is False and second[:8] in found[0]["detail"]
    events.cancel_event(store, second, "重复登记")
    found = [r for r in all_checks.run_checks(store) if r["name"] == "红白事无重复登记"]
    assert found[0]["ok"] is True


def test_cli_amends_a_plan_after_persuasion(cli, store, rw, db_path):
    event_id = wedding(store, rw, plan={**FULL, "tables": 25})
    events.decide(store, event_id, "劝导", decision_date="2025-04-21", by_member_id=rw["chair"])
    store.close()
    code, out, err = cli("--db", db_path, "redwhite", "event", "amend", event_id[:8], "--tables", "20", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["plan"]["tables"] == 20 and data["plan"]["cost_per_table_fen"] == 280_00   # the rest kept
    assert data["verdict"]["plan_findings"] == []
    assert cli("--db", db_path, "redwhite", "event", "decide", event_id[:8], "--decision", "同意",
               "--date", "2025-04-23", "--by", "赵会长")[0] == 0
    code, _, err = cli("--db", db_path, "redwhite", "event", "amend", event_id[:8], "--tables", "22")
    assert code == 1 and "不能再改" in err


def test_verdict_states_the_excess(store, rw):
    ev = event_queries.get_event(store, wedding(store, rw, plan={**FULL, "tables": 23, "bride_price_fen": 38_000_00}))
    assert [f["message"] for f in ev["verdict"]["plan_findings"]] == [
        "酒席 23 桌，超过标准 20 桌，超出 3 桌", "彩礼 ¥38,000.00，超过标准 ¥30,000.00，超出 ¥8,000.00"]


def test_pledge_for_an_over_limit_plan_warns(store, rw):
    event_id = wedding(store, rw, plan={**FULL, "tables": 23})
    data, pdf = registry.render(store, "pledge", {"event": event_id[:8]})
    assert "超出本村标准" in data.warning and "超出 3 桌" in data.warning and "尚未作出意见" in data.warning
    from pypdf import PdfReader
    import io
    import re
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "本户申报超出本村标准" in text
    ok = wedding(store, rw, start_date="2025-05-20", report_date="2025-05-01")
    assert registry.collect(store, "pledge", {"event": ok[:8]}).warning == ""


def test_bride_price_written_in_wan(cli, store, rw, db_path):
    store.close()
    code, out, err = cli("--db", db_path, "redwhite", "event", "add", "--kind", "婚事", "--host", "高建军",
                         "--date", "2025-05-10", "--report-date", "2025-04-20", "--bride-price", "3万", "--json")
    assert code == 0, err
    assert json.loads(out)["plan"]["bride_price_fen"] == 3_000_000
    code, out, err = cli("--db", db_path, "redwhite", "event", "add", "--kind", "婚事", "--host", "高建军",
                         "--date", "2025-06-10", "--report-date", "2025-05-20", "--bride-price", "三万元",
                         "--json")
    assert code == 0, err
    assert json.loads(out)["plan"]["bride_price_fen"] == 3_000_000


def test_hall_spending_over_threshold_cites_a_decision(cli, store, rw, db_path):
    hall.add_hall_money(store, direction="income", category="捐赠", amount_fen=20_000_00, entry_date="2025-03-01")
    d = decisions.add_decision(store, "服务中心购置桌椅", 15_000_00)
    decisions.advance(store, d, held_on="2025-02-01", minutes="支部提议")
    decisions.advance(store, d, held_on="2025-02-03", present=7, minutes="两委同意")
    decisions.advance(store, d, held_on="2025-02-05", members=30, present=20, in_favour=11)
    decisions.advance(store, d, held_on="2025-02-08", members=45, present=30, in_favour=16)
    decisions.advance(store, d, held_on="2025-02-09", minutes="公开栏张贴")     # 决议公开 before spending
    store.close()
    base = ["redwhite", "hall", "add", "--direction", "支出", "--category", "桌椅餐具购置", "--amount", "1.2万",
            "--date", "2025-03-05"]
    code, _, err = cli("--db", db_path, *base)
    assert code == 1 and "四议两公开" in err         # ¥12,000 is above the ¥10,000 threshold
    code, out, err = cli("--db", db_path, *base, "--decision", "服务中心购置桌椅")
    assert code == 0, err
    assert "¥12,000.00" in out
    code, out, _ = cli("--db", db_path, "redwhite", "hall", "summary", "--year", "2025", "--json")
    # 20,000 in, 12,000 out: 8,000 left.
    assert json.loads(out)["closing_fen"] == 8_000_00


def test_refused_duplicate_in_cli_names_the_twin(cli, store, rw, db_path):
    first = wedding(store, rw)
    store.close()
    code, _, err = cli("--db", db_path, "redwhite", "event", "add", "--kind", "婚事", "--host", "高建军",
                       "--date", "2025-05-10", "--report-date", "2025-04-22")
    assert code == 1 and first[:8] in err
    code, _, err = cli("--db", db_path, "redwhite", "event", "add", "--kind", "婚事", "--host", "高建军",
                       "--date", "2025-05-10", "--report-date", "2025-04-22", "--allow-duplicate")
    assert code == 0, err


def test_refusal_leaves_actual_unchanged(store, rw):
    event_id = wedding(store, rw)
    events.record_actual(store, event_id, FULL, recorded_date="2025-05-11")
    with pytest.raises(RefusedError):
        events.update_event(store, event_id, plan={"tables": 5})
    assert event_queries.get_event(store, event_id)["plan"]["tables"] == 18
    assert notices.pledge_warning(event_queries.get_event(store, event_id)) == ""
