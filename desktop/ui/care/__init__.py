"""The care page's parts: the place-and-month bar, one module per tab (register, enrolments,
report, places, helpers, rates), and the grid, dialogs and report view they use."""
