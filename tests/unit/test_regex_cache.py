"""The engine's regular expressions ship compiled (``tuiread/analysis/data/regex.cache``):
the cache must hold every pattern the engine compiles and give the same matches."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

from tuiread.analysis import analyze, compiled
from tuiread.analysis.numbers.grammar import lower_case_grammar


def test_the_shipped_regex_cache_is_current() -> None:
    """Every pattern the engine compiles is in the cache, compiled by this Python, so a cold
    start never pays for re.compile (run scripts/build_regex_cache.py after a change to a
    pattern)."""
    analyze('It paid USD 5 and 5bnUSD on May 5, 2017, six minutes past ſeven. "Yes," he said.')
    if not compiled._stored():
        pytest.skip(f"the cache was built for another Python than {compiled.ENGINE[0]}")
    missing = [p[:60] for p, f in compiled.asked() if not compiled.holds(p, f)]
    assert not missing, "stale regex cache: run scripts/build_regex_cache.py"


# loaded by path by scripts/build_entity_lists.py, without the package and its word lists
STANDALONE = {"tuiread.analysis.entities.kinds"}


def test_every_pattern_a_module_of_the_engine_holds_comes_from_the_cache() -> None:
    """A module that compiled with ``re.compile`` would pay for it on every cold start: each
    pattern a module holds went through :func:`compiled.compile` (which the test above holds
    to the cache)."""
    analysis = importlib.import_module("tuiread.analysis")
    seen = 0
    ahead = {pattern for pattern, _ in compiled.asked()}
    for name in STANDALONE:
        ahead |= {
            v.pattern
            for v in vars(importlib.import_module(name)).values()
            if isinstance(v, re.Pattern)
        }
    for info in pkgutil.walk_packages(analysis.__path__, "tuiread.analysis."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                seen += 1
                assert value.pattern in ahead, f"{info.name}.{name} is not compiled ahead"
    assert seen > 100


def test_a_pattern_from_the_cache_matches_as_re_compile_would() -> None:
    pattern = lower_case_grammar("all").pattern
    fresh = re.compile(pattern)
    for text in ["in the first week of may 2017", "$48.2 million", "six minutes ago", "x"]:
        a, b = lower_case_grammar("all").match(text), fresh.match(text)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))
