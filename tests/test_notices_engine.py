"""The notices engine: fonts and fallback, money, page layout, bilingual text, history."""
from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from db.errors import RefusedError, ValidationError
from desktop.core.notices import contracts as c
from desktop.core import money
from desktop.core.notices import fonts, history, registry, samples, templates
from desktop.core.notices.publication import next_number, publication_for


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for f in page["/Resources"]["/Font"].values():
            names.add(str(f.get_object()["/BaseFont"]))
    return names


def test_text_runs_send_extension_b_to_the_fallback_font():
    assert fonts.runs("吉𠮷祥") == [(fonts.MAIN, "吉"), (fonts.EXTRA, "𠮷"), (fonts.MAIN, "祥")]
    assert fonts.runs("김철수 阿卜杜·热合曼 〔2026〕") == [(fonts.MAIN, "김철수 阿卜杜·热合曼 〔2026〕")]
    assert fonts.markup("a<b 𠮷") == f'a&lt;b <font name="{fonts.EXTRA}">𠮷</font>'


def test_rare_name_is_embedded_with_both_fonts_and_extractable():
    pdf = templates.render(samples.redwhite())
    text = "".join(pages_text(pdf))
    assert "吉𠮷祥" in text and "阿卜杜·热合曼" in text
    names = font_names(pdf)
    assert any("WenQuanYiMicroHei" in n for n in names) and any("HanaMinB" in n for n in names)


def test_notice_without_rare_characters_does_not_embed_the_fallback_font():
    pdf = templates.render(samples.meeting())
    assert not any("HanaMinB" in n for n in font_names(pdf))


@pytest.mark.parametrize("fen, figures, capitals", [
    (1230000, "12,300.00", "壹万贰仟叁佰元整"),
    (1234567, "12,345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    (5, "0.05", "伍分"),
    (0, "0.00", "零元整"),
    (-50000, "-500.00", "负伍佰元整"),
])
def test_money_figures_and_capitals(fen, figures, capitals):
    assert money.yuan(fen) == figures
    assert money.capitals(fen) == capitals


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        money.yuan(12.5)


def _allowance(n: int, bilingual: bool = False) -> c.AllowanceNotice:
    pub = c.Publication("高家湾村", date(2026, 4, 8), "〔2026〕7号", date(2026, 4, 8), date(2026, 4, 14),
                        bilingual=bilingual, contact="0912-3456789")
    rows = [c.AllowanceRow(f"村民{i:03d}", "一组", f"6127**********{i:04d}", 3, 135000) for i in range(n)]
    return c.AllowanceNotice(pub, "低保", "2026年4月", rows)


def test_long_table_splits_with_header_and_page_numbers_on_every_page():
    pdf = templates.render(_allowance(120))
    texts = pages_text(pdf)
    assert len(texts) >= 3
    for i, t in enumerate(texts, start=1):
        assert f"第 {i} 页 共 {len(texts)} 页" in t
        assert "身份证号" in t and "月发放金额" in t        # the header row repeats
        assert "〔2026〕7号" in t                          # running header
    everyone = "".join(texts)
    assert all(f"村民{i:03d}" in everyone for i in range(120))
    assert "162,000.00" in everyone and "壹拾陆万贰仟元整" in everyone    # 120 × 1,350.00


@pytest.mark.parametrize("rows", range(24, 44, 3))
def test_signatures_never_stand_alone_on_the_last_page(rows):
    texts = pages_text(templates.render(_allowance(rows)))
    last = texts[-1]
    assert "经办人（签字）" in last and "盖章处" in last and "公示期" in last
    assert re.search(r"村民\d{3}", last), "the last page should carry the end of the table"


def test_page_sizes_portrait_and_landscape():
    portrait = PdfReader(io.BytesIO(templates.render(samples.meeting()))).pages[0].mediabox
    landscape = PdfReader(io.BytesIO(templates.render(samples.disclosure()))).pages[0].mediabox
    assert round(float(portrait.width)) == 595 and round(float(portrait.height)) == 842
    assert round(float(landscape.width)) == 842 and round(float(landscape.height)) == 595


def test_signature_lines_seal_and_disclosure_period():
    text = "".join(pages_text(templates.render(samples.resolution())))
    assert "监委会（签字）" in text and "盖章处" in text and "高家湾村村民委员会" in text
    assert "公示期：2026年4月8日至2026年4月14日" in text and "0912-3456789" in text
    meeting = "".join(pages_text(templates.render(samples.meeting())))
    assert "公示期" not in meeting                         # a meeting notice is not a 公示
    assert "2026年2月26日（星期四）上午9:00" in meeting


def test_bilingual_prints_fixed_text_in_chinese_then_korean():
    text = "".join(pages_text(templates.render(_allowance(5, bilingual=True))))
    for ko in ("최저생활보장 대상자 공시", "성명", "신분증 번호", "담당자(서명)", "공시 기간", "제 1 쪽 / 총 1 쪽"):
        assert ko in text, ko
    assert text.index("最低生活保障对象公示") < text.index("최저생활보장 대상자 공시")
    assert "村民001" in text and "1,350.00" in text          # data stays as recorded
    plain = "".join(pages_text(templates.render(_allowance(5))))
    assert not re.search(r"[\uac00-\ud7a3]", plain)


@pytest.mark.parametrize("key", sorted(samples.SAMPLES))
def test_every_area_fed_sample_renders_in_both_languages(key):
    for bilingual in (False, True):
        data = samples.SAMPLES[key](bilingual=bilingual)
        text = "".join(pages_text(templates.render(data)))
        assert registry.title_of(data) in text
        assert "高家湾村" in text and "第 1 页" in text


def test_disclosure_totals_figures_and_capitals():
    data = samples.disclosure(entries=30)
    text = "".join(pages_text(templates.render(data)))
    assert money.yuan(data.total_income) in text and money.capitals(data.total_income) in text
    assert money.yuan(data.total_spending) in text and money.capitals(data.total_spending) in text
    assert money.yuan(data.total_closing) in text
    assert data.total_closing == data.total_opening + data.total_income - data.total_spending
    assert "30 笔" in text and "监委会审核意见" in text and "刘德胜" in text


def test_result_and_care_totals():
    result = samples.result()
    text = "".join(pages_text(templates.render(result)))
    assert money.yuan(result.total) in text and money.capitals(result.total) in text
    care = samples.care()
    text = "".join(pages_text(templates.render(care)))
    assert money.yuan(care.total_subsidy) in text and "12 人（35.3%）" in text


def test_history_records_through_the_write_path(store):
    pub = publication_for(store, issued_on=date(2026, 5, 1))
    assert pub.number == "〔2026〕1号" and pub.village_name == "测试村"
    pdf = templates.render(c.HouseholdForm(pub))
    store.actor = "王会计"
    rid = history.record(store, kind="household-form", title="户籍登记表", publication=pub, pdf=pdf,
                         action="print", target="HP LaserJet", params={"rows": 8})
    row = store.get("notices_history", rid)
    assert row["sha256"] == history.sha256(pdf) and row["actor"] == "王会计" and row["pages"] == 1
    assert json.loads(row["params"]) == {"rows": 8}
    logged = store.one("SELECT * FROM change_log WHERE table_name='notices_history' AND record_id=?", (rid,))
    assert logged is not None and logged["actor"] == "王会计"
    assert next_number(store, 2026) == "〔2026〕2号"
    assert next_number(store, 2027) == "〔2027〕1号"
    assert history.find_by_hash(store, history.sha256(pdf).upper())[0]["id"] == rid
    with pytest.raises(ValidationError):
        history.record(store, kind="x", title="x", publication=pub, pdf=pdf, action="shred")


def test_publication_settings(store):
    store.set_setting("notices.bilingual", True)
    store.set_setting("notices.disclosure_days", 10)
    store.set_setting("notices.number_format", "高村发〔{year}〕{n}号")
    pub = publication_for(store, issued_on=date(2026, 1, 30), disclosure=True)
    assert pub.bilingual and pub.number == "高村发〔2026〕1号"
    assert (pub.disclosure_from, pub.disclosure_to) == (date(2026, 1, 30), date(2026, 2, 8))


def test_missing_area_collector_is_refused_in_chinese():
    kind = registry.NoticeKind("x", "某公示", "funds", "desktop.core.nosucharea.notices:collect_x")
    with pytest.raises(RefusedError, match="尚未包含该模块"):
        registry.load_collector(kind.collector)
    assert not kind.available()
    with pytest.raises(RefusedError):
        registry.load_collector("desktop.core.notices.registry:no_such_function")


def test_options_are_parsed_and_refused_in_chinese():
    kind = registry.get("allowance")
    assert registry.parse_options(kind, {"program": "低保", "amount": "1,350.5", "month": "2026-3"}) == \
        {"program": "低保", "amount": 135050, "month": "2026-03"}
    for bad in ({"program": "低保", "amount": "1.234"}, {"program": "低保", "month": "2026-13"},
                {"program": "救助"}, {}):
        with pytest.raises(ValidationError):
            registry.parse_options(kind, bad)
    assert registry.get("花名册").key == "roster" and registry.get("财务公开表").key == "disclosure"


def test_common_overrides_move_the_disclosure_period(demo_store):
    data = registry.collect(demo_store, "allowance", {"program": "低保", "month": "2026-03"},
                            issued_on=date(2026, 3, 25), number="", bilingual=True)
    pub = data.publication
    assert pub.number == "" and pub.bilingual
    assert (pub.disclosure_from, pub.disclosure_to) == (date(2026, 3, 25), date(2026, 3, 31))
    replaced = replace(pub, bilingual=False)
    assert not replaced.bilingual


def test_long_table_pieces_join_seamlessly():
    """Past CHUNK_ROWS a table is laid out in pieces: every row once, in order, and the
    header row exactly once per page (never in the middle of a page)."""
    from desktop.core.notices.table_flow import CHUNK_ROWS
    n = CHUNK_ROWS * 2 + 50
    pub = c.Publication("高家湾村", date(2026, 4, 8), "〔2026〕1号")
    rows = [c.RosterRow("GJW0001", f"王刚{i}", "男", "汉族", "1980-01-01", "户主", "6127**********001X",
                        "一组", "在册", "高家湾村一组北巷16号") for i in range(n)]
    texts = pages_text(templates.render(c.RosterNotice(pub, rows)))
    seen = []
    for t in texts:
        assert t.count("与户主关系") == 1
        seen += re.findall(r"王刚(\d+)", t)
    assert seen == [str(i) for i in range(n)]
    assert "经办人（签字）" in texts[-1] and f"王刚{n - 1}" in texts[-1]


def test_selftest_render_writes_the_roster(demo_store, tmp_path):
    from desktop.core.notices import selftest_render
    path = selftest_render(demo_store, tmp_path / "self.pdf")
    assert path.read_bytes()[:5] == b"%PDF-" and "村民花名册" in pages_text(path.read_bytes())[0]


def test_pickers_offer_groups_and_skip_missing_areas(demo_store):
    from desktop.core.notices import pickers
    assert [v for _, v in pickers.choices(demo_store, "group")][:2] == ["一组", "二组"]
    assert pickers.choices(demo_store, "month") is None
    assert pickers.choices(demo_store, "place", "meeting") is None      # a meeting's place is typed
    if not demo_store.one("SELECT 1 FROM sqlite_master WHERE name='funds_decision'"):
        assert pickers.choices(demo_store, "decision") is None


@pytest.mark.parametrize("lines", range(20, 31, 2))
def test_signatures_never_alone_on_the_last_page(lines):
    """A form whose last table is short (kept whole) and whose closing does not fit: the
    table and its heading go with the signatures (the care monthly form spilled its
    signature line alone onto page 2); with room for all, nothing moves."""
    from desktop.core.notices.layout import Column, Notice
    pub = c.Publication("高家湾村", date(2026, 4, 8), "〔2026〕7号")
    n = Notice(pub, "托老服务月报表")
    for i in range(lines):
        n.paragraph(f"第 {i + 1} 段说明文字，用来把第一页填到接近满页。")
    n.heading("服务对象构成")
    n.table([Column("场所", 2.0), Column("服务人数", 1.0, "C")], [["高家湾村农村幸福院", 32]])
    n.signatures(["填报人（签字）"])
    pages = pages_text(n.render())
    last = re.sub(r"\s", "", pages[-1])
    assert "填报人" in last
    if len(pages) > 1:
        assert "服务对象构成" in last and "高家湾村农村幸福院" in last
