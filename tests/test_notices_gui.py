"""The notices page: preview inside the program, zoom and pages, print, save, history."""
from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.core.notices import history
from desktop.ui.context import AppContext
from desktop.ui.pages.notices import Page


def make_page(qtbot, demo_store, tmp_path):
    ctx = AppContext(demo_store, demo_store.path)
    page = Page(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def preview(qtbot, page):
    with qtbot.waitSignal(page.preview().done, timeout=60000):
        pass


def test_preview_navigate_zoom_save_and_history(qtbot, demo_store, tmp_path):
    page = make_page(qtbot, demo_store, tmp_path)
    page.select_kind("allowance")
    page.set_option("program", "高龄")
    page.set_option("month", "2026-03")
    assert not page.save_btn.isEnabled()               # nothing to save before a preview
    preview(qtbot, page)
    viewer = page.viewer
    assert viewer.page_count >= 2 and not viewer.canvas.pixmap().isNull()
    width = viewer.canvas.pixmap().width()
    viewer.zoom_in()
    assert viewer.fit == "" and viewer.canvas.pixmap().width() > width
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.canvas.pixmap().width() < width
    viewer.set_fit("page")
    viewer.next_page()
    assert viewer.page == 1 and viewer.prev_btn.isEnabled()
    viewer.go_to(99)
    assert viewer.page == viewer.page_count - 1 and not viewer.next_btn.isEnabled()

    demo_store.actor = "王会计"
    out = tmp_path / "高龄公示.pdf"
    assert page.save_to(out)
    pdf = out.read_bytes()
    assert PdfReader(io.BytesIO(pdf)).pages[0].extract_text().count("高龄补贴发放公示") >= 1
    rows = history.entries(demo_store)
    assert rows[0]["sha256"] == history.sha256(pdf) and rows[0]["actor"] == "王会计"
    assert rows[0]["action"] == "save" and rows[0]["params"]["program"] == "高龄"
    assert page.history.rowCount() == len(rows)
    assert history.sha256(pdf) in page.history.item(0, 1).toolTip()     # technical: a tooltip, not a column

    page.set_option("month", "2026-04")               # changed options: must preview again
    assert not page.print_btn.isEnabled() and not page.save_btn.isEnabled()


def test_print_paints_every_page_and_is_recorded(qtbot, demo_store, tmp_path):
    page = make_page(qtbot, demo_store, tmp_path)
    page.select_kind("meeting")
    page.set_option("time", "2026-03-08 09:00")
    page.set_option("place", "村委会会议室")
    page.set_option("attendees", "全体村民代表")
    page.set_option("agenda", ["审议道路硬化方案", "通报财务"])
    preview(qtbot, page)
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert page.print_to(printer) == page.viewer.page_count == 1
    printed = PdfReader(str(target))
    assert len(printed.pages) == 1
    rows = history.entries(demo_store, kind="meeting")
    assert rows[0]["action"] == "print" and rows[0]["target"] == str(target)
    assert rows[0]["number"] and rows[0]["params"]["agenda"] == ["审议道路硬化方案", "通报财务"]


def test_bad_options_show_the_reason_and_keep_buttons_off(qtbot, demo_store, tmp_path, message_boxes):
    shown = message_boxes.said("warning")
    page = make_page(qtbot, demo_store, tmp_path)
    page.select_kind("allowance")
    page.set_option("program", "低保")
    page.set_option("amount", "12.345")
    with qtbot.waitSignal(page.preview().error, timeout=60000):
        pass
    assert "最多两位小数" in page.status.text() and shown
    assert not page.print_btn.isEnabled()


def test_area_fed_kind_without_its_area_says_so(qtbot, demo_store, tmp_path):
    from desktop.core.notices import registry
    page = make_page(qtbot, demo_store, tmp_path)
    missing = [k for k in registry.KINDS if not k.available()]
    if not missing:
        return                                         # every area has shipped its collector
    page.select_kind(missing[0].key)
    assert "暂时无法生成" in page.status.text()


def test_settings_dialog_saves_through_the_store(qtbot, demo_store, tmp_path):
    from desktop.ui.notices.settings_dialog import NoticeSettingsDialog
    dialog = NoticeSettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.dibao.text() == "450.00"
    dialog.bilingual.setChecked(True)
    dialog.dibao.setText("500")
    dialog.elderly["90"].setText("120.5")
    dialog.accept()
    assert demo_store.setting("notices.bilingual") is True
    assert demo_store.setting("notices.allowance.低保") == 50000
    assert demo_store.setting("notices.allowance.高龄")["90"] == 12050
    page = make_page(qtbot, demo_store, tmp_path)
    assert page.bilingual.isChecked()


def test_every_registry_text_is_marked_for_translation():
    from desktop.core.notices import registry
    from desktop.ui.notices.kind_strings import KIND_STRINGS
    texts = set()
    for k in registry.KINDS:
        texts |= {k.title, k.description}
        for o in k.options:
            texts |= {o.label, o.help, *o.choices}
    texts |= set(registry.AREA_NAMES.values()) | set(history.ACTIONS.values())
    assert texts - {""} <= set(KIND_STRINGS)
