"""Issue 15: every way out of the file respects who is asking (security.visibility).

One test walks every export path for each role and looks for any full 身份证号 of the file
in what came out: the 监委会 and township users must find none, admin and clerk must find them
(else the walk proves nothing).
"""
from __future__ import annotations

import json
import shutil

import openpyxl
import pytest

from desktop.cli import main as cli
from desktop.core import open_store
from desktop.core.notices import roster_data
from desktop.core.security import users, visibility

PASSWORD = "pass-2026"
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


def _run(capsys, monkeypatch, path, role, *args) -> tuple[int, str]:
    monkeypatch.setenv("CUNWU_PASSWORD", PASSWORD)
    code = cli([*map(str, args), "--db", str(path), "--user", role])
    out = capsys.readouterr()
    return code, out.out + out.err


def _full_numbers_in(text: str, numbers: set[str]) -> set[str]:
    return {n for n in numbers if n in text}


def _xlsx_text(path) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                     if v is not None)


@pytest.mark.parametrize("role", ROLES)
def test_no_full_id_number_leaves_the_file_for_a_role_that_must_not_see_one(office, role, capsys, monkeypatch,
                                                                          tmp_path):
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
        code, text = _run(capsys, monkeypatch, path, role, *args)
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
        code, text = _run(capsys, monkeypatch, path, role, *args)
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


def test_a_refused_roster_import_by_the_supervisor_writes_no_backup(office, capsys, monkeypatch, tmp_path):
    path, _, _ = office
    sheet = tmp_path / "in.csv"
    sheet.write_text("户号,姓名,身份证号\nX1,新人,\n", encoding="utf-8")
    folder = path.parent / "backups"
    before = set(folder.glob("*")) if folder.exists() else set()
    code, text = _run(capsys, monkeypatch, path, "supervisor", "roster", "import", sheet)
    assert code == 1 and "监委会" in text
    after = set(folder.glob("*")) if folder.exists() else set()
    assert after == before


@pytest.mark.parametrize("role", ["supervisor", "township"])
def test_restore_is_refused_for_outsiders_and_leaves_the_file(office, role, capsys, monkeypatch, tmp_path):
    path, _, _ = office
    code, text = _run(capsys, monkeypatch, path, "admin", "backup", tmp_path / "b")
    assert code == 0, text
    saved = next((tmp_path / "b").glob("*.sqlite"))
    code, text = _run(capsys, monkeypatch, path, role, "restore", saved, "--yes")
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
