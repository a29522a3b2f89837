"""Qt pieces of the roster: the lazy table model, person and household dialogs, import wizard."""
