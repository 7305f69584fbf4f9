"""Evaluation tooling: synthetic corpora with planted differences, and scoring.

Used by tests and benchmarks; the product never imports it (an import-linter
contract checks that).
"""
