"""Shared pytest configuration: hypothesis profiles sized for CI and for development."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# "ci" is the default: enough examples to find real bugs, bounded so the whole
# suite stays fast on two cores. "dev" digs deeper: HYPOTHESIS_PROFILE=dev pytest.
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
