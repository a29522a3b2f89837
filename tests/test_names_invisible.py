"""Issue 15 point 8: names holding bidirectional or other invisible control characters are
refused at every entry point (core, CLI, roster import, care import, GUI) with a message."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from db.errors import ValidationError
from desktop.core.roster import excel_import as X, people
from desktop.core.security import users

ROOT = Path(__file__).resolve().parent.parent
# Right-to-left override, left-to-right isolate, right-to-left mark, zero-width space.
SNEAKY = ["王\u202e明华", "王\u2066明华", "王明\u200f华", "王\u200b明华"]


@pytest.mark.parametrize("name", SNEAKY)
def test_the_core_refuses_an_invisible_character_in_a_name(store, name):
    hh = people.add_household(store, hh_no="H1")
    with pytest.raises(ValidationError, match=f"U\\+{ord(next(c for c in name if c not in '王明华')):04X}"):
        people.add_person(store, household_id=hh, name=name, gender="男", relation="户主")
    assert store.scalar("SELECT COUNT(*) FROM person") == 0


def test_the_cli_refuses_it_with_a_message(tmp_path):
    db = tmp_path / "v.sqlite"
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop.cli", *map(str, a), "--db", db], cwd=ROOT,
                                    capture_output=True, text=True, encoding="utf-8")
    assert run("init", "--name", "高家湾村", "--code", "610802103201").returncode == 0
    assert run("roster", "household", "add", "H1").returncode == 0
    r = run("roster", "person", "add", "--name", "王\u202e明华", "--hh", "H1", "--relation", "户主")
    assert r.returncode == 1 and "U+202E" in r.stderr and "姓名" in r.stderr


def test_a_roster_import_reports_the_row_and_keeps_the_others(store, tmp_path):
    sheet = tmp_path / "in.csv"
    sheet.write_text("户号,姓名,性别,与户主关系\nH1,王\u202e明华,男,户主\nH2,李秀英,女,户主\n", encoding="utf-8")
    table = X.read_table(sheet)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added == 1
    assert any("U+202E" in reason for _, reason, _ in result.errors)
    assert [r[0] for r in store.query("SELECT name FROM person")] == ["李秀英"]


def test_a_user_name_with_a_bidi_override_is_refused(store):
    with pytest.raises(ValidationError, match="U\\+202E"):
        users.add_user(store, "adm\u202enim", "admin-pass", "admin")


def test_the_person_dialog_shows_it_and_will_not_save(qtbot, store, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.roster.person_dialog import PersonDialog
    ctx = AppContext(store, tmp_path / "cunwu.sqlite")
    d = PersonDialog(ctx)
    qtbot.addWidget(d)
    d.hh_no.setText("H1")
    d.name.setText("王\u202e明华")
    d.validate()
    assert "U+202E" in d.rows["name"].message.text()
    assert not d.buttons.button(QDialogButtonBox.Save).isEnabled()
