"""Values as the reference's hints see them.

Memory values are Python ints and RelocatableValue. When starkware (cairo-lang) is importable,
RelocatableValue and the memory exceptions are the reference's own classes, so that the
`isinstance` checks of library hints and the exception names in error reports are the same;
otherwise equivalent local classes stand in.
"""

import builtins
import dataclasses
import importlib
from typing import Dict, Optional, Type

try:
    from starkware.cairo.lang.vm.memory_dict import InconsistentMemoryError, UnknownMemoryError
    from starkware.cairo.lang.vm.relocatable import RelocatableValue

    HAVE_STARKWARE = True
except ImportError:  # pragma: no cover - exercised only without cairo-lang
    HAVE_STARKWARE = False

    @dataclasses.dataclass(frozen=True)
    class RelocatableValue:  # type: ignore[no-redef]
        """The reference's RelocatableValue (starkware/cairo/lang/vm/relocatable.py)."""

        segment_index: int
        offset: int

        def __add__(self, other):
            if isinstance(other, int):
                return RelocatableValue(self.segment_index, self.offset + other)
            assert not isinstance(
                other, RelocatableValue
            ), f"Cannot add two relocatable values: {self} + {other}."
            return NotImplemented

        def __radd__(self, other):
            return self + other

        def __sub__(self, other):
            if isinstance(other, int):
                return RelocatableValue(self.segment_index, self.offset - other)
            assert self.segment_index == other.segment_index, (
                "Can only subtract two relocatable values of the same segment "
                f"({self.segment_index} != {other.segment_index})."
            )
            return self.offset - other.offset

        def __mod__(self, other):
            return RelocatableValue(self.segment_index, self.offset % other)

        def __lt__(self, other):
            if isinstance(other, int):
                return False
            if not isinstance(other, RelocatableValue):
                return NotImplemented
            return (self.segment_index, self.offset) < (other.segment_index, other.offset)

        def __le__(self, other):
            return self < other or self == other

        def __ge__(self, other):
            return not (self < other)

        def __gt__(self, other):
            return not (self <= other)

        def __hash__(self):
            return hash((self.segment_index, self.offset))

        def __format__(self, format_spec):
            return f"{self.segment_index}:{self.offset}".__format__(format_spec)

        def __str__(self):
            return f"{self.segment_index}:{self.offset}"

        @staticmethod
        def to_felt_or_relocatable(value):
            if isinstance(value, RelocatableValue):
                return value
            return int(value)

    class UnknownMemoryError(KeyError):  # type: ignore[no-redef]
        def __init__(self, addr):
            self.addr = addr
            super().__init__(f"Unknown value for memory cell at address {addr}.")

        __str__ = Exception.__str__

    class InconsistentMemoryError(Exception):  # type: ignore[no-redef]
        def __init__(self, addr, old_value, new_value):
            self.addr = addr
            self.old_value = old_value
            self.new_value = new_value
            super().__init__(
                f"Inconsistent memory assignment at address {addr}. {old_value} != {new_value}."
            )

    UnknownMemoryError.__module__ = "starkware.cairo.lang.vm.memory_dict"
    InconsistentMemoryError.__module__ = "starkware.cairo.lang.vm.memory_dict"


_exception_classes: Dict[str, Type[BaseException]] = {}


def exception_class(kind: str) -> Type[BaseException]:
    """The exception class that Python's traceback names `kind` ("AssertionError",
    "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError", ...): the class itself when it
    can be imported, else a stand-in with that module and name."""
    cls = _exception_classes.get(kind)
    if cls is not None:
        return cls
    module_name, _, name = kind.rpartition(".")
    found: Optional[type] = None
    try:
        module = builtins if module_name in ("", "builtins") else importlib.import_module(
            module_name
        )
        found = getattr(module, name, None)
    except Exception:
        found = None
    if isinstance(found, type) and issubclass(found, BaseException):
        cls = found
    else:
        cls = type(name, (Exception,), {"__module__": module_name or "builtins"})
    _exception_classes[kind] = cls
    return cls


def make_exception(kind: str, message: str) -> BaseException:
    """An exception of class `kind` whose str() is `message` (the VM's errors carry the
    reference's final message, not the arguments of the class's constructor)."""
    cls = exception_class(kind)
    exc = cls.__new__(cls)
    BaseException.__init__(exc, message)
    return exc


def to_felt_or_relocatable(value):
    return RelocatableValue.to_felt_or_relocatable(value)
