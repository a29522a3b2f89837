"""The village's notice settings, read and saved as one validated whole (GUI and CLI)."""
from __future__ import annotations

from dataclasses import dataclass, field

from db import Store
from db.errors import ValidationError
from desktop.core.notices.publication import DEFAULT_DISCLOSURE_DAYS, DEFAULT_NUMBER_FORMAT
from desktop.core.notices.roster_data import ALLOWANCE_SETTING

ELDERLY_BANDS = ("80", "90", "100")
TEKUN_KINDS = ("分散供养", "集中供养")


@dataclass
class NoticeSettings:
    bilingual: bool = False
    disclosure_days: int = DEFAULT_DISCLOSURE_DAYS
    contact: str = ""
    number_format: str = DEFAULT_NUMBER_FORMAT
    dibao: int | None = None                                  # fen per person per month
    tekun: dict[str, int] = field(default_factory=dict)       # 分散供养/集中供养 -> fen
    elderly: dict[str, int] = field(default_factory=dict)     # "80"/"90"/"100" -> fen


def load(store: Store) -> NoticeSettings:
    def as_dict(value, keys) -> dict[str, int]:
        if isinstance(value, int):
            return {k: value for k in keys}
        return {k: int(v) for k, v in (value or {}).items() if k in keys}
    dibao = store.setting(ALLOWANCE_SETTING.format(program="低保"))
    return NoticeSettings(
        bilingual=bool(store.setting("notices.bilingual", False)),
        disclosure_days=int(store.setting("notices.disclosure_days", DEFAULT_DISCLOSURE_DAYS)),
        contact=str(store.setting("notices.contact", "") or ""),
        number_format=str(store.setting("notices.number_format", DEFAULT_NUMBER_FORMAT)),
        dibao=int(dibao) if isinstance(dibao, int) else None,
        tekun=as_dict(store.setting(ALLOWANCE_SETTING.format(program="特困供养")), TEKUN_KINDS),
        elderly=as_dict(store.setting(ALLOWANCE_SETTING.format(program="高龄")), ELDERLY_BANDS))


def _formats(fmt: str) -> bool:
    try:
        fmt.format(year=2026, n=1)
    except (KeyError, IndexError, ValueError):
        return False
    return True


def save(store: Store, s: NoticeSettings) -> None:
    if not 1 <= s.disclosure_days <= 60:
        raise ValidationError(f"公示期天数应在 1 到 60 天之间，现在是 {s.disclosure_days}。", field="disclosure_days")
    fmt = (s.number_format or "").strip()
    if "{n}" not in fmt or not _formats(fmt):
        raise ValidationError("文号格式必须含有 {n}（序号），可含 {year}（年份），如 〔{year}〕{n}号。",
                              field="number_format")
    amounts = [s.dibao, *s.tekun.values(), *s.elderly.values()]
    if any(a is not None and (not isinstance(a, int) or a < 0) for a in amounts):
        raise ValidationError("补贴金额不能为负数。", field="amount")
    with store.transaction():
        store.set_setting("notices.bilingual", bool(s.bilingual))
        store.set_setting("notices.disclosure_days", int(s.disclosure_days))
        store.set_setting("notices.contact", s.contact.strip())
        store.set_setting("notices.number_format", fmt)
        if s.dibao is not None:
            store.set_setting(ALLOWANCE_SETTING.format(program="低保"), s.dibao)
        if s.tekun:
            store.set_setting(ALLOWANCE_SETTING.format(program="特困供养"), dict(s.tekun))
        if s.elderly:
            store.set_setting(ALLOWANCE_SETTING.format(program="高龄"), dict(s.elderly))
