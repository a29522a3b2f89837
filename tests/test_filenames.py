"""File names from outside data: never a path, always accepted by Windows (issue 14 point 3)."""
from __future__ import annotations

import pytest

from desktop.core.filenames import safe_filename


@pytest.mark.parametrize("raw, expected", [
    ("../../../outside/x", "_.._.._outside_x"),
    ("..\\..\\windows\\x", "_.._windows_x"),
    ("高家湾村", "高家湾村"),
    ('a<b>c:d"e|f?g*h', "a_b_c_d_e_f_g_h"),
    ("CON", "_CON"), ("nul", "_nul"), ("COM1", "_COM1"), ("lpt9.txt", "_lpt9.txt"), ("con .txt", "_con .txt"),
    ("CONSOLE", "CONSOLE"),
    ("名字. ", "名字"), (" .hidden", "hidden"), ("..", "未命名"), ("", "未命名"), ("///", "未命名"),
    ("甲\u202e村", "甲村"), ("甲\u200b村", "甲村"), ("甲\n村\t", "甲_村"),
])
def test_names_from_outside_become_one_plain_name(raw, expected):
    assert safe_filename(raw) == expected


def test_long_names_are_cut_to_fit_any_file_system():
    name = safe_filename("村" * 400)
    assert name == "村" * 50 and len(name.encode("utf-8")) == 150


def test_result_never_leaves_the_folder(tmp_path):
    for raw in ("../../../outside/x", "..", "/etc/passwd", "C:\\Windows\\x", "a/../../b"):
        target = (tmp_path / safe_filename(raw)).resolve()
        assert target.parent == tmp_path.resolve(), raw
