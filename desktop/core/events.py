"""Domain events inside one transaction: an area announces, other areas react.

Roster publishes "person.left" when someone dies or moves out; care subscribes and ends
enrolments. The subscriber runs inside the publisher's transaction, so both changes
commit or neither does. Areas register at import; `desktop.core.areas` imports them all.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

from db import Store

_subscribers: dict[str, list[Callable[..., None]]] = defaultdict(list)


def subscribe(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(fn: Callable[..., None]) -> Callable[..., None]:
        if fn not in _subscribers[name]:
            _subscribers[name].append(fn)
        return fn
    return register


def publish(store: Store, name: str, **payload: Any) -> None:
    for fn in list(_subscribers[name]):
        fn(store, **payload)
