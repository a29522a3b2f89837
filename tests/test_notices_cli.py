"""`cunwu notice list | render | history`: the script contract."""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from desktop.core.notices import registry


def test_list_names_every_kind(cli, demo_store):
    code, out, _ = cli("--db", str(demo_store.path), "notice", "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [k["key"] for k in listed] == [k.key for k in registry.KINDS]
    disclosure = next(k for k in listed if k["key"] == "disclosure")
    assert disclosure["collector"] == "desktop.core.funds.notices:collect_disclosure"
    assert {"flag": "--period", "required": True}.items() <= disclosure["options"][0].items()


def test_render_roster_writes_pdf_and_history(cli, demo_store, tmp_path):
    out_pdf = tmp_path / "花名册.pdf"
    db = str(demo_store.path)
    code, out, err = cli("--db", db, "notice", "render", "roster", "--group", "二组",
                         "--pdf", str(out_pdf), "--date", "2026-03-01", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["number"] == "" and summary["pages"] >= 1       # a register carries no 文号
    text = "".join(p.extract_text() for p in PdfReader(str(out_pdf)).pages)
    assert "村民花名册" in text and "二组" in text and "2026年3月1日" in text
    code, out, _ = cli("--db", db, "notice", "history", "--json")
    rows = json.loads(out)
    assert rows[0]["sha256"] == summary["sha256"] and rows[0]["actor"] == "cli"
    assert rows[0]["params"] == {"group": "二组"}


def test_render_bilingual_meeting_from_options(cli, demo_store, tmp_path):
    out_pdf = tmp_path / "m.pdf"
    code, _, err = cli("--db", str(demo_store.path), "notice", "render", "meeting",
                       "--time", "2026-03-08 09:00", "--place", "村委会", "--attendees", "全体党员",
                       "--agenda", "审议决议", "--bilingual", "--number", "none", "--pdf", str(out_pdf))
    assert code == 0, err
    text = PdfReader(str(out_pdf)).pages[0].extract_text()
    assert "会议通知" in text and "회의 통지" in text and "号" not in text.split("会议通知")[1][:20]


@pytest.mark.parametrize("argv, message", [
    (["allowance", "--program", "低保", "--amount", "-5"], "不能为负数"),
    (["allowance", "--program", "低保", "--month", "2026-13"], "不是有效月份"),
    (["roster", "--group", "九组"], "没有“九组”这个村民小组"),
    (["meeting", "--place", "村委会"], "会议时间"),
    (["allowance", "--program", "救济"], "公示类别"),
])
def test_refusals_exit_1_with_chinese_reason(cli, demo_store, tmp_path, argv, message):
    out_pdf = tmp_path / "x.pdf"
    code, _, err = cli("--db", str(demo_store.path), "notice", "render", *argv, "--pdf", str(out_pdf))
    assert code == 1 and message in err and "Traceback" not in err
    assert not out_pdf.exists()


def test_area_fed_kind_refused_until_its_area_ships(cli, demo_store, tmp_path):
    missing = [k for k in registry.KINDS if not k.available()]
    if not missing:
        pytest.skip("every area's collector is present")
    kind = missing[0]
    argv = []
    for o in kind.options:
        if o.required:
            argv += [o.flag, {"period": "2026-Q1", "month": "2026-03"}.get(o.name, "x")]
    code, _, err = cli("--db", str(demo_store.path), "notice", "render", kind.key, *argv,
                       "--pdf", str(tmp_path / "a.pdf"))
    assert code == 1 and "尚未包含该模块" in err


def test_unknown_kind_is_a_usage_error(cli, demo_store):
    code, _, err = cli("--db", demo_store.path, "notice", "render", "nosuch", "--pdf", "x.pdf")
    assert code == 1 and "参数错误" in err


def test_chinese_kind_names_work_too(cli, demo_store, tmp_path):
    out_pdf = tmp_path / "form.pdf"
    code, _, err = cli("--db", str(demo_store.path), "notice", "render", "户籍登记表", "--pdf", str(out_pdf))
    assert code == 0, err and out_pdf.exists()


def test_settings_show_and_change(cli, demo_store):
    db = str(demo_store.path)
    code, out, err = cli("--db", db, "notice", "settings", "--bilingual", "on", "--dibao", "480",
                         "--elderly", "50", "100", "300", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["bilingual"] is True and shown["dibao"] == 48000
    assert shown["elderly"] == {"80": 5000, "90": 10000, "100": 30000}
    code, _, err = cli("--db", db, "notice", "settings", "--number-format", "第{year}号")
    assert code == 1 and "{n}" in err
    code, out, _ = cli("--db", db, "notice", "settings")
    assert "双语公告：是" in out and "低保：480.00 元/人/月" in out
