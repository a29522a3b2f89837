"""The core's messages reach the Korean interface in Korean (issue 16, point 6).

The catalogue resources/translations/core_ko.json is checked against the templates found in
the code now (tools/core_messages.py reads the sources), so a new refusal written without its
Korean fails here. Translations are compared with hand-written expectations, not with the
catalogue itself.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from db.errors import ValidationError
from desktop.core import messages
from desktop.core.inputs.money import parse_money

ROOT = Path(__file__).resolve().parent.parent
HAN = re.compile(r"[\u3400-\u9fff]")


def _extractor():
    spec = importlib.util.spec_from_file_location("core_messages", ROOT / "tools" / "core_messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["core_messages"] = module        # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def found():
    return _extractor().extract(ROOT)


@pytest.fixture(scope="module")
def catalogue():
    return json.loads((ROOT / "resources" / "translations" / "core_ko.json").read_text(encoding="utf-8"))


def test_extractor_finds_the_refusals_of_the_core(found):
    # Hand-picked refusals from three areas; their templates must be among those found.
    for template in ("{label}不能为空。", "村名不能为空。", "{label}“{raw}”格式不对：{reason}。",
                     "身份证号“{text}”校验位不对（最后一位应为 {expect}），可能有数字录错。"):
        assert template in found.templates
    assert len(found.templates) > 450
    assert "姓名" in found.terms and "身份证号" in found.terms     # import field names
    assert "千位分隔逗号位置不对" in found.terms                    # a reason passed through a variable


def test_every_core_template_and_term_has_korean_with_the_same_placeholders(found, catalogue):
    extractor = _extractor()
    missing = [t for t in found.templates if not catalogue["messages"].get(t)]
    assert not missing, f"{len(missing)} core messages without Korean (run tools/translations.py extract-core " \
                        f"and translate core_ko.json), e.g. {missing[:5]}"
    differ = [t for t in found.templates
              if extractor.placeholders(t) != extractor.placeholders(catalogue["messages"][t])]
    assert not differ, f"placeholders differ: {differ[:5]}"
    missing_terms = [t for t in found.terms if not catalogue["terms"].get(t)]
    assert not missing_terms, f"terms without Korean: {missing_terms[:10]}"
    untranslated = [t for t, v in catalogue["messages"].items() if v and HAN.search(re.sub(r"“[^”]*”", "", v))
                    and not re.search(r"[年月日号条]", v)]
    assert not untranslated, f"Korean entries still holding Chinese: {untranslated[:5]}"


def test_localize_fills_translated_templates():
    ko = "ko"
    assert messages.localize("村名不能为空。", ko) == "촌 이름은 비워 둘 수 없습니다."
    # A field label in the placeholder is translated too; the row prefix of an import row.
    err = ValidationError("姓名不能为空。", row=12)
    assert messages.localize(str(err), ko) == "제12행: 성명은 비워 둘 수 없습니다."
    # Data in a placeholder (a raw value the clerk typed) is kept as typed.
    with pytest.raises(ValidationError) as info:
        parse_money("1,2.3", label="金额")
    assert messages.localize(str(info.value), ko) == \
        "금액 “1,2.3”의 형식이 맞지 않습니다: 천 단위 쉼표 위치가 맞지 않음."
    # Chinese stays Chinese; an unknown text is returned unchanged rather than lost.
    assert messages.localize("村名不能为空。", "zh_CN") == "村名不能为空。"
    assert messages.localize("这句话不是程序的消息", ko) == "这句话不是程序的消息"


def test_a_term_the_catalogue_lacks_goes_through_the_callers_translation():
    text = "张三 已是低保（自 2026-01-01 起），如需更改请先结束原记录。"
    out = messages.localize(text, "ko", term=lambda w: {"低保": "최저생활보장"}.get(w, w))
    assert out == "张三은(는) 이미 최저생활보장입니다(2026-01-01부터). 변경하려면 먼저 원래 기록을 종료하십시오."


def test_a_refusal_from_a_real_store_comes_out_korean(tmp_path):
    from db.store import Store
    from desktop.core import village
    store = Store.open(tmp_path / "v.sqlite")
    try:
        with pytest.raises(Exception) as info:
            village.init_site(store, name="  ", division_code="610802001001")
    finally:
        store.close()
    text = messages.localize(str(info.value), "ko")
    assert not HAN.search(text), text


# ---------------------------------------------------------------- in the Korean interface
@pytest.fixture
def korean_ui(qapp):
    from desktop.ui import i18n
    assert i18n.install_language(qapp, "ko"), "cunwu_ko.qm could not be built or loaded"
    yield
    i18n.install_language(qapp, "zh_CN")


def test_refusals_reach_the_korean_interface_in_korean(qtbot, korean_ui, demo_store, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox
    from desktop.core import village
    from desktop.ui import errors
    from desktop.ui.roster.person_dialog import PersonDialog
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(title + text)))
    # Three refusals from three areas, through the GUI's one refusal display.
    for attempt in (lambda: village.update_site(demo_store, name=" "),
                    lambda: parse_money("12..5", label="金额"),
                    lambda: village.add_group(demo_store, "")):
        with pytest.raises(Exception) as info:
            attempt()
        errors.show_error(None, info.value)
    assert len(shown) == 3
    assert [t for t in shown if HAN.search(t)] == [], shown
    # The person dialog's inline ID check: a wrong check digit, said in Korean.
    from desktop.ui.context import AppContext
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("测试")
    dialog.id_number.setText("110105194912310021")
    dialog.validate()
    message = dialog.rows["id_number"].message.text()
    assert "신분증번호" in message and not HAN.search(message), message
    dialog.close()


def test_main_dialogs_in_korean_show_no_chinese_of_their_own(qtbot, korean_ui, demo_store, tmp_path):
    """The dialogs a clerk opens most, in Korean: titles, buttons, group titles, placeholders
    and the import wizard's field names carry no Chinese (labels may show data: names,
    addresses, a village's own rules)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLineEdit
    from desktop.ui.context import AppContext
    from desktop.ui.funds.dialogs import EntryDialog
    from desktop.ui.notices.settings_dialog import NoticeSettingsDialog
    from desktop.ui.redwhite.event_dialog import EventDialog
    from desktop.ui.roster.person_dialog import PersonDialog
    from desktop.ui.setup_wizard import SetupWizard
    sys.path.insert(0, str(ROOT / "tests"))
    from support.layout_walk import import_wizard_on_mapping
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    makers = {"person": lambda: PersonDialog(ctx), "event": lambda: EventDialog(ctx),
              "entry": lambda: EntryDialog(demo_store), "notice settings": lambda: NoticeSettingsDialog(demo_store),
              "import mapping": lambda: import_wizard_on_mapping(ctx, None), "setup wizard": lambda: SetupWizard(ctx)}
    leftovers = []
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [dialog.windowTitle()] + [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        texts += [g.title() for g in dialog.findChildren(QGroupBox)]
        texts += [e.placeholderText() for e in dialog.findChildren(QLineEdit) if e.isVisible()]
        if name == "setup wizard":        # its later pages' examples (一组 二组 三组 was left)
            texts += [e.placeholderText() for e in dialog.findChildren(QLineEdit)]
        if name == "import mapping":      # the field each column goes to
            texts += [c.currentText() for c in dialog.mapping_page.findChildren(QComboBox)]
        leftovers += [f"{name}: {t}" for t in texts if HAN.search(t)]
        dialog.close()
    assert leftovers == [], leftovers


# ------------------------------------------- what the core says while and after it works
def _progress_labels(monkeypatch) -> list[str]:
    """Every text a job's progress dialog was given (after the program translated it). The
    dialog's own method is wrapped: the job's slot stays the program's (a slot replaced by a
    test function may be called on the worker thread)."""
    from PySide6.QtWidgets import QProgressDialog
    shown: list[str] = []
    original = QProgressDialog.setLabelText

    def set_label_text(self, text):
        shown.append(text)
        original(self, text)
    monkeypatch.setattr(QProgressDialog, "setLabelText", set_label_text)
    return shown


def _without(text: str, data: list[str]) -> str:
    """`text` less the data in it (names, groups, file names: shown as they are)."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, "")
    return text


def test_a_roster_import_in_korean_says_everything_in_korean(qtbot, korean_ui, store, db_path, tmp_path,
                                                              monkeypatch):
    """The import's progress lines, its summary, the row notes and errors and the files it
    wrote, driven through the wizard in Korean: no Chinese but the sheet's own data."""
    from datetime import date
    import openpyxl
    from PySide6.QtWidgets import QAbstractButton, QLabel
    from desktop.core.roster import idcard
    from desktop.ui.context import AppContext
    from desktop.ui.roster.import_wizard import ImportWizard
    from desktop.core.roster.idcard import make
    good = make("610802", date(1960, 3, 5), 11, True)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    old15 = idcard.make("610802", date(1955, 6, 1), 21, False)
    old15 = old15[:6] + old15[8:17]                       # the same person's 15-digit number
    rows = [["户编号", "组别", "姓名", "与户主关系", "性别", "公民身份号码"],
            ["K001", "一组", "金英浩", "户主", "男", good],
            ["K001", "一组", "朴顺姬", "表姐", "女", old15],         # a relation not in the code table
            ["", "二组", "崔明", "户主", "男", idcard.make("610802", date(1970, 1, 1), 31, True)],   # no 户号
            ["K003", "二组", "李四", "户主", "男", bad]]             # a wrong check digit: not imported
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    sheet = tmp_path / "roster.xlsx"
    wb.save(sheet)
    progress = _progress_labels(monkeypatch)
    wizard = ImportWizard(AppContext(store, db_path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(sheet))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job is not None and not wizard.job.thread.isRunning(), timeout=20000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=5000)
    wizard.next()                                           # 开始导入
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=30000)
    result = wizard.result
    assert (result.added, len(result.errors)) == (3, 1) and len(result.notes) >= 2
    page = wizard.summary_page
    texts = [page.summary.text()] + [page.errors.item(i).text() for i in range(page.errors.count())]
    texts += [label.text() for label in page.files.findChildren(QLabel)]
    texts += [b.text() for b in page.files.findChildren(QAbstractButton)]
    data = [str(c) for row in rows[1:] for c in row if c] + [result.error_workbook.name, result.backup.name]
    data += [str(result.error_workbook), str(result.backup)] + [n.split("为 ")[-1] for _, n in result.notes]
    # The core's own progress lines were there (backup before writing, the rows) and are Korean.
    assert any("가져오는 중" in t for t in progress) and any("백업" in t or "복사" in t for t in progress), progress
    leftovers = [t for t in texts + progress if HAN.search(_without(t, data))]
    assert leftovers == [], leftovers


def test_a_check_in_korean_says_its_steps_results_and_findings_in_korean(qtbot, korean_ui, demo_store, monkeypatch):
    """`cunwu check` from the backup panel in Korean: the progress lines, each check's name
    and detail, and a finding about a record edited behind the program's back."""
    from desktop.ui.context import AppContext
    from desktop.ui.security.backup_panel import BackupPanel
    pid, name = demo_store.one("SELECT id, name FROM person LIMIT 1")
    demo_store.conn.execute("UPDATE person SET gender = CASE gender WHEN '男' THEN '女' ELSE '男' END WHERE id=?",
                            (pid,))
    # and an entry of the change log rewritten: the chain's finding names it by number
    # (someone with the file and a SQLite tool drops the append-only triggers first)
    for trigger in ("change_log_no_update", "change_log_redact_only"):
        demo_store.conn.execute(f"DROP TRIGGER {trigger}")
    demo_store.conn.execute("UPDATE change_log SET data = replace(data, '\"', '\" ') WHERE seq = 7")
    progress = _progress_labels(monkeypatch)
    panel = BackupPanel(AppContext(demo_store, demo_store.path))
    qtbot.addWidget(panel)
    panel.check_file()
    qtbot.waitUntil(lambda: getattr(panel, "result_box", None) is not None, timeout=120000)
    box = panel.result_box
    assert any("변경 기록을 재생해 대조" in t for t in progress), progress      # 按变更记录重放核对
    # The finding names the record (data) and the field; everything said around it is Korean.
    assert "✘" in box.detailedText() and "gender" in box.detailedText()
    assert "제7건 변경 기록의 내용이 수정되었습니다" in box.detailedText(), box.detailedText()
    lines = [box.windowTitle(), box.text()] + box.detailedText().split("\n")
    leftovers = [t for t in lines + progress if HAN.search(_without(t, [name, pid]))]
    assert leftovers == [], leftovers
    box.close()


def test_the_disclosure_summary_in_korean_names_the_period_and_sign_offs_in_korean(qtbot, korean_ui, demo_store):
    """The 财务公开 tab's line above the preview: the period (2026年3月) and who signed which
    months off come from the core; only the amounts in Chinese capitals (大写, the legal form)
    stay Chinese."""
    from desktop.ui.context import AppContext
    from desktop.ui.funds.disclosure_tab import DisclosureTab, build_sheet
    tab = DisclosureTab(AppContext(demo_store, demo_store.path))
    qtbot.addWidget(tab)
    for period in ("2026-Q1", "2026-03"):
        tab.year.setValue(2026)
        tab.span.setCurrentIndex(tab.span.findData(period[5:]))
        rep, pdf = build_sheet(demo_store, lambda *a: None, period)
        tab._show((rep, pdf))
        text = tab.summary.text()
        assert text.startswith("2026년 1분기" if period.endswith("Q1") else "2026년 3월"), text
        capitals = [rep["totals"]["income_capitals"], rep["totals"]["expense_capitals"]]
        assert not HAN.search(_without(text, capitals)), text
