"""Benchmarks (not tests): ``python -m eidcompanion.bench``."""
