"""Korean (조선어) build: every interface string is extracted, translated, and shown."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
TS = ROOT / "resources" / "translations" / "cunwu_ko.ts"


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(m["context"], m["source"]) for m in translations.messages(path)}


def test_committed_ts_holds_every_interface_string(tmp_path):
    fresh = translations.extract(tmp_path / "fresh_ko.ts")
    missing = _keys(fresh) - _keys(TS)
    assert not missing, f"run `python tools/translations.py extract` and translate: {sorted(missing)[:10]}"


def test_every_korean_message_is_translated():
    unfinished = [m["source"] for m in translations.messages(TS)
                  if not m["translation"] or m["type"] in ("unfinished",)]
    assert unfinished == [], unfinished[:20]


def test_korean_names_the_yuan_one_way():
    """Yanbian readers say 원 for 元 (인민페 100원); screens and printed notices agree."""
    for path in (TS, ROOT / "desktop" / "core" / "notices" / "bilingual.py"):
        assert "위안" not in path.read_text(encoding="utf-8"), path.name


def test_placeholders_survive_translation():
    pattern = re.compile(r"%\d+|%[sdn]|\{[^}]*\}")
    bad = [m["source"] for m in translations.messages(TS)
           if sorted(pattern.findall(m["source"])) != sorted(pattern.findall(m["translation"]))]
    assert bad == []


@pytest.fixture
def korean(qapp, tmp_path):
    from PySide6.QtCore import QTranslator
    subprocess_qm = tmp_path / "cunwu_ko.qm"
    import subprocess
    subprocess.run([translations._tool("lrelease"), "-silent", str(TS), "-qm", str(subprocess_qm)], check=True)
    from desktop.ui import i18n
    # The program's own switch first (Qt's own strings too: a standard 确定 left installed by
    # an earlier test's Chinese would otherwise count), then the .ts compiled here on top.
    i18n.install_language(qapp, "ko")
    tr = QTranslator()
    assert tr.load(str(subprocess_qm))
    qapp.installTranslator(tr)
    yield
    qapp.removeTranslator(tr)
    i18n.install_language(qapp, "zh_CN")


def test_korean_interface_has_no_chinese_left(qtbot, korean, demo_store, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTabWidget, QTableView
    from PySide6.QtCore import Qt
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages import PAGES
    w = MainWindow(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(w)
    w.show()
    leftovers: list[str] = []
    for i in range(w.nav.count()):
        if HAN.search(w.nav.item(i).text()):
            leftovers.append(f"nav: {w.nav.item(i).text()}")
    for key, _ in PAGES:
        page = w.show_page(key)
        for b in page.findChildren(QAbstractButton):
            if b.text() and HAN.search(b.text()) and b.property("data") is None:
                leftovers.append(f"{key} button: {b.text()}")
        for g in page.findChildren(QGroupBox):
            if HAN.search(g.title()):
                leftovers.append(f"{key} group: {g.title()}")
        for t in page.findChildren(QTabWidget):
            for j in range(t.count()):
                if HAN.search(t.tabText(j)):
                    leftovers.append(f"{key} tab: {t.tabText(j)}")
        for view in page.findChildren(QTableView):
            model = view.model()
            if model is None:
                continue
            for c in range(model.columnCount()):
                head = model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
                if isinstance(head, str) and HAN.search(head):
                    leftovers.append(f"{key} column: {head}")
    assert leftovers == [], leftovers[:30]


# ---------------------------------------------------------------- core labels in Korean
def _core_terms() -> dict[str, set[str]]:
    """Every word the Qt-free core defines for the screen, by translation context."""
    import desktop.core.areas  # noqa: F401  (areas register their table labels)
    from desktop.core.care import kinds
    from desktop.core.funds import accounts, config, decisions, ledger
    from desktop.core.redwhite import codes as redwhite, hall
    from desktop.core.roster import codes, groups
    from desktop.core.security import policy
    from desktop.core.sync import registry, reports
    terms = {*codes.STATUSES, *codes.SPECIAL_GROUPS, *groups.DISABILITY_CATEGORIES, *codes.ETHNICITIES.values(),
             *(d for ds in codes.SPECIAL_GROUPS.values() for d in ds),
             *kinds.PLACE_KINDS, *kinds.ELDERLY_SERVICES, *kinds.CHILD_SERVICES, *kinds.ELDERLY_SHARES,
             *kinds.CHILD_SHARES, *redwhite.KINDS, *redwhite.ROLES, *redwhite.DECISIONS, *redwhite.STAGES.values(),
             *redwhite.VIOLATION_ACTIONS, *(f.label for f in redwhite.FIGURES), *(f.unit for f in redwhite.FIGURES),
             *hall.INCOME_CATEGORIES, *hall.EXPENSE_CATEGORIES, *hall.DIRECTIONS.values(),
             *accounts.SOURCES, *ledger.DIRECTIONS.values(), *ledger.INCOME_CATEGORIES, *ledger.EXPENSE_CATEGORIES,
             *(p["label"] for p in config.PRESETS.values()),
             *(s["name"] for p in config.PRESETS.values() for s in p["stages"]),
             decisions.IN_PROGRESS, decisions.RESOLVED, decisions.COMPLETED, decisions.ENDED,
             decisions.FAILED, decisions.WITHDRAWN,
             *reports.STATE_LABELS.values(), *registry.TABLE_LABELS.values(), *policy.ROLE_LABELS.values()}
    return {"CoreLabels": terms, "Relation": set(codes.RELATIONS)}


def test_every_core_term_is_marked_for_translation():
    """A term the core adds (a new status, service, fund source) must be marked in core_labels.py."""
    marked = {(m["context"], m["source"]) for m in translations.messages(TS)}
    missing = sorted(f"{ctx}: {t}" for ctx, terms in _core_terms().items() for t in terms if (ctx, t) not in marked)
    assert missing == [], "mark these in desktop/ui/core_labels.py and translate: " + "、".join(missing)


# Columns whose values people type (names, titles, notes): always data, even when a value
# happens to equal a core term (a fund the village named 村集体经营收入).
_TYPED_COLUMNS = {"name", "title", "subject", "summary", "purpose", "note", "rules", "place", "address", "reason",
                  "minutes", "question", "answer", "counterparty", "finding", "host_name", "display_name"}


def _data_values(store, core_terms: set[str]) -> list[str]:
    """Text with Han characters stored in the village file: people's and places' names, notes...
    A stored core code (status 在册, kind 婚事) is vocabulary, not data, unless a typed column holds it."""
    values = set()
    tables = [r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%'")]
    for table in tables:
        if table in ("change_log",):
            continue
        for col in store.query(f"PRAGMA table_info({table})"):
            name = col[1]
            for (value,) in store.query(f"SELECT DISTINCT {name} FROM {table} WHERE typeof({name})='text'"):
                if HAN.search(value) and (name in _TYPED_COLUMNS or value not in core_terms) and len(value) < 200:
                    values.add(value)
    return sorted(values, key=len, reverse=True)


def _visible_texts(root) -> list[tuple[str, str]]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox,
                                   QLabel, QLineEdit, QTabWidget, QWidget)
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        out.append(("tooltip", w.toolTip()))
        if isinstance(w, QAbstractButton):
            out.append(("button", w.text()))
        elif isinstance(w, QLabel):
            out.append(("label", w.text()))
        elif isinstance(w, QGroupBox):
            out.append(("group", w.title()))
        elif isinstance(w, QLineEdit):
            out.append(("placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):       # dates, counts: their format, suffix, special text
            out.append(("spin box", w.text()))
        elif isinstance(w, QTabWidget):
            out += [("tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [("combo item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount()
            except TypeError:            # list models take no column count
                columns = 1
            for c in range(columns):
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    out.append(("header", str(m.headerData(c, Qt.Horizontal, role) or "")))
            for r in range(min(m.rowCount(), 30)):
                for c in range(columns):
                    for role in (Qt.DisplayRole, Qt.ToolTipRole):
                        out.append(("cell", str(m.data(m.index(r, c), role) or "")))
    return [(kind, text) for kind, text in out if text]


def _chinese_left(texts, data: list[str]) -> list[str]:
    from desktop.ui.i18n import LANGUAGES
    # Each language is named in itself (简体中文 in the language list); a printed notice's number
    # (〔2026〕1号) and an amount in RMB capitals (壹佰元整, as the ledger prints it) are the Chinese
    # documents' own text: none of these is interface wording.
    allowed = [*data, *LANGUAGES.values()]
    left = set()
    for kind, text in texts:
        rest = re.sub(r"〔\d{4}〕\d+号|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负]{2,}", "", text)
        for value in allowed:
            if value in rest:
                rest = rest.replace(value, "")
        if HAN.search(rest):
            left.add(f"{kind}: {text}")
    return sorted(left)


def _walk_pages(window) -> list[tuple[str, str]]:
    from PySide6.QtWidgets import QTabWidget
    from desktop.ui.pages import PAGES
    texts = []
    for key, _ in PAGES:
        page = window.show_page(key)
        tab_sets = page.findChildren(QTabWidget)
        texts += _visible_texts(page)
        for tabs in tab_sets:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                texts += _visible_texts(page)
        if key == "notices":            # each kind of notice has its own option form
            for row in range(page.kinds.count()):
                page.kinds.setCurrentRow(row)
                texts += _visible_texts(page)
    return texts


def test_korean_pages_show_only_data_in_chinese(qtbot, korean, demo_store, tmp_path):
    """Walk every page and tab of the demo village in Korean: any Chinese left on screen must be
    data someone typed (a name, a note), never a label, status or term of the program."""
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    w = MainWindow(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(w)
    w.show()
    texts = _walk_pages(w)
    assert len(texts) > 500      # the walk really read the pages
    left = _chinese_left(texts, _data_values(demo_store, _core_terms()["CoreLabels"]))
    assert left == [], "\n".join(left[:40])


def test_korean_township_sync_page_shows_only_data_in_chinese(qtbot, korean, sites):
    """The township's own tabs (summary, reference data) in Korean, with its villages' data imported."""
    from PySide6.QtWidgets import QTabWidget
    from desktop.core.sync import exchange, importing, reference
    from desktop.ui.context import AppContext
    from desktop.ui.pages.sync import Page
    importing.import_bundle(sites.t, exchange.export_bundle(sites.a, "牛家梁镇", sites.dir)["path"])
    sites.t.set_setting("township.note", {"x": 1})
    reference.mark(sites.t, "settings")
    page = Page(AppContext(sites.t, sites.t.path))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    texts = []
    for tabs in page.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            texts += _visible_texts(page)
    assert any(kind == "cell" for kind, _ in texts)
    left = _chinese_left(texts, _data_values(sites.t, _core_terms()["CoreLabels"]))
    assert left == [], "\n".join(left[:40])


def _dialogs(ctx, tmp_path):
    """One of each dialog, opened on the demo's own records (name, widget)."""
    from desktop.core.care import enrolment, places
    from desktop.core.funds import accounts, decisions, ledger
    from desktop.core.redwhite import event_queries
    from desktop.ui.care import dialogs as care
    from desktop.ui.funds import decision_dialogs, dialogs as funds
    from desktop.ui.notices.settings_dialog import NoticeSettingsDialog
    from desktop.ui.redwhite.event_dialog import EventDialog
    from desktop.ui.redwhite.hall_tab import HallEntryDialog
    from desktop.ui.redwhite.members_tab import MemberDialog
    from desktop.ui.redwhite.standards_tab import NewVersionDialog
    from desktop.ui.redwhite.stats_tab import BaselineDialog
    from desktop.ui.roster.groups_panel import AddGroupDialog
    from desktop.ui.roster.household_view import HouseholdDialog, HouseholdInfoDialog
    from desktop.ui.roster.import_wizard import ImportWizard
    from desktop.ui.roster.person_dialog import PersonDialog
    from desktop.ui.security.login import LoginDialog
    from desktop.ui.security.users_panel import AddUserDialog
    from desktop.ui.setup_wizard import SetupWizard
    s = ctx.store
    # The oldest person in a special group: also shows the derived 高龄 row and its note.
    person = s.scalar("SELECT id FROM person WHERE id IN (SELECT person_id FROM person_group) "
                      "ORDER BY birth_date, id LIMIT 1")
    household = s.scalar("SELECT household_id FROM person WHERE id=?", (person,))
    place = places.list_places(s)[0]
    entry = next(e for e in ledger.list_entries(s) if e["status"] == "posted")
    decision = next((d for d in decisions.list_decisions(s) if decisions.next_stage(d)), decisions.list_decisions(s)[0])
    event = event_queries.list_events(s)[0]["id"]
    return [
        ("person", lambda: PersonDialog(ctx, person)), ("household", lambda: HouseholdDialog(ctx, household)),
        ("household_info", lambda: HouseholdInfoDialog(ctx, household)), ("add_group", lambda: AddGroupDialog()),
        ("import_wizard", lambda: ImportWizard(ctx)),
        ("place", lambda: care.PlaceDialog(s, places.get_place(s, place["id"]))),
        ("enrol", lambda: care.EnrolDialog(s, place)), ("day", lambda: care.DayDialog(s, place)),
        ("leave", lambda: care.LeaveDialog(s, enrolment.enrolments(s, place["id"])[0])),
        ("redwhite_event", lambda: EventDialog(ctx, event)), ("council_member", lambda: MemberDialog(s)),
        ("baseline", lambda: BaselineDialog(s)), ("hall_income", lambda: HallEntryDialog(s, "income")),
        ("hall_expense", lambda: HallEntryDialog(s, "expense")), ("standards_version", lambda: NewVersionDialog()),
        ("fund", lambda: funds.FundDialog(s)), ("budget", lambda: funds.BudgetDialog(s, accounts.list_funds(s)[0])),
        ("entry", lambda: funds.EntryDialog(s)), ("reverse", lambda: funds.ReverseDialog(s, entry)),
        ("query", lambda: funds.QueryDialog(s, entry)), ("decision", lambda: decision_dialogs.DecisionDialog(s)),
        ("advance", lambda: decision_dialogs.AdvanceDialog(s, decision)), ("signoff", lambda: funds.SignoffDialog(s, "2026-01")),
        ("decision_settings", lambda: decision_dialogs.SettingsDialog(s)), ("notice_settings", lambda: NoticeSettingsDialog(s)),
        ("login", lambda: LoginDialog(s)), ("add_user", lambda: AddUserDialog()),
        ("setup_wizard", lambda: SetupWizard(ctx)),
    ]


def test_korean_dialogs_show_only_data_in_chinese(qtbot, korean, demo_store, tmp_path):
    from PySide6.QtWidgets import QWizard
    from desktop.ui.context import AppContext
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    data = _data_values(demo_store, _core_terms()["CoreLabels"])
    left = []
    for name, make in _dialogs(ctx, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        texts = _visible_texts(dialog)
        if isinstance(dialog, QWizard):          # every page, not only the first one shown
            for page_id in dialog.pageIds():
                texts += _visible_texts(dialog.page(page_id))
        left += [f"{name} {line}" for line in _chinese_left(texts, data)]
    assert left == [], "\n".join(left[:60])


def test_korean_roster_change_dialogs_show_only_data_in_chinese(qtbot, korean, demo_store, monkeypatch):
    """The 人员变动 dialogs run modally from functions: catch each as it would open."""
    from PySide6.QtWidgets import QDialog
    from desktop.ui.roster import lifecycle_ui
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    person = dict(demo_store.one("SELECT * FROM person WHERE relation='户主' AND status='在册' LIMIT 1"))
    lifecycle_ui.choose_and_run(None, demo_store, person)
    for key in ("move_out", "death", "away", "back", "restore", "merge"):
        lifecycle_ui.run_action(None, demo_store, person, key)
    lifecycle_ui.move_household(None, demo_store, person)
    lifecycle_ui.change_head(None, demo_store, person["household_id"], person)
    assert len(opened) == 9      # every dialog was built
    data = _data_values(demo_store, _core_terms()["CoreLabels"])
    left = [line for d in opened for line in _chinese_left(_visible_texts(d), data)]
    assert left == [], "\n".join(left[:40])
