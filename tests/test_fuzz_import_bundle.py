"""Fuzz the two readers that take files from outside: the roster sheet importer and the
sync bundle reader. Whatever arrives, the result is an import or a Chinese refusal; no
traceback, nothing half-written, the audit chain intact."""
from __future__ import annotations

import csv
import os

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from db.errors import CunwuError
from desktop.core import open_store
from desktop.core.roster import excel_import
from desktop.core.security.audit import verify_chain

EXAMPLES = int(os.environ.get("CUNWU_FUZZ_EXAMPLES", "60"))
HEADERS = ["户号", "姓名", "性别", "身份证号", "与户主关系", "村民小组", "民族", "出生日期", "联系电话", "低保"]
CELL = st.one_of(
    st.none(), st.integers(min_value=-10 ** 19, max_value=10 ** 19), st.floats(allow_nan=True),
    st.text(max_size=25),
    st.sampled_from(["", " ", "张三", "吉𠮷祥", "阿卜杜·热合曼", "11010519491231002X", "110105491231002",
                     "１１０１０５１９４９１２３１００２ｘ", "1.10101E+17", "男", "女", "未知", "户主", "妻", "一组",
                     "汉", "朝鲜族", "火星族", "1985.3.12", "1985年13月1日", "19850312", "=1+1", "是", "否"]),
)
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=len(HEADERS) + 2), min_size=0, max_size=12)


def _snapshot(store) -> tuple:
    return (store.scalar("SELECT COUNT(*) FROM person"), store.scalar("SELECT COUNT(*) FROM household"),
            store.scalar("SELECT COUNT(*) FROM change_log"))


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    from desktop.core import village
    path = tmp_path_factory.mktemp("fuzzimport") / "v.sqlite"
    s = open_store(path)
    village.init_site(s, name="模糊村", division_code="610802103201", groups=["一组"])
    yield s
    s.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=ROWS, as_csv=st.booleans(), header_at=st.integers(min_value=0, max_value=3))
def test_any_sheet_imports_or_is_refused_cleanly(fuzz_store, tmp_path_factory, rows, as_csv, header_at):
    folder = tmp_path_factory.mktemp("sheet")
    grid = [["花名册"]] * header_at + [HEADERS] + rows
    if as_csv:
        path = folder / "花名册.csv"
        with open(path, "w", newline="", encoding="gbk", errors="replace") as fh:
            csv.writer(fh).writerows([["" if c is None else str(c) for c in r] for r in grid])
    else:
        path = folder / "花名册.xlsx"
        wb = openpyxl.Workbook()
        for r in grid:
            wb.active.append([c if not isinstance(c, str) else ILLEGAL_CHARACTERS_RE.sub("", c) for c in r])
        wb.save(path)
    before = _snapshot(fuzz_store)
    try:
        table = excel_import.read_table(path)
        result = excel_import.run_import(fuzz_store, table, excel_import.guess_mapping(table))
    except CunwuError:
        assert _snapshot(fuzz_store) == before          # refused: nothing written
        return
    # Every data row is accounted for: imported, unchanged, or in the error list.
    accounted = result.added + result.updated + result.unchanged + len(result.errors)
    assert accounted <= len(rows)
    assert fuzz_store.integrity_ok()[0]


def test_database_sound_after_sheet_fuzzing(fuzz_store):
    assert verify_chain(fuzz_store)[0]


# ---------------------------------------------------------------- bundles
@pytest.fixture(scope="module")
def bundle_pair(tmp_path_factory):
    from desktop.core.sync import exchange
    from tests.support.sites import demo_village_and_township
    folder = tmp_path_factory.mktemp("fuzzbundle")
    v, t = demo_village_and_township(folder / "v.sqlite", folder / "t.sqlite", seed=3, households=10)
    path = folder / "good.bundle"
    exchange.export_bundle(v, "牛家梁镇", path)
    v.close()
    yield t, path.read_bytes()
    t.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_damaged_bundles_are_refused_and_change_nothing(bundle_pair, data):
    from desktop.core.sync.importing import import_bundle
    township, good = bundle_pair
    kind = data.draw(st.sampled_from(["flip", "truncate", "garbage", "splice"]))
    blob = bytearray(good)
    if kind == "flip":
        for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
            i = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
            blob[i] ^= 1 << data.draw(st.integers(min_value=0, max_value=7))
    elif kind == "truncate":
        blob = blob[:data.draw(st.integers(min_value=0, max_value=len(blob) - 1))]
    elif kind == "garbage":
        blob = bytearray(data.draw(st.binary(max_size=2000)))
    else:
        i = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
        blob = blob[:i] + bytearray(data.draw(st.binary(min_size=1, max_size=64))) + blob[i:]
    if bytes(blob) == good:
        return
    before = _snapshot(township)
    with pytest.raises(CunwuError):
        import_bundle(township, bytes(blob))
    assert _snapshot(township) == before
