"""The Qt layer: thin windows, models over queries, dialogs that call desktop.core."""
