"""Fuzz the other importer that takes files from outside: the care places' monthly sign-in
sheet (托老托幼签到表). Whatever a sheet holds, the result is an import with every bad cell
reported, or a Chinese refusal with nothing written; never a traceback."""
from __future__ import annotations

import os

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from db.errors import CunwuError
from desktop.core import open_store, village
from desktop.core.care import enrolment, places
from desktop.core.security.audit import verify_chain
from tests.care_helpers import born_years_before, person

EXAMPLES = int(os.environ.get("CUNWU_FUZZ_EXAMPLES", "40"))
# Mostly what a real sheet holds (so most cases reach the cells), sometimes anything at all.
NAMES = ["王秀英", "李桂兰", "张德胜", "刘淑珍"] * 3 + ["赵春生", "王秀瑛", "临时来访", "合计", "", None]
MARK = st.one_of(
    st.sampled_from(["√", "√", "✓", "2", None]), st.none(), st.sampled_from(["√", "✓", "×", "到", "缺", "2", "１", "好", "", " ", "²", "=1+1", "√√"]),
    st.integers(min_value=-5, max_value=10 ** 12), st.floats(allow_nan=True), st.text(max_size=6),
    st.dates().map(lambda d: d.isoformat()),
)
TITLE = st.sampled_from(["高家湾幸福院2026年2月签到表"] * 6 + ["高家湾幸福院2026年13月签到表", "某某院签到表",
                         "2026年2月", ""]) | st.text(max_size=20)
DAY_HEADER = st.one_of(st.integers(min_value=-1, max_value=40), st.sampled_from(["1日", "２", "合计", ""]),
                       st.text(max_size=4))


def _snapshot(store) -> tuple:
    return store.scalar("SELECT COUNT(*) FROM change_log"), store.scalar("SELECT MAX(seq) FROM change_log")


@pytest.fixture(scope="module")
def care_store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("fuzzcare") / "v.sqlite")
    village.init_site(s, name="模糊村", division_code="610802103201", groups=["一组"])
    pid = places.add_place(s, name="高家湾幸福院", kind="幸福院", meal_subsidy_fen=300)
    people = {n: person(s, n, born_years_before(75)) for n in ("王秀英", "李桂兰", "张德胜", "刘淑珍")}
    for n, start in (("王秀英", "2026-01-01"), ("李桂兰", "2026-01-01"), ("张德胜", "2026-01-01"),
                     ("刘淑珍", "2026-02-10")):
        enrolment.enrol(s, pid, people[n], start)
    person(s, "赵春生", born_years_before(70), gender="男")
    yield s
    s.close()


def _clean(value):
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


DAYS = (st.just(list(range(1, 29))) | st.just(list(range(1, 32))) | st.just(list(range(1, 30)))
        | st.lists(DAY_HEADER, min_size=1, max_size=33).map(lambda d: [1, *d]))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(title=TITLE, days=DAYS,
       rows=st.lists(st.tuples(st.sampled_from(NAMES) | st.text(max_size=5), st.lists(MARK, max_size=33)),
                     max_size=8),
       month=st.sampled_from([None, None, "2026-02", "2026-02", "2026-13", "二月"]),
       place=st.sampled_from([None, None, "高家湾幸福院", "无此院"]),
       dry_run=st.booleans())
def test_any_sign_in_sheet_imports_or_is_refused_cleanly(care_store, tmp_path_factory, title, days, rows,
                                                         month, place, dry_run):
    folder = tmp_path_factory.mktemp("sheet")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([_clean(title)])
    ws.append(["序号", "姓名", *[_clean(d) for d in days], "合计"])
    for i, (name, marks) in enumerate(rows, start=1):
        ws.append([i, _clean(name), *[_clean(m) for m in marks]])
    path = folder / "签到表.xlsx"
    wb.save(path)
    before = _snapshot(care_store)
    try:
        result = import_register(care_store, path, month=month, place=place, dry_run=dry_run,
                                 error_path=folder / "未导入.xlsx")
    except CunwuError as exc:
        event("refused: " + str(exc)[:30])     # the outcomes show with --hypothesis-show-statistics
        assert str(exc).strip()
        assert _snapshot(care_store) == before          # refused: nothing written
        return
    event("imported, some cells" if result.cells else "imported, no cells")
    if dry_run:
        assert _snapshot(care_store) == before
    for error in result.errors:                          # every bad cell says where and why
        assert error.message().startswith("第 ") and error.reason
    assert care_store.integrity_ok()[0]


def import_register(*args, **kw):
    from desktop.core.care.importer import import_register as run
    return run(*args, **kw)


def test_database_sound_after_care_sheet_fuzzing(care_store):
    assert verify_chain(care_store)[0]
