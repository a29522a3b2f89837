"""The care part of `cunwu check`: attendance outside every enrolment (typically a day
recorded after the person's death or moving out was registered), which the reports leave
out of 人次, 餐次 and subsidy until the clerk removes it."""
from __future__ import annotations

from db import Store
from desktop.core.care.report import stray_attendance


def run(store: Store) -> list[dict]:
    stray = stray_attendance(store)
    if not stray:
        return [{"name": "托老托幼出勤都在入托期内", "ok": True, "detail": "ok"}]
    shown = "；".join(s["message"] for s in stray[:10])
    more = f"（另有 {len(stray) - 10} 处）" if len(stray) > 10 else ""
    return [{"name": "托老托幼出勤都在入托期内", "ok": False, "detail": shown + more}]
