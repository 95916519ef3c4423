"""The streaming JSON reader: records handed over whole whatever the chunk size, the rest of
the document kept as a skeleton, damage and hostile input refused with a clear reason."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiread.export.imports.jsonstream import JsonProblem, walk

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet='ab"\\[]{}:, x', max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)
RECORDS = st.lists(
    st.dictionaries(st.text(alphabet='k"[]{}\\', max_size=4), VALUES, max_size=4), max_size=8
)


def read(doc: bytes, chunk: int) -> tuple[list[tuple[tuple[str, ...], int, Any]], Any]:
    walker = walk(io.BytesIO(doc), chunk=chunk)
    records = [(r.path, r.index, r.value) for r in walker.records()]
    return records, walker.skeleton


@settings(max_examples=60, deadline=None)
@given(records=RECORDS, chunk=st.integers(1, 64), indent=st.booleans())
def test_property_a_list_of_records_reads_back_whole_at_any_chunk_size(
    records: list[dict[str, Any]], chunk: int, indent: bool
) -> None:
    doc = json.dumps(records, indent=2 if indent else None, ensure_ascii=False).encode()
    got, skeleton = read(doc, chunk)
    assert [v for _, _, v in got] == records
    assert [i for _, i, _ in got] == list(range(1, len(records) + 1))
    assert skeleton == [0] * len(records)


@settings(max_examples=50, deadline=None)
@given(
    records=RECORDS,
    extra=st.dictionaries(st.sampled_from(["type", "x", "total"]), VALUES),
    chunk=st.integers(1, 50),
)
def test_property_records_inside_an_object_and_the_rest_as_skeleton(
    records: list[dict[str, Any]], extra: dict[str, Any], chunk: int
) -> None:
    doc = {**extra, "first": {"type": "AnnotationPage", "items": records}, "after": [1, {"a": 2}]}
    got, skeleton = read(json.dumps(doc).encode(), chunk)
    assert [(p, v) for p, _, v in got] == [(("first", "items"), r) for r in records]
    assert skeleton == {
        **extra,
        "first": {"type": "AnnotationPage", "items": [0] * len(records)},
        "after": [1, {"a": 2}],
    }


def test_offsets_point_at_each_record() -> None:
    doc = b'{"format": "x", "articles": [{"id": "a"}], "annotations": [ {"id": 1} , {"id": [2]} ]}'
    walker = walk(io.BytesIO(doc), chunk=5)
    for record in walker.records():
        assert json.loads(doc[record.start : record.end]) == record.value
    assert walker.skeleton == {"format": "x", "articles": [0], "annotations": [0, 0]}


def test_a_deep_record_beyond_the_fast_pattern_is_still_read() -> None:
    deep: Any = "x"
    for _ in range(40):
        deep = {"a": [deep]}
    got, _ = read(json.dumps([deep, {"b": 1}]).encode(), 7)
    assert [v for _, _, v in got] == [deep, {"b": 1}]


def test_a_lone_surrogate_escape_is_kept() -> None:
    got, _ = read(b'[{"note": "\\ud800 alone"}]', 4)
    assert got[0][2] == {"note": "\ud800 alone"}


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (b'[{"a": 1}', "cut short"),
        (b'[{"a": "unterminated', "cut short"),
        (b'[{"a": 1}] [', "after the end"),
        (b'[{"a": 1},, {"b": 2}]', "unexpected"),
        (b'[{"a": 1} {"b": 2}]', "unexpected"),
        (b'[{"a": ' + b"9" * 5000 + b"}]", "too large"),
        (b"[" * 300 + b"]" * 300, "nested too deeply"),
        (b'[{"a": ' + b"[" * 2000 + b"]" * 2000 + b"}]", "nested too deeply"),
        (b'[{"a": "\xff"}]', "UTF-8"),
        (b"]", "nothing open"),
        (b"", "empty"),
        (b"x [1]", "text before"),
    ],
)
def test_damage_and_hostile_input_are_refused(doc: bytes, message: str) -> None:
    with pytest.raises(JsonProblem) as exc:
        read(doc, 8)
    assert message in str(exc.value), str(exc.value)
