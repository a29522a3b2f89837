"""Elderly day-care and childcare tallies (托老托幼). Not built yet."""
