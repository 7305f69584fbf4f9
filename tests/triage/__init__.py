"""Tests of triage: new articles checked against a corpus, through the API, the CLI and the app."""
