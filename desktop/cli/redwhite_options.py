"""What the red-white commands share: the figure options and a command group."""
from __future__ import annotations

from desktop.cli.common import add_group
from desktop.core.redwhite.codes import FIGURES

# CLI option -> (figure key, is money, Figure), from the council's figures (codes.FIGURES):
# --cost-per-table for an event's figure, --max-cost-per-table for its standard. Money is
# typed in yuan, stored in fen.
def _option(key: str) -> str:
    return key.removesuffix("_fen").replace("_", "-")


FIGURE_OPTIONS = [(_option(f.key), f.key, f.money, f) for f in FIGURES]
LIMIT_OPTIONS = [("max-" + _option(f.key), f.limit, f.money, f) for f in FIGURES if f.limit]


def redwhite_group(rsub, parent, name: str, help: str):
    return add_group(rsub, parent, name, help, dest=f"redwhite_{name}_command")
