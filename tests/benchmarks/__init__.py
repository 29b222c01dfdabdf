"""Benchmarks: `python -m tests.benchmarks [--customers N] [--out FILE]` (not part of the tests)."""
