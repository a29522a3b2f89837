"""Fixed vocabularies of the red-white council: event kinds, roles, decisions, figures."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("婚事", "丧事", "寿宴", "满月", "升学宴", "乔迁宴", "其他")
ROLES = ("会长", "副会长", "理事", "监事")
DECISIONS = ("同意", "劝导", "不同意")
STAGES = {"plan": "申报", "actual": "实际"}
UNKNOWN = "未填"          # a figure the family did not give: neither 0 nor within the limit
# Common ways a 村规民约 names what happens to a family that went beyond the standards.
VIOLATION_ACTIONS = ("批评教育", "约谈劝导", "公开通报", "取消当年评先评优资格", "退还超标彩礼", "其他")


@dataclass(frozen=True)
class Figure:
    """One number of an event's plan/actual and the standard that limits it."""
    key: str            # column in redwhite_figures
    limit: str | None   # column in redwhite_standard
    label: str          # what the clerk calls it
    unit: str           # 桌, 辆, 天 ... ; "元" means the value is money in fen
    absurd: int         # above this the figure is a typing mistake, not a banquet

    @property
    def money(self) -> bool:
        return self.unit == "元"

    def shown(self, value: int | None) -> str:
        """The figure in words; None (the family did not say) is 未填."""
        from desktop.core.money import yuan
        if value is None:
            return UNKNOWN
        return yuan(value, symbol=True) if self.money else f"{value} {self.unit}"

    def check(self, value, *, subject: str, field: str) -> int:
        """A whole, non-negative, plausible number; `subject` names it in the message
        (e.g. 申报的“酒席” or 婚事的“酒席”上限)."""
        from db.errors import ValidationError
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{subject}应为整数，现在是“{value}”。", field=field)
        if value < 0:
            raise ValidationError(f"{subject}不能是负数。", field=field)
        if value > self.absurd:
            raise ValidationError(f"{subject} {self.shown(value)} 不合常理，请检查是否输错。", field=field)
        return value


FIGURES = (
    Figure("tables", "max_tables", "酒席", "桌", 300),
    Figure("cost_per_table_fen", "max_cost_per_table_fen", "每桌标准", "元", 10_000_00),
    Figure("guests", None, "宾客", "人", 5_000),
    Figure("cars", "max_cars", "车辆", "辆", 200),
    Figure("bride_price_fen", "max_bride_price_fen", "彩礼", "元", 2_000_000_00),
    Figure("gift_fen", "max_gift_fen", "礼金（每位宾客）", "元", 100_000_00),
    Figure("gift_close_fen", "max_gift_close_fen", "礼金（近亲属）", "元", 100_000_00),
    Figure("days", "max_days", "办事天数", "天", 30),
    Figure("troupes", "max_troupes", "吹鼓手/乐队/戏班", "班", 20),
)
FIGURE_BY_KEY = {f.key: f for f in FIGURES}
LIMIT_KEYS = tuple(f.limit for f in FIGURES if f.limit)


def parse_figure(text, *, field: str, label: str, money: bool) -> int:
    """A figure as a person types it: money in yuan ("3万", "三万元", "30,000"; kept in fen,
    0 allowed), else a count. The one shared input layer reads both."""
    if money:
        from desktop.core.inputs.money import parse_money
        return parse_money(text, field=field, label=label, allow_zero=True)
    from desktop.core.inputs.text import parse_count
    return parse_count(text, field=field, label=label)


def check_kind(kind: str) -> str:
    from db.errors import ValidationError
    kind = (kind or "").strip()
    if kind not in KINDS:
        raise ValidationError(f"事项类别“{kind}”无法识别（可填：{'、'.join(KINDS)}）。", field="kind")
    return kind
