"""Qt pieces of the care page: the register grid, dialogs, the report view."""
