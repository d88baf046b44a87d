"""Hostile inputs and faults: properties that hold on anything, linear-time checks, killed runs."""
