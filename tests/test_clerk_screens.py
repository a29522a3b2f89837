"""Issue 16: the setup wizard asks for the groups, the notice options are a proper form,
the funds preview is sharp at 150 %, money columns line up on the right."""
from __future__ import annotations

from desktop.core import open_store, village
from desktop.ui.context import AppContext


def test_setup_wizard_asks_for_the_groups(qtbot, db_path):
    from desktop.ui.setup_wizard import SetupWizard
    store = open_store(db_path)
    w = SetupWizard(AppContext(store, db_path))
    qtbot.addWidget(w)
    w.start.village.setChecked(True)
    w.place.name.setText("小河村")
    w.place.code.setText("610802103202")
    w.place.groups.setText("一组，二组 三组")
    w.clerk.use_password.setChecked(False)
    w.create()
    assert [g["name"] for g in village.groups(store)] == ["一组", "二组", "三组"]
    store.close()


def _notices_page(qtbot, demo_store, tmp_path):
    from desktop.ui.pages.notices import Page
    page = Page(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_notice_form_marks_required_fields_and_picks_periods(qtbot, demo_store, tmp_path):
    from PySide6.QtWidgets import QLabel, QLineEdit
    from desktop.ui.period_edit import PeriodEdit
    page = _notices_page(qtbot, demo_store, tmp_path)
    page.select_kind("disclosure")
    period = page.option_widgets["period"]
    assert isinstance(period, PeriodEdit)
    label = page.options_form.labelForField(period)
    assert isinstance(label, QLabel) and "*" in label.text()
    # The clerk picks 季度, 2026, 第 1 季度 instead of guessing the form "2026-Q1".
    period.kind.setCurrentIndex(period.kind.findData("quarter"))
    period.year.setValue(2026)
    period.part.setCurrentIndex(period.part.findData(1))
    assert page.option_values()["period"] == "2026-Q1"
    page.set_option("period", "2025-11")
    assert period.kind.currentData() == "month" and period.text() == "2025-11"
    # Example text says it is an example.
    page.select_kind("meeting")
    meeting = page.option_widgets["meeting"]
    assert isinstance(meeting, QLineEdit) and meeting.placeholderText().startswith("例：")
    assert meeting.text() == ""


def test_a_missing_field_is_named_without_command_line_flags(qtbot, demo_store, tmp_path):
    from desktop.core.notices import registry
    from db.errors import ValidationError
    import pytest
    with pytest.raises(ValidationError) as caught:
        registry.parse_options(registry.get("disclosure"), {})
    assert "公开期间" in str(caught.value) and "--" not in str(caught.value)


def test_cli_still_names_the_option_to_type(tmp_path, demo_db):
    import shutil
    import subprocess
    import sys
    db = tmp_path / "v.sqlite"
    shutil.copy(demo_db, db)
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--db", str(db), "notice", "render", "disclosure",
                           "--pdf", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert done.returncode == 1
    assert "公开期间" in done.stderr and "--period" in done.stderr and "Traceback" not in done.stderr


def test_print_history_is_folded_away_and_has_no_hash_column(qtbot, demo_store, tmp_path):
    page = _notices_page(qtbot, demo_store, tmp_path)
    assert not page.history.isVisible()
    headers = [page.history.horizontalHeaderItem(c).text() for c in range(page.history.columnCount())]
    assert not any("SHA" in h or "哈希" in h for h in headers)
    page.history_toggle.setChecked(True)
    assert page.history.isVisible()


def test_funds_preview_is_drawn_at_the_screens_pixel_ratio(qapp):
    """At 150 % a page gets 1.5 times the pixels and keeps its size on screen (not blurred)."""
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from desktop.ui.kit.pdf import pdf_images
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.drawString(72, 720, "2026 Q1")
    c.save()
    plain, = pdf_images(buffer.getvalue(), scale=1.0, ratio=1.0)
    sharp, = pdf_images(buffer.getvalue(), scale=1.0, ratio=1.5)
    # A4 is 595 x 842 points: at scale 1 that many pixels, at 150 % half as many again.
    assert abs(plain.width() - 595) <= 1 and abs(sharp.width() - 893) <= 2
    assert sharp.devicePixelRatio() == 1.5
    assert abs(sharp.deviceIndependentSize().width() - plain.width()) <= 1
