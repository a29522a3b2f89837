"""File names from user text are safe on Windows (issue 20 point 4): the names below are
what a clerk can type as a notice title, an event host or a village name."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from desktop.core.filenames import MAX_BYTES, safe_filename

WINDOWS_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


@pytest.mark.parametrize("text, expected", [
    ("关于2024年低保评议的公示.pdf", "关于2024年低保评议的公示.pdf"),
    ('修路/排水：第1期 "公示"?.pdf', "修路_排水：第1期 _公示.pdf"),  # full-width ： is allowed
    ("a\\b<c>d|e*f.xlsx", "a_b_c_d_e_f.xlsx"),
    ("CON.pdf", "_CON.pdf"),
    ("con.pdf", "_con.pdf"),
    ("nul", "_nul"),
    ("Com1.tar.gz", "_Com1.tar.gz"),
    ("LPT9 .txt", "_LPT9.txt"),
    ("console.pdf", "console.pdf"),                    # only the exact device names are reserved
    ("张家村...", "张家村"),                              # Windows drops trailing dots
    ("张家村 . ", "张家村"),
    ("../../etc/passwd", "etc_passwd"),
    ("..", "未命名"),
    ("???.pdf", "未命名.pdf"),
    ("", "未命名"),
    ("标题\n第二行\t.pdf", "标题_第二行.pdf"),
    ("公示\u202efdp.exe", "公示_fdp.exe"),              # a bidi override cannot disguise the suffix
    ("王𠮷祥-婚事.pdf", "王𠮷祥-婚事.pdf"),               # Extension B characters are kept
])
def test_safe_filename(text, expected):
    assert safe_filename(text) == expected


def test_fallback_is_used_when_nothing_survives():
    assert safe_filename("***", fallback="密钥卡") == "密钥卡"
    assert safe_filename("/.pdf", fallback="公告") == "公告.pdf"


def test_long_title_is_cut_by_bytes_keeping_the_extension():
    title = "关于" + "村" * 200 + "的公示"
    name = safe_filename(title + ".pdf")
    # 180 bytes: ".pdf" is 4, leaving 176 bytes = 58 three-byte characters (174 bytes).
    assert name == "关于" + "村" * 56 + ".pdf"
    assert len(name.encode("utf-8")) == 178


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_one_usable_name(tmp_path_factory, text):
    name = safe_filename(text)
    assert name and not name.startswith(".") and not name.endswith((".", " "))
    assert not WINDOWS_FORBIDDEN.search(name)
    assert name.split(".")[0].rstrip(" ").upper() not in RESERVED
    assert len(name.encode("utf-8")) <= MAX_BYTES
    folder = tmp_path_factory.mktemp("out")
    (folder / name).write_bytes(b"x")
    assert [p.name for p in folder.iterdir()] == [name]     # one file, inside the folder
    assert (folder / name).resolve().parent == Path(folder).resolve()


def test_bundle_file_name_from_village_names_is_safe():
    from desktop.core.sync.exchange import default_file_name
    manifest = {"sender": {"name": "张家村/东组"}, "receiver": {"name": "CON"}, "bundle_no": 7}
    assert default_file_name(None, manifest) == "张家村_东组-至-CON-0007.cwbundle"
    manifest = {"sender": {"name": "../.."}, "receiver": {"name": "李庄:*"}, "bundle_no": 12}
    assert default_file_name(None, manifest) == "-至-李庄_-0012.cwbundle"     # stays in the chosen folder
