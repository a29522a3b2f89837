"""How a long job reports: progress(done, total, message).

total 0 means "not known yet". The callback may raise (the clerk pressed 取消) to stop
the job; each caller says where that is safe, and stops there with nothing half-written.
"""
from __future__ import annotations

from typing import Callable

Progress = Callable[[int, int, str], None]
