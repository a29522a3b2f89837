"""Sync with the township through bundles. Not built yet."""
