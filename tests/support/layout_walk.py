"""Walk every page, tab and main dialog on one simulated screen and report what does not fit.

Run by tests/test_layout_screens.py in a child process per screen (Qt's offscreen platform
takes its screen size and device pixel ratio from a JSON file named at start-up):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.support.layout_walk DEMO.sqlite OUT_DIR TAG

For each language (zh_CN, ko) and font size (标准 12pt, 特大 17pt) it opens the main window
on a copy of the demo village, visits every page and tab, opens the dialogs a clerk's day
goes through, saves a screenshot of each to OUT_DIR, and prints one JSON list of problems:
a window larger than the available screen area, a button outside its window or the screen,
a figure column (right-aligned numbers) pushed out of its table or too narrow for its text.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QTableView, QTabBar, QTabWidget,
                               QWidget)

LANGUAGES = ("zh_CN", "ko")
FONT_SIZES = (12, 17)
# How many rows of a table are measured for the width their figures need.
MEASURED_ROWS = 30


def inside_scroll_viewport(widget: QWidget, window: QWidget) -> bool:
    """Widgets in a scroll area may lie outside it: the clerk scrolls to them."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def check_window(window: QWidget, name: str) -> list[str]:
    app = QApplication.instance()
    for _ in range(3):              # layout, then the column arrangement it sets off
        QApplication.processEvents()
    area = window.screen().availableGeometry() if window.screen() else app.primaryScreen().availableGeometry()
    problems = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{name}: window {frame.getRect()} outside the screen {area.getRect()}")
    need = window.minimumSizeHint()
    if need.width() > area.width() or need.height() > area.height():
        problems.append(f"{name}: needs at least {need.width()}x{need.height()}, screen {area.width()}x{area.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or isinstance(button.parentWidget(), QTabBar) \
                or inside_scroll_viewport(button, window):
            continue
        top_left = button.mapTo(window, button.rect().topLeft())
        rect = QRect(top_left, button.size())
        if not window.rect().contains(rect):
            problems.append(f"{name}: button “{button.text()}” at {rect.getRect()} outside its window "
                            f"{window.width()}x{window.height()}")
    for table in window.findChildren(QTableView):
        if table.isVisibleTo(window):
            problems += check_figure_columns(table, name)
    from desktop.ui.kit.pdf import PdfView
    for view in window.findChildren(PdfView):      # a preview is read without scrolling sideways
        if view.isVisibleTo(window) and view.widget().width() > view.viewport().width():
            problems.append(f"{name}: preview {view.widget().width()}px wide in a view of {view.viewport().width()}px")
    return problems


def is_figure_column(table: QTableView, column: int) -> bool:
    from desktop.ui.table_columns import is_figure_column as figure
    return figure(table, column)


def check_figure_columns(table: QTableView, name: str) -> list[str]:
    """A figure column is one whose cells are right-aligned: it must be inside the table's
    visible width and wide enough for each figure shown."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return []
    problems = []
    metrics = table.fontMetrics()
    viewport = table.viewport().width()
    rows = min(model.rowCount(), MEASURED_ROWS)
    figures = [c for c in range(model.columnCount()) if not table.isColumnHidden(c) and is_figure_column(table, c)]
    # When the figures alone are wider than the table, it scrolls sideways whatever the text
    # columns do; what must not happen is text columns taking the room the figures need.
    texts = [c for c in range(model.columnCount()) if not table.isColumnHidden(c) and c not in figures]
    narrowest = table.horizontalHeader().minimumSectionSize()
    room_for_figures = sum(table.columnWidth(c) for c in figures) + narrowest * len(texts) <= viewport
    for column in figures:
        header = model.headerData(column, Qt.Horizontal)
        left = table.columnViewportPosition(column)
        width = table.columnWidth(column)
        if room_for_figures and (left < 0 or left + width > viewport):
            problems.append(f"{name}: figure column “{header}” at x={left}..{left + width} outside the table's "
                            f"visible width {viewport}")
            continue
        for row in range(rows):
            text = model.index(row, column).data(Qt.DisplayRole)
            if text is None:
                continue
            needed = metrics.horizontalAdvance(str(text)) + 6
            if needed > width:
                problems.append(f"{name}: figure column “{header}” is {width}px, “{text}” needs {needed}px")
                break
    return problems


class Walk:
    def __init__(self, demo: Path, out: Path, tag: str, only: str = ""):
        self.demo, self.out, self.tag, self.only = demo, out, tag, only
        self.problems: list[str] = []
        self.shots = 0

    def look(self, window: QWidget, name: str) -> None:
        self.problems += check_window(window, name)
        window.grab().save(str(self.out / f"{self.tag}_{name}.png"))
        self.shots += 1

    def run(self) -> None:
        from desktop.ui import i18n
        from desktop.ui.app import make_app
        from desktop.ui.style import apply_look
        app = make_app()
        for language in LANGUAGES:
            for size in FONT_SIZES:
                if self.only and self.only != f"{language}_{size}":
                    continue
                i18n.install_language(app, language)
                apply_look(app, size)
                self.walk_main_window(f"{language}_{size}pt", app)

    def walk_main_window(self, combo: str, app) -> None:
        from desktop.ui.app import open_context
        from desktop.ui.main_window import MainWindow
        from desktop.ui.pages import PAGES
        work = Path(tempfile.mkdtemp(prefix="cunwu-layout-")) / "village.sqlite"
        shutil.copy(self.demo, work)
        ctx = open_context(work)
        window = MainWindow(ctx)
        window.show()
        for key, _title in PAGES:
            page = window.show_page(key)
            tabs = getattr(page, "tabs", None)
            if isinstance(tabs, QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    self.look(window, f"{combo}_{key}_{index}")
            else:
                self.look(window, f"{combo}_{key}")
        # The widest page decides the window: look again at the first page after all were built.
        window.show_page("home")
        self.look(window, f"{combo}_after_all_pages")
        for name, make in self.dialogs(ctx, window):
            dialog = make()
            dialog.show()
            self.look(dialog, f"{combo}_dialog_{name}")
            dialog.close()
            dialog.deleteLater()
        window.close()
        window.deleteLater()
        app.processEvents()
        ctx.store.close()

    def dialogs(self, ctx, window):
        """(name, constructor) of the dialogs on a clerk's walk."""
        from desktop.core.care import places
        from desktop.core.care.report_pdf import monthly_pdf
        from desktop.ui.care.dialogs import EnrolDialog
        from desktop.ui.care.print_dialog import PrintDialog
        from desktop.ui.funds.dialogs import EntryDialog
        from desktop.ui.notices.settings_dialog import NoticeSettingsDialog
        from desktop.ui.redwhite.event_dialog import EventDialog
        from desktop.ui.roster.household_view import HouseholdDialog
        from desktop.ui.roster.import_wizard import ImportWizard
        from desktop.ui.roster.person_dialog import PersonDialog
        from desktop.ui.setup_wizard import SetupWizard
        store = ctx.store
        person = store.scalar("SELECT id FROM person WHERE status='在册' ORDER BY id LIMIT 1")
        household = store.scalar("SELECT household_id FROM person WHERE id=?", (person,))
        place = places.list_places(store)[0]
        month = store.scalar("SELECT substr(MAX(day), 1, 7) FROM care_attendance") or "2026-01"
        event = store.scalar("SELECT id FROM redwhite_event ORDER BY start_date DESC LIMIT 1")
        yield "setup_wizard", lambda: SetupWizard(ctx)
        yield "import_wizard", lambda: ImportWizard(ctx, window)
        yield "import_mapping", lambda: import_wizard_on_mapping(ctx, window)
        yield "person_new", lambda: PersonDialog(ctx, parent=window)
        yield "person_edit", lambda: PersonDialog(ctx, person, parent=window)
        yield "household", lambda: HouseholdDialog(ctx, household, window)
        yield "care_enrol", lambda: EnrolDialog(store, place, window)
        yield "care_pdf", lambda: PrintDialog("月报表", monthly_pdf(store, place["id"], month), "x.pdf", window)
        yield "redwhite_new", lambda: EventDialog(ctx, parent=window)
        if event:
            yield "redwhite_event", lambda: EventDialog(ctx, event, window)
        yield "fund_entry", lambda: EntryDialog(store, window)
        yield "notice_settings", lambda: NoticeSettingsDialog(store, window)


def roster_sheet(folder: Path) -> Path:
    """A small roster as villages keep them: a title row, Chinese headers, one bad ID number
    (its long reason must stay readable in the wizard's preview)."""
    import openpyxl
    from datetime import date
    from desktop.core.roster import idcard
    good = idcard.make("610802", date(1960, 3, 5), 11, True)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["高家湾村花名册（2025年）"])
    ws.append(["户编号", "组别", "姓名", "与户主关系", "性别", "公民身份号码", "联系电话", "家庭住址"])
    ws.append(["W001", "一组", "王建国", "户主", "男", good, "13900000001", "一组1号"])
    ws.append(["W002", "二组", "李四", "户主", "男", bad, "", "二组7号"])
    path = folder / "花名册.xlsx"
    wb.save(path)
    return path


def import_wizard_on_mapping(ctx, window):
    """The import wizard on its second page (columns and preview), with a file read."""
    import time
    from PySide6.QtWidgets import QApplication
    from desktop.ui.roster.import_wizard import ImportWizard
    wizard = ImportWizard(ctx, window)
    wizard.show()
    wizard.file_page.path.setText(str(roster_sheet(Path(tempfile.mkdtemp(prefix="cunwu-sheet-")))))
    wizard.next()
    deadline = time.monotonic() + 60
    while (wizard.job is None or wizard.job.thread.isRunning()) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    if wizard.currentPage() is not wizard.mapping_page:
        raise RuntimeError("the import wizard did not reach its mapping page")
    return wizard


def wait_for(job) -> None:
    """Let a worker job finish (its progress dialog and the done signal run on this thread)."""
    import time
    deadline = time.monotonic() + 120
    while job.thread.isRunning() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()


def clerk_walk(out: Path, tag: str) -> tuple[list[str], int]:
    """A clerk's first day, in Chinese with the 特大 font: setup wizard on a new file, import
    the roster, care register, a red-white event, a fund entry, the 财务公开 preview and the
    sync page. Every window is checked (it fits the screen, its buttons are on it) and
    captured. The data steps go through the core, the windows are the program's own."""
    from datetime import date
    from desktop.core import village
    from desktop.core.care import enrolment, places
    from desktop.core.funds import accounts
    from desktop.core.redwhite import standards
    from desktop.ui import i18n
    from desktop.ui.app import make_app, open_context
    from desktop.ui.care.dialogs import EnrolDialog
    from desktop.ui.funds.dialogs import EntryDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.redwhite.event_dialog import EventDialog
    from desktop.ui.setup_wizard import SetupWizard
    from desktop.ui.style import apply_look
    walk = Walk(Path(), out, tag)
    app = make_app()
    i18n.install_language(app, "zh_CN")
    apply_look(app, 17)
    ctx = open_context(Path(tempfile.mkdtemp(prefix="cunwu-clerk-")) / "village.sqlite")
    wizard = SetupWizard(ctx)
    wizard.show()
    for step in range(len(wizard.pageIds())):
        walk.look(wizard, f"{step + 1:02d}_setup_wizard_page{step + 1}")
        if wizard.currentId() == wizard.pageIds()[-1]:
            break
        wizard.next()
    wizard.close()
    village.init_site(ctx.store, name="高家湾村", division_code="610802103201", township="牛家梁镇",
                      groups=["一组", "二组"])
    window = MainWindow(ctx)
    window.show()
    window.show_page("roster")
    walk.look(window, "02_roster_empty")
    importer = import_wizard_on_mapping(ctx, window)
    walk.look(importer, "03_import_mapping")
    importer.next()                                     # 开始导入
    if importer.job is not None:
        wait_for(importer.job)
    walk.look(importer, "04_import_summary")
    importer.close()
    place = places.add_place(ctx.store, name="高家湾幸福院", kind="幸福院", capacity=20, meal_subsidy_fen=300)
    ctx.changed("care")
    window.show_page("care")
    walk.look(window, "05_care_register")
    enrol = EnrolDialog(ctx.store, places.get_place(ctx.store, place), window)
    enrol.show()
    walk.look(enrol, "06_care_enrol")
    enrol.close()
    person = ctx.store.scalar("SELECT id FROM person ORDER BY id LIMIT 1")
    if person:
        enrolment.enrol(ctx.store, place, person, date.today().replace(day=1).isoformat())
    standards.adopt_example(ctx.store, f"{date.today().year}-01-01")
    ctx.changed("redwhite")
    window.show_page("redwhite")
    walk.look(window, "07_redwhite")
    event = EventDialog(ctx, parent=window)
    event.show()
    walk.look(event, "08_redwhite_event")
    event.close()
    accounts.add_fund(ctx.store, "村级组织运转经费", opening_fen=1_000_000, opening_date=f"{date.today().year}-01-01")
    ctx.changed("funds")
    funds = window.show_page("funds")
    walk.look(window, "09_funds")
    entry = EntryDialog(ctx.store, window)
    entry.show()
    walk.look(entry, "10_fund_entry")
    entry.close()
    funds.tabs.setCurrentWidget(funds.disclosure)
    wait_for(funds.disclosure.preview())
    walk.look(window, "11_disclosure_preview")
    window.show_page("sync")
    walk.look(window, "12_sync_export")
    window.close()
    ctx.store.close()
    return walk.problems, walk.shots


def main(argv: list[str]) -> int:
    if argv and argv[0] == "clerk":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        problems, shots = clerk_walk(out, argv[2])
        print(json.dumps({"problems": problems, "shots": shots}, ensure_ascii=False))
        return 0
    demo, out, tag = Path(argv[0]), Path(argv[1]), argv[2]
    out.mkdir(parents=True, exist_ok=True)
    walk = Walk(demo, out, tag, argv[3] if len(argv) > 3 else "")
    walk.run()
    print(json.dumps({"problems": walk.problems, "shots": walk.shots}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
