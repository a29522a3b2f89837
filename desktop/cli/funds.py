"""cunwu funds ... (not built yet)."""
from __future__ import annotations


def register(sub, parent) -> None:
    pass
