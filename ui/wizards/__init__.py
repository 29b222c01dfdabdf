"""Wizards."""
