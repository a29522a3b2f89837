"""Village settings for funds: the 四议两公开 stage list, the payment threshold, the
minimum days a resolution stays on the board before money moves, and the window in
which payments to one payee are added up to find a split payment.

All are village decisions (DOMAIN.md): the stages, their order, and the amount above
which a payment needs a resolved decision. A stage has a kind that says what it records:
  proposal  - 提议 (date, minutes)
  meeting   - 商议 (date, optional attendance, minutes)
  vote      - a meeting that decides by vote: two thirds of members present and more
              than half of those present in favour (党员大会; 村民代表会议, 组织法 §26)
  review    - 监委会 supervision and opinion
  publish   - a public notice on the board
One stage is marked `resolution`: reaching it makes the matter decided.
"""
from __future__ import annotations

import copy

from db import Store
from db.errors import ValidationError

STAGE_KINDS = ("proposal", "meeting", "vote", "review", "publish")

PRESETS: dict[str, dict] = {
    "standard": {
        "label": "四议两公开（全国通行）",
        "stages": [
            {"name": "党支部提议", "kind": "proposal"},
            {"name": "两委会商议", "kind": "meeting"},
            {"name": "党员大会审议", "kind": "vote"},
            {"name": "村民代表会议决议", "kind": "vote", "resolution": True},
            {"name": "决议公开", "kind": "publish"},
            {"name": "实施结果公开", "kind": "publish"},
        ],
    },
    "yulin": {
        "label": "四步议事（榆林）",
        "stages": [
            {"name": "支部提议", "kind": "proposal"},
            {"name": "党员大会审议", "kind": "vote"},
            {"name": "党群议事会决议", "kind": "vote", "resolution": True},
            {"name": "监委会监督评议", "kind": "review"},
        ],
    },
}
DEFAULT_PRESET = "standard"
DEFAULT_THRESHOLD_FEN = 1_000_000      # ¥10,000; each village sets its own

# Days the 决议公开 notice stays on the board before a payment citing the decision may be
# dated: many counties ask for a 公示期 of at least 5 days, so 5 unless the village sets
# another number (0 lets money move the day the resolution is published).
DEFAULT_PUBLICATION_DAYS = 5
# Payments to one payee (or with one summary) within this many days are added up; over
# the threshold together, they are shown to the 监委会 as a likely split payment.
DEFAULT_SPLIT_WINDOW_DAYS = 7

KEY_STAGES = "funds.decision_stages"
KEY_THRESHOLD = "funds.decision_threshold_fen"
KEY_PUBLICATION_DAYS = "funds.publication_min_days"
KEY_SPLIT_WINDOW = "funds.split_window_days"


def validate_stages(stages) -> list[dict]:
    if not isinstance(stages, list) or not stages:
        raise ValidationError("议事环节不能为空。", field="stages")
    out, names = [], set()
    for i, st in enumerate(stages, 1):
        if not isinstance(st, dict):
            raise ValidationError(f"第 {i} 个议事环节格式不对。", field="stages")
        name = str(st.get("name", "")).strip()
        kind = st.get("kind")
        if not name:
            raise ValidationError(f"第 {i} 个议事环节没有名称。", field="stages")
        if name in names:
            raise ValidationError(f"议事环节“{name}”重复。", field="stages")
        if kind not in STAGE_KINDS:
            raise ValidationError(f"议事环节“{name}”的类型“{kind}”不对，应为 {'/'.join(STAGE_KINDS)}。",
                                  field="stages")
        names.add(name)
        out.append({"name": name, "kind": kind, "resolution": bool(st.get("resolution"))})
    marked = [s for s in out if s["resolution"]]
    if len(marked) != 1:
        raise ValidationError("议事环节中必须有且只有一个“决议”环节。", field="stages")
    return out


def stages(store: Store) -> list[dict]:
    value = store.setting(KEY_STAGES, DEFAULT_PRESET)
    if isinstance(value, str):
        return validate_stages(copy.deepcopy(PRESETS.get(value, PRESETS[DEFAULT_PRESET])["stages"]))
    return validate_stages(value)


def stage_preset(store: Store) -> str:
    value = store.setting(KEY_STAGES, DEFAULT_PRESET)
    return value if isinstance(value, str) else "custom"


def set_stages(store: Store, preset_or_list) -> None:
    """A preset name ('standard', 'yulin') or a custom list of stage dicts."""
    if isinstance(preset_or_list, str):
        if preset_or_list not in PRESETS:
            raise ValidationError(f"没有名为“{preset_or_list}”的议事流程，可选：{'、'.join(PRESETS)}。",
                                  field="stages")
        store.set_setting(KEY_STAGES, preset_or_list)
    else:
        store.set_setting(KEY_STAGES, validate_stages(preset_or_list))


def threshold_fen(store: Store) -> int:
    return int(store.setting(KEY_THRESHOLD, DEFAULT_THRESHOLD_FEN))


def set_threshold_fen(store: Store, fen: int) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int) or fen < 0:
        raise ValidationError("需要议事决议的支出金额标准必须是不小于零的整数分。", field="threshold")
    store.set_setting(KEY_THRESHOLD, fen)


def _days(value, field: str, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
        raise ValidationError(f"{label}必须是 0 到 365 之间的整数天数（收到 {value!r}）。", field=field)
    return value


def publication_days(store: Store) -> int:
    return int(store.setting(KEY_PUBLICATION_DAYS, DEFAULT_PUBLICATION_DAYS))


def set_publication_days(store: Store, days: int) -> None:
    store.set_setting(KEY_PUBLICATION_DAYS, _days(days, "publication_days", "决议公示天数"))


def split_window_days(store: Store) -> int:
    return int(store.setting(KEY_SPLIT_WINDOW, DEFAULT_SPLIT_WINDOW_DAYS))


def set_split_window_days(store: Store, days: int) -> None:
    store.set_setting(KEY_SPLIT_WINDOW, _days(days, "split_window", "拆分支出合并天数"))


def announce_index(stage_list: list[dict]) -> int | None:
    """The 决议公开 stage: the first 'publish' stage after the resolution (None when the
    village's process has none, e.g. Yulin's four steps)."""
    res = next(i for i, s in enumerate(stage_list) if s["resolution"])
    return next((i for i in range(res + 1, len(stage_list)) if stage_list[i]["kind"] == "publish"), None)


def result_index(stage_list: list[dict]) -> int | None:
    """The 实施结果公开 stage: the last stage, when it is a 'publish' or 'review' stage after
    the resolution and not the 决议公开 itself. Once recorded, the matter's spending is
    published and a further charge needs the result reopened."""
    res = next(i for i, s in enumerate(stage_list) if s["resolution"])
    last = len(stage_list) - 1
    if last > res and last != announce_index(stage_list) and stage_list[last]["kind"] in ("publish", "review"):
        return last
    return None


def save(store: Store, *, threshold_fen: int | None = None, preset=None, publication_days: int | None = None,
         split_days: int | None = None) -> None:
    """Change any of the village's funds settings at once: all or nothing."""
    with store.transaction():
        if threshold_fen is not None:
            set_threshold_fen(store, threshold_fen)
        if preset is not None:
            set_stages(store, preset)
        if publication_days is not None:
            set_publication_days(store, publication_days)
        if split_days is not None:
            set_split_window_days(store, split_days)
