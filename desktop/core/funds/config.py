"""Village settings for funds: the 四议两公开 stage list and the payment threshold.

Both are village decisions (DOMAIN.md): the stages, their order, and the amount above
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

KEY_STAGES = "funds.decision_stages"
KEY_THRESHOLD = "funds.decision_threshold_fen"


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
