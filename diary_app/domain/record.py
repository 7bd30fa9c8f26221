"""Frozen value classes for the domain's models, without the start-up cost of dataclasses.

`@dataclass` writes each class's __init__, __eq__, __hash__, __repr__, __setattr__ and __delattr__
as source text and compiles it when the module loads: ~6 ms for the eight models, paid before the
window's first paint by every start (docs/performance.md). `@record` gives the same behaviour with
methods written once, here, and compiled into the .pyc: fields from the class's annotations, in
order, defaults from its attributes, keyword or positional arguments, equality and hash over the
compared fields, immutable instances. `replace` is `dataclasses.replace` for records.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, TypeVar, dataclass_transform

T = TypeVar("T")
_MISSING = object()


class FrozenInstanceError(AttributeError):
    """A record's fields cannot be changed: make a new one with `replace`."""


class Factory:
    """A default made anew for each record (as `field(default_factory=...)`): `Factory(dict)`."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]):
        self.make = make


def _init(self, *args, **kwargs) -> None:
    values = self._template.copy()  # every field: its default, or _MISSING while required
    if args:
        if len(args) > len(self._fields) or not kwargs.keys().isdisjoint(self._fields[:len(args)]):
            _refuse_arguments(self, args, kwargs)
        values.update(zip(self._fields, args))
    values.update(kwargs)
    if len(values) != len(self._fields):
        _refuse_arguments(self, args, kwargs)
    for name in self._required:
        if values[name] is _MISSING:
            _refuse_arguments(self, args, kwargs)
    for name in self._factories:
        if isinstance(values[name], Factory):
            values[name] = values[name].make()
    object.__setattr__(self, "__dict__", values)


def _refuse_arguments(self, args: tuple, kwargs: dict) -> None:
    """The TypeError a call with these arguments would raise."""
    kind, names = type(self).__name__, self._fields
    if len(args) > len(names):
        raise TypeError(f"{kind}() takes {len(names)} arguments, {len(args)} were given")
    for name in kwargs:
        if name in names[:len(args)]:
            raise TypeError(f"{kind}() got multiple values for argument {name!r}")
        if name not in names:
            raise TypeError(f"{kind}() got an unexpected keyword argument {name!r}")
    missing = [name for name in names[len(args):] if name in self._required and name not in kwargs]
    raise TypeError(f"{kind}() missing required argument {missing[0]!r}")


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return self._compared(self.__dict__) == self._compared(other.__dict__)


def _hash(self) -> int:
    return hash(self._compared(self.__dict__))


def _repr(self) -> str:
    fields = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self._fields)
    return f"{type(self).__qualname__}({fields})"


def _refuse(self, name: str, *_value) -> None:
    raise FrozenInstanceError(f"cannot change field {name!r} of a {type(self).__name__}")


@dataclass_transform(frozen_default=True, field_specifiers=(Factory,))
def record(cls: type[T] | None = None, *, not_compared: tuple[str, ...] = ()):
    """Make `cls` a frozen record; `not_compared` fields (ids, timestamps) stay out of == and hash."""

    def make(cls: type[T]) -> type[T]:
        names = tuple(cls.__dict__.get("__annotations__", {}))
        defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
        compared = [name for name in names if name not in not_compared]
        cls._fields = names
        cls._template = {name: defaults.get(name, _MISSING) for name in names}
        cls._required = tuple(name for name in names if name not in defaults)
        cls._factories = tuple(name for name, value in defaults.items() if isinstance(value, Factory))
        cls._compared = itemgetter(*compared)  # not a descriptor: stays unbound on instances
        cls.__match_args__ = names
        cls.__init__, cls.__eq__, cls.__hash__, cls.__repr__ = _init, _eq, _hash, _repr
        cls.__setattr__ = cls.__delattr__ = _refuse
        return cls

    return make if cls is None else make(cls)


def is_record(value: object) -> bool:
    return hasattr(type(value), "_fields") and hasattr(type(value), "_compared")


def fields(value: object) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    return value._fields


def replace(value: T, **changes: Any) -> T:
    """A copy of the record `value` with some fields changed (`dataclasses.replace`)."""
    return type(value)(**{**value.__dict__, **changes})
