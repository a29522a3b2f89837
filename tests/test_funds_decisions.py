"""四议两公开: configurable stages in order, vote rules, resolution, Yulin preset."""
from __future__ import annotations

import pytest

from db.errors import RefusedError, ValidationError
from desktop.core.funds import config, decisions


def test_default_stages_and_full_path(store):
    d = decisions.add_decision(store, "幸福院屋顶维修", 3_800_000)
    names = [s["name"] for s in decisions.get_decision(store, d)["stages"]]
    assert names == ["党支部提议", "两委会商议", "党员大会审议", "村民代表会议决议", "决议公开", "实施结果公开"]
    decisions.advance(store, d, held_on="2025-02-01", minutes="支部提议维修屋顶")
    decisions.advance(store, d, held_on="2025-02-03", present=7, minutes="两委同意")
    decisions.advance(store, d, held_on="2025-02-05", members=30, present=20, in_favour=11)
    assert decisions.get_decision(store, d)["status"] == decisions.IN_PROGRESS
    decisions.advance(store, d, held_on="2025-02-08", members=45, present=30, in_favour=16, against=10, abstain=4)
    got = decisions.get_decision(store, d)
    assert got["status"] == decisions.RESOLVED and decisions.is_resolved(got)
    decisions.advance(store, d, held_on="2025-02-09", minutes="公开栏张贴")
    decisions.advance(store, d, held_on="2025-06-01", minutes="已验收")
    assert decisions.get_decision(store, d)["status"] == decisions.COMPLETED
    with pytest.raises(RefusedError, match="都已完成"):
        decisions.advance(store, d, held_on="2025-06-02")


@pytest.mark.parametrize("members, present, favour, why", [
    (30, 19, 19, "不足三分之二（至少需 20 人到会）"),
    (30, 20, 10, "未超过到会 20 人的半数"),
    (3, 1, 1, "不足三分之二"),
])
def test_party_meeting_vote_rules_refuse_and_record_nothing(store, members, present, favour, why):
    d = decisions.add_decision(store, "修路", 0)
    decisions.advance(store, d, held_on="2025-02-01")
    decisions.advance(store, d, held_on="2025-02-02")
    with pytest.raises(RefusedError, match="党员大会审议未通过") as err:
        decisions.advance(store, d, held_on="2025-02-03", members=members, present=present, in_favour=favour)
    assert why in str(err.value)
    assert len(decisions.stage_records(store, d)) == 2
    assert decisions.get_decision(store, d)["stages_done"] == 2


def test_vote_boundaries_pass(store):
    d = decisions.add_decision(store, "修路", 0)
    decisions.advance(store, d, held_on="2025-02-01")
    decisions.advance(store, d, held_on="2025-02-02")
    decisions.advance(store, d, held_on="2025-02-03", members=30, present=20, in_favour=11)   # exactly 2/3, 11>10
    assert decisions.get_decision(store, d)["stages_done"] == 3        # the vote stage counted as passed


def test_vote_input_checked(store):
    d = decisions.add_decision(store, "修路", 0)
    decisions.advance(store, d, held_on="2025-02-01")
    decisions.advance(store, d, held_on="2025-02-02")
    with pytest.raises(ValidationError, match="应到人数"):
        decisions.advance(store, d, held_on="2025-02-03", present=20, in_favour=15)
    with pytest.raises(ValidationError, match="多于应到"):
        decisions.advance(store, d, held_on="2025-02-03", members=20, present=21, in_favour=15)
    with pytest.raises(ValidationError, match="多于实到"):
        decisions.advance(store, d, held_on="2025-02-03", members=30, present=21, in_favour=15, against=7)
    with pytest.raises(ValidationError, match="整数"):
        decisions.advance(store, d, held_on="2025-02-03", members="三十", present=21, in_favour=15)


def test_stages_in_order_and_dates_not_backwards(store):
    d = decisions.add_decision(store, "修路", 0)
    with pytest.raises(RefusedError, match="下一步是“党支部提议”"):
        decisions.advance(store, d, held_on="2025-02-01", stage_name="两委会商议")
    decisions.advance(store, d, held_on="2025-02-05", stage_name="党支部提议")
    with pytest.raises(ValidationError, match="早于上一环节"):
        decisions.advance(store, d, held_on="2025-02-01")
    with pytest.raises(ValidationError, match="不表决"):
        decisions.advance(store, d, held_on="2025-02-06", in_favour=3)
    with pytest.raises(ValidationError, match="晚于今天"):
        decisions.advance(store, d, held_on="2099-01-01")


def test_yulin_preset_selectable(store):
    config.set_stages(store, "yulin")
    d = decisions.add_decision(store, "村道硬化", 12_000_000)
    got = decisions.get_decision(store, d)
    assert [s["name"] for s in got["stages"]] == ["支部提议", "党员大会审议", "党群议事会决议", "监委会监督评议"]
    decisions.advance(store, d, held_on="2025-02-01")
    decisions.advance(store, d, held_on="2025-02-02", members=12, present=10, in_favour=9)
    decisions.advance(store, d, held_on="2025-02-03", members=15, present=12, in_favour=10)
    assert decisions.is_resolved(decisions.get_decision(store, d))
    decisions.advance(store, d, held_on="2025-02-04", minutes="监委会同意")
    assert decisions.get_decision(store, d)["status"] == decisions.COMPLETED
    # A matter keeps the stages it started with when the village changes its setting.
    config.set_stages(store, "standard")
    assert len(decisions.get_decision(store, d)["stages"]) == 4


def test_custom_stage_lists_validated(store):
    with pytest.raises(ValidationError, match="决议"):
        config.set_stages(store, [{"name": "提议", "kind": "proposal"}])
    with pytest.raises(ValidationError, match="重复"):
        config.set_stages(store, [{"name": "会", "kind": "vote", "resolution": True}, {"name": "会", "kind": "publish"}])
    with pytest.raises(ValidationError, match="没有名为"):
        config.set_stages(store, "beijing")
    config.set_stages(store, [{"name": "村民会议决议", "kind": "vote", "resolution": True}])
    assert config.stage_preset(store) == "custom"


def test_end_decision_stops_it(store):
    d = decisions.add_decision(store, "修路", 100)
    decisions.end_decision(store, d, "村民代表会议否决")
    with pytest.raises(RefusedError, match="已撤回"):
        decisions.advance(store, d, held_on="2025-01-01")
    with pytest.raises(RefusedError, match="已撤回"):
        decisions.check_payment(store, 100, d)
