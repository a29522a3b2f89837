"""Printed notices (reportlab, no Qt). Not built yet."""
