"""Hostile inputs: properties that must hold on anything, and linear-time checks."""
