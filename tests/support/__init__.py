"""Reusable test fixtures shared across feature test folders."""
