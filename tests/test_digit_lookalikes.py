"""Characters that str.isdigit() accepts but int() refuses (², ①) are refused like any other
bad text, never a crash: found by the sheet fuzz campaign (an ethnicity cell holding '²').
Full-width digits, which int() reads, keep working."""
from __future__ import annotations

import pytest

from db.errors import ValidationError
from desktop.core.care.importer import _parse_mark
from desktop.core.inputs.text import parse_count
from desktop.core.roster.codes import ethnicity_code
from desktop.core.roster.excel_export import _natural
from desktop.core.roster.import_clean import group_key

LOOKALIKES = ["²", "①", "৪²"]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_digits_are_refused_or_kept_as_text(text):
    assert ethnicity_code(text) is None
    assert _parse_mark(text) is None
    assert group_key(text + "组") == text
    assert _natural("A" + text) == _natural("A" + text)          # sorts without raising
    with pytest.raises(ValidationError, match="应为整数"):
        parse_count(text, field="tables", label="桌数")


def test_full_width_digits_still_count():
    assert ethnicity_code("０１") == "01"
    assert parse_count("１２", field="tables", label="桌数") == 12
    assert _parse_mark("２") == (True, 2)
