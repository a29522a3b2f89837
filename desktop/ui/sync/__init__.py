"""Widgets of the sync page: exchanging bundles, monthly reports, the township's summary."""
