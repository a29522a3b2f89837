"""Matched donations (Yulin, seed 004: 社会捐助 1 元, 政府配套投入 3 元).

A fund may carry a matching rule: every `per` yuan donated brings `gives` yuan from
`source` (a government office). Posting a donation (income of the category 社会捐赠) into
such a fund records the matching money it makes due; reversing a donation records the
opposite. The matching money itself arrives later as income of the category 政府配套资金.
What the government still owes = due - received, per fund, up to any day.
"""
from __future__ import annotations

from db import Store
from db.errors import ValidationError
from desktop.core.funds.common import optional_text

DONATION_CATEGORY = "社会捐赠"
MATCH_CATEGORY = "政府配套资金"


def set_rule(store: Store, fund_id: str, per: int | None, gives: int | None, source: str = "") -> None:
    """`per`:`gives` (1:3), or None, None to remove the rule. Donations already posted keep
    what they made due."""
    from desktop.core.funds import accounts
    accounts.get_fund(store, fund_id)
    if per is None and gives is None:
        store.update("funds_fund", fund_id, {"match_per": None, "match_gives": None, "match_source": ""})
        return
    for value, label in ((per, "捐助"), (gives, "配套")):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1000:
            raise ValidationError(f"配套比例的{label}部分应为 1 到 1000 的整数（如 1:3），收到 {value!r}。",
                                  field="match")
    source = optional_text(source, field="match_source", label="配套资金来源", max_len=60)
    store.update("funds_fund", fund_id, {"match_per": per, "match_gives": gives, "match_source": source})


def parse_ratio(text: str) -> tuple[int, int]:
    """'1:3' / '1：3' -> (1, 3)."""
    raw = (text or "").strip().replace("：", ":")
    parts = raw.split(":")
    if len(parts) != 2 or not all(p.strip().isdecimal() for p in parts):
        raise ValidationError(f"配套比例“{text}”格式不对，应写成 1:3（捐助 1 元，配套 3 元）。", field="match")
    return int(parts[0]), int(parts[1])


def due_for(amount_fen: int, per: int, gives: int) -> int:
    """The matching money for a donation, rounded to the nearest fen (half away from zero)."""
    sign = -1 if amount_fen < 0 else 1
    return sign * ((abs(amount_fen) * gives * 2 + per) // (2 * per))


def record_due(store: Store, entry: dict) -> None:
    """Called when an income entry is posted: a donation into a matched fund makes money due."""
    if entry["category"] != DONATION_CATEGORY:
        return
    fund = store.one("SELECT match_per, match_gives, match_source FROM funds_fund WHERE id=?", (entry["fund_id"],))
    if fund is None or not fund["match_per"]:
        return
    store.insert("funds_match_due", {"fund_id": entry["fund_id"], "entry_id": entry["id"],
                                     "due_fen": due_for(entry["amount_fen"], fund["match_per"], fund["match_gives"]),
                                     "source": fund["match_source"]})


def status(store: Store, *, until: str | None = None) -> list[dict]:
    """Per fund with a rule (or with money due): donated, due, received, still owed, up to `until`."""
    until = until or "9999-12-31"
    out = []
    for f in store.query("SELECT * FROM funds_fund WHERE site_id=? ORDER BY created_at, name", (store.site_id,)):
        due = store.scalar("SELECT COALESCE(SUM(m.due_fen), 0) FROM funds_match_due m JOIN funds_entry e "
                           "ON e.id=m.entry_id WHERE m.fund_id=? AND e.entry_date <= ?", (f["id"], until))
        if not f["match_per"] and not due:
            continue
        donated, received = (store.scalar(
            "SELECT COALESCE(SUM(amount_fen), 0) FROM funds_entry WHERE fund_id=? AND status='posted' "
            "AND direction='income' AND category=? AND entry_date <= ?", (f["id"], cat, until))
            for cat in (DONATION_CATEGORY, MATCH_CATEGORY))
        out.append({"fund_id": f["id"], "fund": f["name"], "ratio": f"{f['match_per']}:{f['match_gives']}"
                    if f["match_per"] else "", "source": f["match_source"], "donated_fen": donated,
                    "due_fen": due, "received_fen": received, "owed_fen": due - received})
    return out
