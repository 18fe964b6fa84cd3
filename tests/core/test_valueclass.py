"""The record classes behave as the dataclasses they replaced: same constructor, defaults, equality,
hashing, immutability, repr, replace and asdict."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

import pytest

from offline_ready.valueclass import Fresh, FrozenRecord, Record, as_dict


class Point(FrozenRecord):
    x: int
    y: int = 0
    unit: ClassVar[str] = "px"  # a class constant, not a field


class Bag(Record):
    _not_compared = frozenset({"note"})

    name: str
    items: list[int] = Fresh(list)
    where: Point | None = None
    note: Any = None


@dataclasses.dataclass(frozen=True)
class DPoint:
    x: int
    y: int = 0


def test_constructor_as_a_dataclass():
    assert Point(1) == Point(x=1, y=0) == Point(1, 0)
    assert repr(Point(1, 2)) == repr(DPoint(1, 2)).replace("DPoint", "Point")
    assert Point.__match_args__ == ("x", "y") and Point._fields == ("x", "y")
    for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, x=2), lambda: Point(1, z=2)):
        with pytest.raises(TypeError):
            bad()


def test_fresh_defaults_are_not_shared_and_uncompared_fields_are_ignored():
    a, b = Bag("a"), Bag("a")
    a.items.append(1)
    assert b.items == [] and a != b
    assert Bag("a", note="x") == Bag("a", note="y")


def test_frozen_records_hash_and_refuse_changes_mutable_ones_do_not_hash():
    assert hash(Point(1, 2)) == hash(Point(1, 2)) and len({Point(1), Point(1, 0)}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(Bag("a"))


def test_replace_as_dict_and_from_fields():
    bag = Bag("a", [1], Point(2, 3))
    assert bag.replace(name="b") == Bag("b", [1], Point(2, 3))
    assert as_dict(bag) == {"name": "a", "items": [1], "where": {"x": 2, "y": 3}, "note": None}
    assert as_dict(Point(2, 3)) == dataclasses.asdict(DPoint(2, 3))
    assert Bag.from_fields({"name": "a", "items": [1]}) == Bag("a", [1])
    assert Bag.from_fields({"name": "a"}).items == [] and Bag.from_fields({"name": "a"}).items is not Bag("a").items
    with pytest.raises(TypeError, match="unexpected keyword argument 'size'"):
        Bag.from_fields({"name": "a", "size": 1})
    with pytest.raises(TypeError, match="missing required argument 'name'"):
        Bag.from_fields({"items": []})
