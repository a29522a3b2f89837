"""Qt side of the notices: print preview (pypdfium2) and printing."""
