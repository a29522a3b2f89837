"""Red-white council GUI: events, standards, members, statistics, hall money."""
