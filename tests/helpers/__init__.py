"""Helpers for the hardening tests: test cases, fault injection, a save loop to kill."""
