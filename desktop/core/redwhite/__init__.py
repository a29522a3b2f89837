"""Red-white council (红白理事会) records and 村规民约 standards. Not built yet."""
