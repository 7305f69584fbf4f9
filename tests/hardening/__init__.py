"""Hardening tests: hostile input, faults, terminals and exit statuses (all marked slow)."""
