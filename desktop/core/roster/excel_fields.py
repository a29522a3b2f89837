"""The roster fields an imported sheet can fill, the header texts clerks use for them,
and the cleaning of one cell value per field (Excel numbers, dates, full-width digits).

Kept apart from the reader and the importer so the wizard can list fields and labels
without touching a file.
"""
from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from db.errors import ValidationError
from desktop.core.roster import codes, idcard

# (key, Chinese label, required?) in the order the import wizard shows them.
FIELDS: list[tuple[str, str, bool]] = [
    ("name", "姓名", True),
    ("id_number", "身份证号", False),
    ("gender", "性别", False),
    ("ethnicity", "民族", False),
    ("birth_date", "出生日期", False),
    ("relation", "与户主关系", False),
    ("hh_no", "户号", False),
    ("group", "村民小组", False),
    ("address", "住址", False),
    ("phone", "联系电话", False),
    ("status", "户籍状态", False),
    ("special", "特殊群体", False),
    *[(f"special:{kind}", kind, False) for kind in codes.SPECIAL_GROUPS],
    # When each group began (纳入/认定日期): one column for all the row's groups, or one per group.
    ("special_since", "特殊群体起始日期", False),
    *[(f"special_since:{kind}", f"{kind}起始日期", False) for kind in codes.SPECIAL_GROUPS if kind != "高龄"],
    ("note", "备注", False),
]
FIELD_LABELS: dict[str, str] = {key: label for key, label, _ in FIELDS}
REQUIRED = [key for key, _, required in FIELDS if required]

# Header texts (after normalise_header) that name a field exactly.
_EXACT: dict[str, str] = {}
_VARIANTS = {
    "name": "姓名 名字 人员姓名 成员姓名 家庭成员姓名 村民姓名 居民姓名 户籍人口姓名",
    "id_number": "身份证号 身份证号码 公民身份号码 公民身份证号 公民身份证号码 身份证 证件号码 证件号 "
                 "身份号码 身份证件号码 居民身份证号码 居民身份证号",
    "gender": "性别",
    "ethnicity": "民族 族别",
    "birth_date": "出生日期 出生年月 出生年月日 生日 出生时间",
    "relation": "与户主关系 关系 与户主的关系 家庭关系 户内关系 与户主关系称谓 称谓",
    "hh_no": "户号 户编号 户籍号 户口编号 家庭编号 户代码 户口号",
    "group": "组别 村民小组 小组 组 所属小组 所在小组 村组 所属村民小组 组名",
    "address": "住址 家庭住址 地址 现住址 户籍地址 居住地址 家庭地址 户籍地 现居住地址",
    "phone": "联系电话 电话 手机 手机号 手机号码 电话号码 联系方式 联系手机",
    "status": "户籍状态 状态 人员状态 在册状态",
    "special": "特殊群体 特殊人群 人员类别 特殊身份 困难类型 帮扶类别 群体类别",
    "note": "备注 说明 备考",
}
for _key, _words in _VARIANTS.items():
    for _w in _words.split():
        _EXACT[_w] = _key

# Special-group aliases, used for header texts and for items in a 特殊群体 cell.
SPECIAL_ALIASES: dict[str, str] = {
    "低保": "低保", "低保户": "低保", "低保对象": "低保", "最低生活保障": "低保",
    "特困": "特困供养", "特困供养": "特困供养", "特困人员": "特困供养", "特困供养人员": "特困供养",
    "五保": "特困供养", "五保户": "特困供养", "五保供养": "特困供养",
    "残疾": "残疾", "残疾人": "残疾", "残疾类别": "残疾", "残疾等级": "残疾", "残疾情况": "残疾",
    "残疾类别等级": "残疾", "残疾类型": "残疾",
    "高龄": "高龄", "高龄老人": "高龄",
    "空巢": "空巢老人", "空巢老人": "空巢老人", "独居": "独居老人", "独居老人": "独居老人",
    "留守儿童": "留守儿童", "留守老人": "留守老人", "留守妇女": "留守妇女",
    "困境儿童": "困境儿童", "孤儿": "孤儿", "优抚": "优抚对象", "优抚对象": "优抚对象",
    "脱贫户": "脱贫户", "脱贫": "脱贫户", "脱贫人口": "脱贫户",
    "监测户": "监测户", "监测对象": "监测户", "防返贫监测户": "监测户", "防返贫监测对象": "监测户",
}
for _alias, _kind in SPECIAL_ALIASES.items():
    _EXACT.setdefault(_alias, f"special:{_kind}")

# Columns that carry nothing to import (derived or a running number).
IGNORED_HEADERS = {"序号", "编号", "年龄", "户主姓名", "户主", "户主身份证号", "户主身份证号码", "人数",
                   "家庭人口", "户人口数", "错误原因", "原行号"}
# Substring rules for headers not in the exact table, tried in order.
_CONTAINS = [
    ("户主", None), ("身份", "id_number"), ("证件", "id_number"), ("关系", "relation"),
    ("户号", "hh_no"), ("户编号", "hh_no"), ("电话", "phone"), ("手机", "phone"),
    ("出生", "birth_date"), ("住址", "address"), ("地址", "address"), ("民族", "ethnicity"),
    ("性别", "gender"), ("姓名", "name"), ("备注", "note"), ("小组", "group"), ("组别", "group"),
    ("状态", "status"),
]

_PAREN = re.compile(r"[（(\[【].*?[）)\]】]")
_HEADER_JUNK = re.compile(r"[\s*＊:：]")


def normalise_header(text: Any) -> str:
    """'身份证号码（18位）*' -> '身份证号码'; '是否 低保' -> '低保'."""
    if text is None:
        return ""
    t = unicodedata.normalize("NFKC", str(text))
    t = _PAREN.sub("", t)
    t = _HEADER_JUNK.sub("", t)
    if t.startswith("是否") and len(t) > 2:
        t = t[2:]
    return t


# A header naming when a group began: 纳入日期, 低保认定时间, 享受起始年月, 空巢老人开始日期.
_SINCE_WORDS = re.compile(r"(纳入|认定|起始|开始|享受|批准|审批|登记)\S*(日期|时间|年月)$|(日期|时间|年月)$")
_SINCE_GENERIC = re.compile(r"^(纳入|认定|起始|开始|享受|批准|审批)\S*(日期|时间|年月)$|^(起始|开始)$")


def _since_field(t: str) -> str | None:
    """special_since[:kind] for a start-date header, else None (出生日期 is not one)."""
    if "出生" in t or not _SINCE_WORDS.search(t):
        return None
    for alias, kind in sorted(SPECIAL_ALIASES.items(), key=lambda kv: -len(kv[0])):
        if alias in t and len(alias) >= 2 and kind != "高龄":
            return f"special_since:{kind}"
    if _SINCE_GENERIC.match(t) or t.startswith("特殊群体") or t.startswith("特殊人群"):
        return "special_since"
    return None


def guess_field(header: Any) -> str | None:
    """The field key a header text names, or None."""
    t = normalise_header(header)
    if not t or t in IGNORED_HEADERS:
        return None
    if t in _EXACT:
        return _EXACT[t]
    since = _since_field(t)
    if since:
        return since
    for alias, kind in sorted(SPECIAL_ALIASES.items(), key=lambda kv: -len(kv[0])):
        if alias in t and len(alias) >= 2:
            return f"special:{kind}"
    for part, key in _CONTAINS:
        if part in t:
            return key
    return None


def header_score(cells: list[Any]) -> int:
    """How many cells of a row read like known headers (used to find the header row)."""
    return sum(1 for c in cells if isinstance(c, str) and guess_field(c) is not None)


# ------------------------------------------------------------------ cleaning
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Any character _FOLD changes: most cells have none, and the search is cheaper than translate.
_WIDE = re.compile("[\uff01-\uff5e\u3000]")


def fold_ascii(text: str) -> str:
    """Full-width ASCII (１２３ＡＢ) and the ideographic space to half-width, leaving CJK
    (and rare characters) alone."""
    return text.translate(_FOLD) if _WIDE.search(text) else text


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """Any cell as tidy text: numbers lose a spurious '.0', dates become YYYY-MM-DD."""
    if type(value) is str:          # most cells: first, before the other types' tests
        if value.isascii():
            return value.strip()
        return (value.translate(_FOLD) if _WIDE.search(value) else value).strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return fold_ascii(str(value)).strip()


_WHITE = re.compile(r"\s+")


def code_text(value: Any) -> str:
    """户号 and similar codes: a number cell 12.0 is '12'; spaces dropped."""
    return _WHITE.sub("", text(value))


def gender(value: Any) -> str | None:
    t = text(value).lower()
    if not t:
        return None
    if t in ("男", "男性", "m", "male", "1"):
        return "男"
    if t in ("女", "女性", "f", "female", "2"):
        return "女"
    raise ValidationError(f"性别“{t}”无法识别，应为“男”或“女”。", field="gender")


def ethnicity(value: Any) -> str | None:
    t = text(value)
    if not t:
        return None
    code = codes.ethnicity_code(t) or codes.ethnicity_code(t + "族")   # 汉 -> 汉族
    if code is None:
        raise ValidationError(f"民族“{t}”不在 GB 3304 的 56 个民族中。", field="ethnicity")
    return code


_EXCEL_EPOCH = date(1899, 12, 30)
_FULL_DATE = re.compile(r"^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*[.\-/月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[.\-/年]\s*(\d{1,2})\s*月?$|^(\d{4})(\d{2})$")
_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}")
_DATE_HINT = "可写作 1985-03-12、1985.3.12、1985/03/12、1985年3月12日 或 19850312"


class YearMonth(tuple):
    """A birth 'date' giving only (year, month) (出生年月): checked against the ID, never
    stored. month is None when Excel made it ambiguous (1985.1 may have been 1985.10)."""


def birth_date(value: Any) -> date | YearMonth | None:
    """Dates as Excel gives them: datetime cells, serial numbers, or text in many forms."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            n = int(value)
            if 19000101 <= n <= 21001231:
                return _ymd(str(n)[:4], str(n)[4:6], str(n)[6:], value)
            if 190001 <= n <= 210012:
                return _year_month(str(n)[:4], str(n)[4:], value)
            if 1 <= n <= 80000:
                return _EXCEL_EPOCH + timedelta(days=n)
        elif math.isfinite(value):
            # 1985.03 typed into a number cell (出生年月); 1985.1 may have been 1985.10.
            year, _, frac = repr(float(value)).partition(".")
            if 1900 <= int(year) <= 2100 and len(frac) <= 2:
                if frac == "1":
                    return YearMonth((int(year), None))
                return _year_month(year, frac, value)
        raise ValidationError(f"出生日期“{text(value)}”看不懂（{_DATE_HINT}）。", field="birth_date")
    t = text(value)
    if _WITH_TIME.match(t):
        t = t[:10]
    m = _FULL_DATE.match(t) or _COMPACT_DATE.match(t)
    if m:
        return _ymd(*m.groups(), value)
    m = _YEAR_MONTH.match(t)
    if m:
        y, mo = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return _year_month(y, mo, value)
    raise ValidationError(f"出生日期“{t}”看不懂（{_DATE_HINT}）。", field="birth_date")


def _ymd(y: str, m: str, d: str, raw: Any) -> date:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        raise ValidationError(f"出生日期“{text(raw)}”不存在。", field="birth_date") from None


def _year_month(y: str, m: str, raw: Any) -> YearMonth:
    if not 1 <= int(m) <= 12:
        raise ValidationError(f"出生年月“{text(raw)}”中的月份不对。", field="birth_date")
    return YearMonth((int(y), int(m)))


def id_number_raw(value: Any) -> Any:
    """What to hand idcard.parse: an integer cell of 16+ digits lost digits like a float."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 10 ** 15:
        return float(value)
    return value


_SPLIT = re.compile(r"[、,，;；/|\s]+")
_YES = {"是", "√", "✓", "✔", "☑", "1", "y", "yes", "有", "●", "★", "○", "true", "对", "是的"}
_NO = {"否", "无", "0", "n", "no", "×", "x", "✗", "false", "不是", "-", "—", "/"}


def special_cell(kind: str, value: Any) -> tuple[str, str, str | None] | None:
    """A per-group column (低保: 是/√/1, a detail such as 分散供养 / 肢体二级, or the date it
    began, as many sheets write): (kind, detail, start date or None)."""
    if isinstance(value, (date, datetime)):
        return kind, "", since_date(value)
    t = text(value)
    if not t or t.lower() in _NO:
        return None
    if t.lower() in _YES:
        return kind, "", None
    detail, since = split_since(re.sub(r"\s+", "", t))
    return kind, detail, since


_SINCE_TEXT = re.compile(r"^(?:自|从|于)?(\d{4}\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}\s*日?)?\s*月?|\d{8})"
                         r"(?:起|开始|纳入|认定|享受)?$")
_SINCE_HINT = "可写作 2023-05-01、2023.5.1、2023年5月 或 20230501"


def split_since(detail: str) -> tuple[str, str | None]:
    """'2023-05' -> ('', '2023-05-01'); '肢体二级，2020.3起' -> ('肢体二级', '2020-03-01'); else (detail, None)."""
    if _SINCE_TEXT.match(detail):
        return "", since_date(detail)
    head, sep, tail = detail.rpartition("，") if "，" in detail else detail.rpartition(",")
    if sep and _SINCE_TEXT.match(tail):
        return head, since_date(tail)
    return detail, None


def since_date(value: Any) -> str:
    """When a special group began, as a sheet writes it: a date cell, 2023-05-01, 2023.5.1,
    20230501, or just the month (2023年5月: from its first day). Not after today."""
    raw = value
    if isinstance(value, str):
        m = _SINCE_TEXT.match(re.sub(r"\s+", "", fold_ascii(value)))
        value = m.group(1) if m else value
    try:
        day = birth_date(value)
    except ValidationError:
        raise ValidationError(f"特殊群体起始日期“{text(raw)}”看不懂（{_SINCE_HINT}）。",
                              field="special_since") from None
    if isinstance(day, YearMonth):
        if day[1] is None:
            raise ValidationError(f"特殊群体起始日期“{text(raw)}”的月份看不清（1 月还是 10 月？），请写成 2023-10。",
                                  field="special_since")
        day = date(day[0], day[1], 1)
    if day is None:
        raise ValidationError("特殊群体起始日期为空。", field="special_since")
    if day.year < 1950 or idcard.in_future(day):
        raise ValidationError(f"特殊群体起始日期“{text(raw)}”不合理（应在 1950 年以后、今天以前）。",
                              field="special_since")
    return day.isoformat()


def _split_outside_brackets(t: str) -> list[str]:
    """_SPLIT's separators, except inside （…）: '残疾（肢体二级，2020.3起）、低保' is two items."""
    items, depth, current = [], 0, []
    for ch in t:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(depth - 1, 0)
        if depth == 0 and _SPLIT.fullmatch(ch):
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [i for i in items if i]


def special_list(value: Any) -> list[tuple[str, str, str | None]]:
    """A 特殊群体 cell: '低保、残疾（肢体二级）' -> [('低保','',None), ('残疾','肢体二级',None)].
    A date beside a group is when it began: '低保（2023-05起）', '空巢老人 2024.3.1'."""
    t = re.sub(r"(\d)\s*/\s*(?=\d)", r"\1-", text(value))     # 2023/5/1 is a date, not two items
    out: list[tuple[str, str, str | None]] = []
    for item in _split_outside_brackets(t):
        if not item:
            continue
        if out and _SINCE_TEXT.match(item) and out[-1][2] is None:
            out[-1] = (out[-1][0], out[-1][1], since_date(item))     # '低保 2023-05-01'
            continue
        since = None
        m = re.match(r"^(.*?)[（(](.*)[）)]$", item)
        if m:
            detail, since = split_since(m.group(2))
            item = m.group(1) + (f"（{detail}）" if detail else "")
        m = re.match(r"^(.*?)[（(](.*)[）)]$", item)
        head, detail = (m.group(1), m.group(2)) if m else (item, "")
        kind = SPECIAL_ALIASES.get(head) or (head if head in codes.SPECIAL_GROUPS else None)
        if kind is None:
            # '分散供养五保' / '肢体二级残疾': the alias at either end.
            for alias, k in sorted(SPECIAL_ALIASES.items(), key=lambda kv: -len(kv[0])):
                if head.endswith(alias) or head.startswith(alias):
                    kind, detail = k, detail or head.replace(alias, "")
                    break
        if kind is None:
            raise ValidationError(
                f"特殊群体“{item}”无法识别（可填：{'、'.join(codes.SPECIAL_GROUPS)}，多个用顿号分隔）。",
                field="special")
        out.append((kind, detail, since))
    return out


STATUS_ALIASES = {"在册": "在册", "正常": "在册", "在籍": "在册", "外出务工": "外出务工", "外出": "外出务工",
                  "务工": "外出务工", "迁出": "迁出", "已迁出": "迁出", "死亡": "死亡", "已故": "死亡",
                  "去世": "死亡", "已死亡": "死亡", "已合并": "已合并"}


def status(value: Any) -> str | None:
    t = text(value)
    if not t:
        return None
    s = STATUS_ALIASES.get(t)
    if s is None:
        raise ValidationError(f"户籍状态“{t}”无法识别（可填：{'、'.join(codes.STATUSES)}）。", field="status")
    return s
