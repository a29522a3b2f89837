"""Page for settings (being built)."""
from __future__ import annotations

from desktop.ui.pages.placeholder import PlaceholderPage


class Page(PlaceholderPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, "settings", parent)
