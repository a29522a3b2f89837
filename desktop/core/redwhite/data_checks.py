"""The red-white council's part of `cunwu check`: events reported twice (same host, kind
and day), which the statistics would otherwise count twice."""
from __future__ import annotations

from db import Store
from desktop.core.redwhite import events


def run(store: Store) -> list[dict]:
    twins = events.duplicate_events(store)
    if not twins:
        return [{"name": "红白事无重复登记", "ok": True, "detail": "ok"}]
    lines = [f"{g[0]['host_name']} {g[0]['start_date']} {g[0]['kind']} 登记了 {len(g)} 次（编号 "
             + "、".join(e["id"][:8] for e in g) + "）" for g in twins]
    return [{"name": "红白事无重复登记", "ok": False,
             "detail": "；".join(lines) + "。请核对后取消多余的一件（cunwu redwhite event cancel）。"}]
