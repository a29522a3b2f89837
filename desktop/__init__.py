"""Cunwu (村务通): the application. `desktop.core` is Qt-free; `desktop.ui` is the Qt layer."""
__version__ = "0.1.0"
