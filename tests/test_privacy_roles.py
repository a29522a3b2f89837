"""Issue 15: every way out of the file respects who is asking (security.visibility).

One test walks every export path for each role and looks for any full 身份证号 of the file
in what came out: the 监委会 and township users must find none, admin and clerk must find them
(else the walk proves nothing).
"""
from __future__ import annotations

import shutil

import openpyxl
import pytest

from desktop.core import open_store
from desktop.core.notices import roster_data
from desktop.core.security import users, visibility

PASSWORD = "pass-2026"
LOGIN = {"CUNWU_PASSWORD": PASSWORD}     # --user NAME reads the password from here
ROLES = ["admin", "clerk", "supervisor", "township"]
OUTSIDERS = {"supervisor", "township"}


@pytest.fixture
def office(demo_db, tmp_path):
    """The demo village with one user of every role; returns (path, id numbers, sample ids)."""
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_db, path)
    s = open_store(path)
    for role in ROLES:
        users.add_user(s, role, PASSWORD, role)
    numbers = {r[0] for r in s.query("SELECT id_number FROM person WHERE id_number IS NOT NULL")}
    person = s.one("SELECT p.id, h.hh_no FROM person p JOIN household h ON h.id=p.household_id "
                   "WHERE p.id_number IS NOT NULL AND p.phone != '' AND p.status='在册' LIMIT 1")
    s.close()
    assert len(numbers) > 100
    return path, numbers, dict(person)


def _full_numbers_in(text: str, numbers: set[str]) -> set[str]:
    return {n for n in numbers if n in text}


def _xlsx_text(path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


@pytest.mark.parametrize("role", ROLES)
def test_no_full_id_number_leaves_the_file_for_a_role_that_must_not_see_one(cli, office, role, tmp_path):
    path, numbers, person = office
    out_xlsx = tmp_path / f"{role}-roster.xlsx"
    seen = ""
    for args in (["roster", "search", "", "--limit", "2000", "--json"],
                 ["roster", "search", "", "--limit", "2000"],
                 ["roster", "show", person["id"], "--json"],
                 ["roster", "show", person["id"]],
                 ["roster", "household", "show", person["hh_no"], "--all", "--json"],
                 ["roster", "household", "show", person["hh_no"], "--all"],
                 ["roster", "export", out_xlsx]):
        code, out, err = cli(*args, "--db", path, "--user", role, env=LOGIN)
        text = out + err
        assert code == 0, (args, text)
        seen += text
    seen += _xlsx_text(out_xlsx)
    # Notices are printed for everyone: masked for every role.
    s = open_store(path)
    users.login(s, role, PASSWORD)
    seen += repr(roster_data.collect_roster(s)) + repr(roster_data.collect_household_form(s))
    s.close()
    # Whole-file ways out: refused for outsiders, and a refusal writes nothing.
    person_json = tmp_path / f"{role}-person.json"
    backup = tmp_path / f"{role}-backup"
    bundle = tmp_path / f"{role}-bundle"
    whole = [(["export-person", person["id"], "--out", person_json], person_json),
             (["backup", backup], backup),
             (["sync", "export", "--to", "乡镇", bundle], bundle)]
    for args, target in whole:
        code, out, err = cli(*args, "--db", path, "--user", role, env=LOGIN)
        text = out + err
        if role in OUTSIDERS:
            assert code == 1 and "只有管理员和村务员" in text, (args, text)
            assert not target.exists(), args
        elif target.exists():
            seen += target.read_text(encoding="utf-8") if target.is_file() else ""
    leaked = _full_numbers_in(seen, numbers)
    if role in OUTSIDERS:
        assert not leaked, f"{role} saw {len(leaked)} full ID numbers"
        assert "**********" in seen          # the masked forms are there: the walk saw the rows
    else:
        assert len(leaked) > 100             # the office sees them: the walk really covered the roster


def test_a_refused_roster_import_by_the_supervisor_writes_no_backup(cli, office, tmp_path):
    path, _, _ = office
    sheet = tmp_path / "in.csv"
    sheet.write_text("户号,姓名,身份证号\nX1,新人,\n", encoding="utf-8")
    folder = path.parent / "backups"
    before = set(folder.glob("*")) if folder.exists() else set()
    code, out, err = cli("roster", "import", sheet, "--db", path, "--user", "supervisor", env=LOGIN)
    text = out + err
    assert code == 1 and "监委会" in text
    after = set(folder.glob("*")) if folder.exists() else set()
    assert after == before


@pytest.mark.parametrize("role", ["supervisor", "township"])
def test_restore_is_refused_for_outsiders_and_leaves_the_file(cli, office, role, tmp_path):
    path, _, _ = office
    code, out, err = cli("backup", tmp_path / "b", "--db", path, "--user", "admin", env=LOGIN)
    text = out + err
    assert code == 0, text
    saved = next((tmp_path / "b").glob("*.sqlite"))
    code, out, err = cli("restore", saved, "--yes", "--db", path, "--user", role, env=LOGIN)
    text = out + err
    assert code == 1 and "只有管理员和村务员" in text
    assert not list(path.parent.rglob("*pre-restore*"))      # not even the safety copy was made


def test_policy_fields_by_role():
    """The table README's privacy section describes."""
    row = {"id_number": "610802196803051234", "phone": "13912345678", "birth_date": "1968-03-05",
           "address": "一组 12 号", "note": "家中有病人", "special": "低保、残疾（肢体二级）"}
    for role in (None, "admin", "clerk"):
        assert visibility.view_person(role, row) == row
    for role in OUTSIDERS:
        seen = visibility.view_person(role, row)
        assert seen == {"id_number": "6108**********1234", "phone": "139****5678", "birth_date": "1968",
                        "address": "一组 12 号", "note": "", "special": "低保、残疾"}
    assert visibility.view_person("somebody-else", row)["id_number"] == ""      # unknown role: nothing


def test_gui_household_view_and_person_dialog_mask_for_the_supervisor(office, qtbot):
    from PySide6.QtWidgets import QLineEdit
    from desktop.ui.context import AppContext
    from desktop.ui.roster.household_view import HouseholdDialog
    from desktop.ui.roster.person_dialog import PersonDialog
    path, numbers, person = office
    for role, must_see in (("supervisor", False), ("clerk", True)):
        s = open_store(path)
        users.login(s, role, PASSWORD)
        ctx = AppContext(s, path)
        hh_id = s.scalar("SELECT household_id FROM person WHERE id=?", (person["id"],))
        view = HouseholdDialog(ctx, hh_id)
        qtbot.addWidget(view)
        cells = " ".join(view.members.item(r, c).text() for r in range(view.members.rowCount())
                         for c in range(view.members.columnCount()) if view.members.item(r, c))
        dialog = PersonDialog(ctx, person["id"])
        qtbot.addWidget(dialog)
        fields = " ".join(e.text() for e in dialog.findChildren(QLineEdit))
        shown = cells + " " + fields
        assert bool(_full_numbers_in(shown, numbers)) is must_see, role
        assert dialog.read_only is (not must_see)
        if not must_see:
            assert "**********" in cells and "**********" in fields
            assert all(e.isReadOnly() for e in dialog.findChildren(QLineEdit))
        s.close()


# ------------------------------------------------------------ encrypted exports (point 2)
def _opened_for_writing(monkeypatch) -> list[str]:
    """Every path this process opens for writing from now on."""
    import builtins
    import os
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, mode="r", *a, **kw):
        if any(c in mode for c in "wax+"):
            seen.append(str(file))
        return real_open(file, mode, *a, **kw)

    def spy_os_open(path, flags, *a, **kw):
        if flags & (os.O_WRONLY | os.O_RDWR):
            seen.append(str(path))
        return real_os_open(path, flags, *a, **kw)
    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return seen


@pytest.mark.parametrize("passphrase", [None, "", "short", "aaaaaaaaaaaa"])
@pytest.mark.parametrize("what", ["roster", "person"])
def test_an_encrypted_export_without_a_good_passphrase_writes_nothing(cli, office, what, passphrase, monkeypatch, tmp_path):
    path, _, person = office
    out_dir = tmp_path / "U盘"
    out_dir.mkdir()
    if passphrase is None:
        monkeypatch.delenv("CUNWU_EXPORT_PASSPHRASE", raising=False)
        monkeypatch.setattr("sys.stdin", None)          # no terminal to type one at
    else:
        monkeypatch.setenv("CUNWU_EXPORT_PASSPHRASE", passphrase)
    args = (["roster", "export", out_dir / "r1.xlsx", "--encrypt"] if what == "roster" else
            ["export-person", person["id"], "--out", out_dir / "p.json", "--encrypt"])
    code, out, err = cli(*args, "--db", path, "--user", "clerk", env=LOGIN)
    text = out + err
    assert code == 1 and "口令" in text
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("what", ["roster", "person"])
def test_an_encrypted_export_never_writes_the_clear_text(cli, office, what, monkeypatch, tmp_path):
    from desktop.core.security import privacy
    path, numbers, person = office
    out_dir = tmp_path / "U盘"
    out_dir.mkdir()
    monkeypatch.setenv("CUNWU_EXPORT_PASSPHRASE", "村务通口令2026")
    target = out_dir / ("r1.xlsx" if what == "roster" else "p.json")
    args = (["roster", "export", target, "--encrypt"] if what == "roster" else
            ["export-person", person["id"], "--out", target, "--encrypt"])
    opened = _opened_for_writing(monkeypatch)
    code, out, err = cli(*args, "--db", path, "--user", "clerk", env=LOGIN)
    text = out + err
    monkeypatch.undo()
    assert code == 0, text
    sealed = out_dir / (target.name + ".cunwu-enc")
    assert [p.name for p in out_dir.iterdir()] == [sealed.name]
    written = [p for p in opened if str(out_dir) in p]
    # One temp name renamed into place; no clear file ever opened on the stick.
    assert len(written) == 1 and written[0].endswith(".partial") and ".cunwu-enc" in written[0]
    blob = sealed.read_bytes()
    assert not _full_numbers_in(blob.decode("latin-1"), numbers)
    plain = privacy.decrypt_file(sealed, "村务通口令2026", tmp_path / "plain")
    assert plain.stat().st_size > 100


def test_a_gui_export_job_runs_as_the_logged_in_supervisor(office, qtbot, tmp_path, monkeypatch):
    """Jobs open their own store on a worker thread: it must carry the user's role, or the export
    would see every field in full."""
    from PySide6.QtWidgets import QWidget
    from desktop.ui.context import AppContext
    from desktop.ui.roster.export import start_export
    from desktop.ui.roster.table_model import RosterFilter
    path, numbers, _ = office
    s = open_store(path)
    users.login(s, "supervisor", PASSWORD)
    page = QWidget()
    page.ctx = AppContext(s, path)
    qtbot.addWidget(page)
    out = tmp_path / "gui.xlsx"
    done = []
    job = start_export(page, page.ctx, RosterFilter(), out)
    job.done.connect(done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    text = _xlsx_text(out)
    assert "**********" in text and not _full_numbers_in(text, numbers)
    s.close()
