"""Fixtures of the places tests."""

from __future__ import annotations

import pytest

from veille.places import PlacesStage


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    """The places stage, with its gazetteer loaded."""
    s = PlacesStage()
    s.initialize()
    return s
