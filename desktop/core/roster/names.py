"""Person names: tidy what was typed, and the pinyin keys search uses."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from db.errors import ValidationError
from desktop.core.inputs.text import refuse_invisible

MAX_NAME = 40
# Full-width ASCII (U+FF01-FF5E) to what NFKC makes of it, character by character.
_FULL_WIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F)}
_HAS_FULL_WIDTH = re.compile("[\uff01-\uff5e]")        # cheaper to look for than to translate
_SPACE = re.compile(r"\s+")
# The many dots people type in minority names all become U+00B7 (阿卜杜·热合曼).
_DOTS = re.compile(r"[\u00b7\u2022\u2027\u30fb\uff65\u2219\u22c5\u0387\u16eb\u2e31.．]")


def clean_name(raw: object, *, field: str = "name") -> str:
    """A person's name: the shared refusal of invisible characters (inputs.text), full-width
    letters folded, every dot made '·', white space removed (Chinese names have none)."""
    text = refuse_invisible(str(raw or ""), field=field, label="姓名")
    # NFKC would fold some rare compatibility ideographs; only fold full-width ASCII.
    if _HAS_FULL_WIDTH.search(text):
        text = text.translate(_FULL_WIDTH)
    text = _DOTS.sub("\u00b7", text)
    text = _SPACE.sub("", text)
    if not text:
        raise ValidationError("姓名不能为空。", field=field)
    if len(text) > MAX_NAME:
        raise ValidationError(f"姓名“{text[:12]}…”有 {len(text)} 个字，超过 {MAX_NAME} 个字的上限。",
                              field=field)
    if not text.isalpha() and any(c.isdigit() for c in text):       # (letters are never digits)
        raise ValidationError(f"姓名“{text}”里有数字，请检查是否填错了列。", field=field)
    return text


# Compound surnames (复姓): the given name starts after them.
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "轩辕", "令狐", "单于", "端木", "西门", "南宫", "独孤", "呼延", "万俟", "澹台", "钟离",
    "闻人", "申屠", "公羊", "赫连", "拓跋", "百里", "东郭", "濮阳", "太史", "第五", "左丘", "司空",
)
# Surnames read differently from the same character in ordinary words. pypinyin reads
# names as words (单 dan, 曾 ceng, 解 jie), so the surname position is fixed here.
SURNAME_READINGS: dict[str, list[str]] = {
    "单": ["shan"], "曾": ["zeng"], "解": ["xie"], "仇": ["qiu"], "朴": ["piao"], "区": ["ou"],
    "查": ["zha"], "盖": ["ge"], "乐": ["yue"], "覃": ["qin"], "翟": ["zhai"], "缪": ["miao"],
    "召": ["shao"], "种": ["chong"], "繁": ["po"], "员": ["yun"], "秘": ["bi"], "句": ["gou"],
    "折": ["she"], "黑": ["he"], "尉": ["yu"], "長": ["zhang"], "万": ["wan"], "纪": ["ji"],
    "任": ["ren"], "便": ["pian"], "过": ["guo"], "能": ["nai"], "隗": ["wei"], "宓": ["fu"],
    "沈": ["shen"], "华": ["hua"], "冼": ["xian"], "洗": ["xian"], "塔": ["ta"], "莘": ["shen"],
    "朝": ["chao"], "臧": ["zang"], "柏": ["bai"], "薄": ["bo"], "藏": ["zang"], "貟": ["yun"],
    "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "单于": ["chan", "yu"], "长孙": ["zhang", "sun"],
    "澹台": ["tan", "tai"], "令狐": ["ling", "hu"],
}


# What a clerk types by habit for those surnames: the character's everyday reading
# (单 dan, 曾 ceng, 解 jie). Search finds a person by either reading; the pinyin keys
# of this reading are kept in name_pinyin_alt / name_initials_alt (empty for everyone else).
EVERYDAY_READINGS: dict[str, list[str]] = {
    "单": ["dan"], "曾": ["ceng"], "解": ["jie"], "仇": ["chou"], "朴": ["pu"], "区": ["qu"],
    "查": ["cha"], "盖": ["gai"], "乐": ["le"], "覃": ["tan"], "翟": ["di"], "缪": ["mou"],
    "召": ["zhao"], "种": ["zhong"], "繁": ["fan"], "员": ["yuan"], "秘": ["mi"], "句": ["ju"],
    "折": ["zhe"], "黑": ["hei"], "尉": ["wei"], "便": ["bian"], "能": ["neng"], "隗": ["kui"],
    "宓": ["mi"], "洗": ["xi"], "莘": ["xin"], "朝": ["zhao"], "薄": ["bao"], "藏": ["cang"],
    "貟": ["yuan"],
    "尉迟": ["wei", "chi"], "万俟": ["wan", "si"], "单于": ["dan", "yu"], "长孙": ["chang", "sun"],
    "澹台": ["dan", "tai"],
}


def split_name(name: str) -> tuple[str, str]:
    """(surname, given). 阿卜杜·热合曼 -> ('阿卜杜', '热合曼'); 欧阳修 -> ('欧阳', '修')."""
    if "\u00b7" in name:
        first, _, rest = name.partition("\u00b7")
        return first, rest
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _syllables(text: str) -> list[str]:
    return list(_syllables_of(text))


@lru_cache(maxsize=65536)
def _syllables_of(text: str) -> tuple[str, ...]:
    # Cached: given names repeat far more than whole names. Imported here: pypinyin's
    # dictionaries take over a second to load, and most commands (and the GUI's first
    # screen) never write a name.
    from pypinyin import lazy_pinyin
    return tuple(s.lower() for s in lazy_pinyin(text, errors="ignore") if s.isascii() and s.isalpha())


def _keys(syllables: list[str]) -> tuple[str, str]:
    return "".join(syllables), "".join(s[0] for s in syllables)


def _readings(name: str) -> tuple[list[str], list[str] | None]:
    """Syllables of the name read with the surname reading, and with the everyday reading
    of a polyphonic surname (None when it has no other reading)."""
    if "\u00b7" in name:
        return _syllables(name), None
    surname, given = split_name(name)
    rest = _syllables(given)
    usual = list(SURNAME_READINGS.get(surname) or _syllables(surname)) + rest
    everyday = EVERYDAY_READINGS.get(surname)
    return usual, (everyday + rest if everyday else None)


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangsanfeng', 'zsf'). Characters without pinyin (𠮷, ·) are kept out of the keys.

    The surname is read as a surname: 单雄信 -> shanxiongxin, 曾国藩 -> zengguofan.
    """
    return _keys(_readings(name)[0])


def search_keys(name: str) -> dict[str, str]:
    """Every derived search column of a person row, from the (clean) name.

    name_pinyin_alt / name_initials_alt hold the everyday reading of a polyphonic surname
    (单雄信: danxiongxin, dxx); each is '' where it would equal the surname reading's key."""
    return dict(zip(_KEY_NAMES, _search_key_values(name)))


_KEY_NAMES = ("name_pinyin", "name_initials", "name_given", "name_pinyin_alt", "name_initials_alt")


@lru_cache(maxsize=16384)
def _search_key_values(name: str) -> tuple[str, ...]:
    # Cached, and built from the keys of the surname and of the given name, each cached on its
    # own: a county sheet or `cunwu check` meets more different names than a cache holds, but
    # far fewer surnames and given names, and pypinyin is the dearest part of writing a name.
    if "\u00b7" in name:
        usual, everyday = _readings(name)
        full, initials = _keys(usual)
        alt_full, alt_initials = _keys(everyday) if everyday else ("", "")
        given = split_name(name)[1]
    else:
        surname, given = split_name(name)
        rest_full, rest_initials = _part_keys(given)
        usual_full, usual_initials, everyday_full, everyday_initials = _surname_keys(surname)
        full, initials = usual_full + rest_full, usual_initials + rest_initials
        alt_full = everyday_full + rest_full if everyday_full is not None else ""
        alt_initials = everyday_initials + rest_initials if everyday_initials is not None else ""
    return (full, initials, given, alt_full if alt_full != full else "",
            alt_initials if alt_initials != initials else "")


@lru_cache(maxsize=16384)
def _part_keys(text: str) -> tuple[str, str]:
    """_keys of a given name (or any text) read on its own."""
    return _keys(_syllables(text))


@lru_cache(maxsize=4096)
def _surname_keys(surname: str) -> tuple[str, str, str | None, str | None]:
    """_keys of a surname read as a surname, and of its everyday reading (None, None without one):
    the first syllables of _readings' two readings."""
    usual = list(SURNAME_READINGS.get(surname) or _syllables(surname))
    everyday = EVERYDAY_READINGS.get(surname)
    return (*_keys(usual), *(_keys(everyday) if everyday else (None, None)))
