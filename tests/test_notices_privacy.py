"""Point 4 (privacy) and the roster-fed notices: every kind from the demo village, with
title, totals and masking checked in the PDF's extracted text, and no full ID number."""
from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from db.errors import CunwuError, ValidationError
from desktop.core import money
from desktop.core.notices import registry, samples, templates
from desktop.core.roster.idcard import mask

FULL_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])")

# Options each kind is rendered with from the demo village. Kinds fed by another area get
# candidates from that area's tables (when it is installed) and use the first that renders.
DEMO_OPTIONS = {
    "roster": {},
    "allowance": {"program": "低保", "month": "2026-03"},
    "meeting": {"time": "2026-03-08 09:00", "place": "村委会会议室", "attendees": "全体村民代表",
                "agenda": ["审议幸福院屋顶维修方案"]},
    "resolution": {"matter": "幸福院屋顶维修", "amount": "38000", "body": "同意维修。", "meeting": "村民代表会议",
                   "held_on": "2026-02-26", "expected": "35", "present": "31", "votes_for": "29"},
    "result": {},
    "disclosure": {},
    "redwhite": {},
    "pledge": {},
    "care": {},
    "household-form": {},
}


def _ids(store, table: str) -> list[str]:
    if not store.one("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)):
        return []
    return [r[0] for r in store.query(f"SELECT id FROM {table} ORDER BY created_at")]


def candidates(store, key: str) -> list[dict]:
    if DEMO_OPTIONS[key] or key in ("roster", "household-form"):
        return [DEMO_OPTIONS[key]]
    today = date.today()
    years = [str(today.year), str(today.year - 1)]
    months = [f"{today.year - (today.month - 1 - i < 0)}-{(today.month - 1 - i) % 12 + 1:02d}" for i in range(12)]
    return {
        "result": [{"decision": d} for d in _ids(store, "funds_decision")],
        "disclosure": [{"period": y} for y in years],
        "redwhite": [{"period": y} for y in years] + [{"event": e} for e in _ids(store, "redwhite_event")[:5]],
        "pledge": [{"event": e} for e in _ids(store, "redwhite_event")[:5]],
        "care": [{"month": m} for m in months],
    }[key]
def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def demo_ids(store) -> list[str]:
    return [r[0] for r in store.query("SELECT id_number FROM person WHERE id_number IS NOT NULL")]


def render_kind(store, key: str):
    """The kind's PDF from the demo village; an area not built yet falls back to sample data."""
    kind = registry.get(key)
    if not kind.available():
        data = samples.SAMPLES[key]()
        return data, templates.render(data)
    last = None
    for options in candidates(store, key):
        try:
            return registry.render(store, kind, options)
        except CunwuError as exc:      # e.g. a decision without a resolution yet: try the next
            last = exc
    pytest.fail(f"{key}: nothing in the demo village renders ({last})")


def test_every_kind_is_listed_with_options():
    keys = {k.key for k in registry.KINDS}
    assert keys == set(DEMO_OPTIONS)
    assert {"disclosure", "redwhite", "pledge", "care", "result"} <= \
        {k.key for k in registry.KINDS if k.area != "notices"}


@pytest.mark.parametrize("key", sorted(DEMO_OPTIONS))
def test_no_notice_prints_a_full_id_number(demo_store, key):
    data, pdf = render_kind(demo_store, key)
    text = text_of(pdf)
    squashed = re.sub(r"\s+", "", text)      # a number wrapped across lines is still caught
    assert registry.title_of(data) in text
    assert not FULL_ID.search(text)
    for number in demo_ids(demo_store):
        assert number not in squashed
    assert not re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", squashed), "no phone numbers on notices"
    if key in ("roster", "allowance"):
        assert re.search(r"\d{4}\*{10}[0-9X]{4}", text), "ID numbers appear masked in the middle"


def test_roster_lists_the_register_with_masked_ids_and_filters(demo_store):
    data = registry.collect(demo_store, "roster", {})
    living = demo_store.scalar("SELECT COUNT(*) FROM person WHERE status IN ('在册','外出务工')")
    assert len(data.rows) == living
    text = text_of(templates.render(data))
    assert f"共 {living} 人" in text
    someone = demo_store.one("SELECT name, id_number FROM person WHERE id_number IS NOT NULL "
                             "AND status='在册' LIMIT 1")
    assert mask(someone["id_number"]) in text and someone["name"] in text
    assert "吉𠮷祥" in text                         # the demo's Extension B name draws and extracts
    group = demo_store.scalar(
        "SELECT g.name FROM person p JOIN household h ON h.id = p.household_id "
        "JOIN village_group g ON g.id = h.group_id WHERE p.birth_date <= date('now', '-80 years') "
        "AND p.status IN ('在册','外出务工') LIMIT 1")
    one = registry.collect(demo_store, "roster", {"group": group, "special": "高龄"})
    assert one.rows and {r.group for r in one.rows} == {group}
    assert all(int(r.birth_date[:4]) <= date.today().year - 80 for r in one.rows)
    assert group in one.filter_label and "高龄" in one.filter_label
    with pytest.raises(ValidationError, match="村民小组"):
        registry.collect(demo_store, "roster", {"group": "九十九组"})


def test_dibao_notice_amounts_totals_and_no_health_detail(demo_store):
    data = registry.collect(demo_store, "allowance", {"program": "低保", "month": "2026-03"})
    assert data.rows
    for r in data.rows:
        assert r.amount == 45000 * r.members           # village standard 450.00 per person
    text = text_of(templates.render(data))
    assert "最低生活保障对象公示" in text and "2026年3月" in text
    assert money.yuan(data.total) in text and money.capitals(data.total) in text
    assert "公示期" in text and "监委会（签字）" in text
    for word in ("残疾", "肢体", "精神", "视力", "智力"):
        assert word not in text


def test_special_care_and_elderly_subsidy_by_setting_or_amount(demo_store):
    tekun = registry.collect(demo_store, "allowance", {"program": "特困供养", "month": "2026-03"})
    assert tekun.rows
    assert all(r.amount == {"分散供养": 72000, "集中供养": 86000}[r.detail] for r in tekun.rows)
    elderly = registry.collect(demo_store, "allowance", {"program": "高龄", "month": "2026-03"})
    assert elderly.rows
    bands = {"80–89 岁": 5000, "90–99 岁": 10000, "100 岁以上": 30000}
    assert all(r.amount == bands[r.detail] for r in elderly.rows)
    flat = registry.collect(demo_store, "allowance", {"program": "高龄", "month": "2026-03", "amount": "60"})
    assert {r.amount for r in flat.rows} == {6000}
    text = text_of(templates.render(elderly))
    assert "高龄补贴发放公示" in text and money.yuan(elderly.total) in text


def test_allowance_without_a_standard_is_refused(store):
    with pytest.raises(ValidationError, match="未设置低保每人每月发放金额"):
        registry.collect(store, "allowance", {"program": "低保"})


def test_meeting_and_resolution_from_options(demo_store):
    with pytest.raises(ValidationError, match="会议时间"):
        registry.collect(demo_store, "meeting", {"place": "村委会"})
    data, pdf = registry.render(demo_store, "resolution", DEMO_OPTIONS["resolution"])
    text = text_of(pdf)
    assert "决议公告" in text and "38,000.00" in text and "叁万捌仟元整" in text and "表决通过" in text
    with pytest.raises(ValidationError, match="实到人数"):
        registry.collect(demo_store, "resolution", {**DEMO_OPTIONS["resolution"], "present": "40"})


def test_household_form_is_blank(demo_store):
    data, pdf = registry.render(demo_store, "household-form", {"rows": "6"})
    text = text_of(pdf)
    assert "户籍登记表" in text and "身份证号码" in text and "申报人（签字）" in text
    assert data.member_rows == 6 and data.publication.number == ""
    names = [r[0] for r in demo_store.query("SELECT name FROM person LIMIT 50")]
    assert not any(n in text for n in names)


def test_household_on_dibao_is_listed_once(demo_store):
    head = demo_store.one("SELECT p.id, p.name, p.household_id FROM person p JOIN person_group g "
                          "ON g.person_id = p.id WHERE g.kind='低保' AND p.relation='户主' AND p.status='在册' "
                          # A living member besides the head (ids are random UUIDs: any household
                          # may come first, and some have only members who left)
                          "AND EXISTS (SELECT 1 FROM person m WHERE m.household_id = p.household_id "
                          "AND m.relation <> '户主' AND m.status IN ('在册','外出务工')) LIMIT 1")
    other = demo_store.one("SELECT id FROM person WHERE household_id=? AND relation<>'户主' "
                           "AND status IN ('在册','外出务工') LIMIT 1", (head["household_id"],))
    before = registry.collect(demo_store, "allowance", {"program": "低保", "month": "2026-03"})
    demo_store.insert("person_group", {"person_id": other["id"], "kind": "低保", "start_date": "2020-01-01"})
    after = registry.collect(demo_store, "allowance", {"program": "低保", "month": "2026-03"})
    assert len(after.rows) == len(before.rows) and after.total == before.total
    size = demo_store.scalar("SELECT COUNT(*) FROM person WHERE household_id=? AND status IN ('在册','外出务工')",
                             (head["household_id"],))
    assert [r.members for r in after.rows if r.name == head["name"]] == [size]
