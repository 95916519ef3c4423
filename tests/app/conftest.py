"""Fixtures of the Pilot tests."""

from __future__ import annotations

from typing import Any

import pytest

from .reader_pilot import article_id


@pytest.fixture
def sputnik(store: Any) -> str:
    """The id of the Sputnik seed article."""
    return article_id(store, "Sputnik")
