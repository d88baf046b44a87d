"""Fault tests: real runs of the command stopped by signals, and what they leave."""
