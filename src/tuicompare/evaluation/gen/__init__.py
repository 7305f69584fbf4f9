"""Word pools and templates for the test-corpus generator."""
