"""会议通知 and 决议公告: from a 四议两公开 decision (the funds area's collector) when a
decision is named, otherwise from the options the clerk typed."""
from __future__ import annotations

from datetime import date, datetime

from db import Store
from db.errors import ValidationError
from desktop.core.notices import contracts as c
from desktop.core.notices.publication import publication_for
from desktop.core.notices.registry import load_collector

FUNDS_MEETING = "desktop.core.funds.notices:collect_meeting"
FUNDS_RESOLUTION = "desktop.core.funds.notices:collect_resolution"


def _require(values: dict, names: dict[str, str], kind: str) -> None:
    missing = [label for name, label in names.items() if not values.get(name)]
    if missing:
        raise ValidationError(f"没有给出决策事项编号时，{kind}需要填写：{'、'.join(missing)}。",
                              field=next(n for n, l in names.items() if l == missing[0]))


def collect_meeting(store: Store, *, decision: str | None = None, meeting: str | None = None,
                    time: datetime | None = None, place: str | None = None, attendees: str | None = None,
                    agenda: list[str] | None = None, body: str | None = None, title: str | None = None,
                    organiser: str | None = None) -> c.MeetingNotice:
    if decision:
        given = {"held_at": time, "place": place, "attendees": attendees}
        return load_collector(FUNDS_MEETING)(store, decision=decision,
                                             **{k: v for k, v in given.items() if v})
    _require({"time": time, "place": place, "attendees": attendees},
             {"time": "会议时间", "place": "会议地点", "attendees": "参会人员"}, "会议通知")
    return c.MeetingNotice(publication=publication_for(store), meeting=meeting or "村民代表会议", held_at=time,
                           place=place, attendees=attendees, agenda=list(agenda or []), body=body or "",
                           organiser=organiser or "", title=title or "会议通知")


def collect_resolution(store: Store, *, decision: str | None = None, matter: str | None = None,
                       amount: int | None = None, body: str | None = None, meeting: str | None = None,
                       held_on: date | None = None, expected: int | None = None, present: int | None = None,
                       votes_for: int | None = None, votes_against: int | None = None,
                       abstain: int | None = None, funding: str | None = None, executor: str | None = None,
                       title: str | None = None) -> c.ResolutionNotice:
    if decision:
        return load_collector(FUNDS_RESOLUTION)(store, decision=decision)
    _require({"matter": matter, "body": body}, {"matter": "决议事项", "body": "决议内容"}, "决议公告")
    if expected is not None and present is not None and present > expected:
        raise ValidationError(f"实到人数 {present} 不能多于应到人数 {expected}。", field="present")
    votes = [v for v in (votes_for, votes_against, abstain) if v is not None]
    if present is not None and sum(votes) > present:
        raise ValidationError(f"同意、反对、弃权票合计 {sum(votes)} 多于实到人数 {present}。", field="votes_for")
    stages = []
    if meeting or held_on or expected is not None:
        passed = (votes_for is not None and present is not None and votes_for * 2 > present)
        stages.append(c.StageRecord(meeting or "村民代表会议", held_on, expected, present, votes_for,
                                    votes_against, abstain, "表决通过" if passed else ""))
    return c.ResolutionNotice(publication=publication_for(store, disclosure=True), matter=matter, amount=amount,
                              resolution=body, stages=stages, funding=funding or "", executor=executor or "",
                              title=title or "决议公告")
