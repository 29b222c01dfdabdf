"""Helpers shared by the core and window tests (no Qt here)."""
