"""`memory` and `segments` of the hints, backed by the VM's C++ memory.

They follow the reference's MemoryDict, ValidatedMemoryDict and MemorySegmentManager
(starkware/cairo/lang/vm/memory_dict.py, validated_memory_dict.py, memory_segments.py): same
checks in the same order, same messages. The memory itself is the backend's: any object with
the methods of `Backend` (the embedded `cairovm_native.Vm`, or a fake in tests).
"""

from typing import Iterable, List, Optional, Protocol

from .values import InconsistentMemoryError, RelocatableValue, UnknownMemoryError

# Offsets the VM can address (the reference bounds relocatable offsets by 2^63).
_OFFSET_BOUND = 2**63
_SEGMENT_BOUND = 2**63


class Backend(Protocol):
    """What the proxies need from the VM. Addresses are (segment, offset) with
    0 <= offset < 2^63; values are ints in [0, P) or RelocatableValue."""

    def get(self, segment: int, offset: int):
        """The value at the address, relocation rules applied; None if unknown."""

    def set(self, segment: int, offset: int, value, validated: bool = True) -> None:
        """Writes once; raises InconsistentMemoryError (or a builtin's error) otherwise.
        validated=False: a write of the MemoryDict beneath `memory` (segments.memory), which the
        validation rules that hints add do not see."""

    def add_segment(self) -> RelocatableValue: ...

    def add_temp_segment(self) -> RelocatableValue: ...

    def finalize_segment(self, segment: int, size: Optional[int], public_memory: list) -> None:
        """Fixes a segment's size (None: unchanged) and public (offset, page) cells."""

    def finalized_size(self, segment: int) -> Optional[int]: ...

    def add_relocation_rule(self, src_ptr: RelocatableValue, dest_ptr: RelocatableValue) -> None:
        ...

    def relocate(self, value):
        """`value` with the relocation rules applied."""

    def n_segments(self) -> int: ...

    def n_temp_segments(self) -> int: ...

    def cell_count(self) -> int: ...

    def cells(self) -> list:
        """[(address, value)] of every known cell of the real segments."""


def _address(addr):
    """(segment, offset) of an address the VM can hold, or None (never a known cell)."""
    if (
        isinstance(addr, RelocatableValue)
        and isinstance(addr.segment_index, int)
        and isinstance(addr.offset, int)
        and -_SEGMENT_BOUND <= addr.segment_index < _SEGMENT_BOUND
        and 0 <= addr.offset < _OFFSET_BOUND
    ):
        return addr.segment_index, addr.offset
    return None


def _check_element(num, name: str, exc_type):
    # MemoryDict._check_element.
    if isinstance(num, RelocatableValue):
        return
    if not isinstance(num, int):
        raise exc_type(f"{name} must be an int, not {type(num).__name__}.")
    if num < 0:
        raise exc_type(f"{name} must be nonnegative. Got {num}.")


class MemoryProxy:
    """The VM's memory as the reference's hints see it: a ValidatedMemoryDict (`memory`: values
    written are reduced modulo the prime) or, with validated=False, the MemoryDict beneath it
    (`segments.memory`)."""

    def __init__(self, backend: Backend, prime: int, validated: bool = True):
        self._backend = backend
        self.prime = prime
        self._validated = validated

    def __getitem__(self, addr):
        _check_element(addr, "Memory address", KeyError)
        location = _address(addr)
        value = None if location is None else self._backend.get(*location)
        if value is None:
            raise UnknownMemoryError(addr)
        return value

    def __setitem__(self, addr, value):
        if self._validated:
            value %= self.prime
        _check_element(addr, "Memory address", KeyError)
        _check_element(value, "Memory value", ValueError)
        if isinstance(addr, RelocatableValue) and addr.offset < 0:
            raise ValueError(
                f"The offset of a relocatable value must be nonnegative. Found: {addr}."
            )
        location = _address(addr)
        if location is None:
            # The reference stores such a cell and fails when the run ends; the VM's memory has
            # no place for it.
            raise KeyError(f"cairovm cannot store memory at the address {addr!r}.")
        self._backend.set(location[0], location[1], value, self._validated)

    def get(self, addr, default_value=None):
        location = _address(addr)
        value = None if location is None else self._backend.get(*location)
        return self.relocate_value(default_value) if value is None else value

    def __contains__(self, addr) -> bool:
        location = _address(addr)
        return location is not None and self._backend.get(*location) is not None

    def __len__(self) -> int:
        return self._backend.cell_count()

    def __iter__(self):
        return iter([addr for addr, _ in self._backend.cells()])

    def keys(self):
        return [addr for addr, _ in self._backend.cells()]

    def items(self):
        return list(self._backend.cells())

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def add_relocation_rule(self, src_ptr: RelocatableValue, dest_ptr: RelocatableValue):
        assert src_ptr.segment_index < 0, f"src_ptr.segment_index must be < 0, src_ptr={src_ptr}."
        assert src_ptr.offset == 0, f"src_ptr.offset must be 0, src_ptr={src_ptr}."
        self._backend.add_relocation_rule(src_ptr, dest_ptr)

    def relocate_value(self, value):
        if not isinstance(value, RelocatableValue) or value.segment_index >= 0:
            return value
        return self._backend.relocate(value)

    def get_range(self, addr, size) -> List:
        return [self[addr + i] for i in range(size)]

    def get_range_as_ints(self, addr, size) -> List[int]:
        mem_range = self.get_range(addr=addr, size=size)
        assert all(isinstance(arg, int) for arg in mem_range)
        return mem_range

    def is_frozen(self) -> bool:
        return False

    def verify_same_value(self, addr, current, value):
        if current != value:
            raise InconsistentMemoryError(addr, current, value)


class SegmentsProxy:
    """The hints' `segments` (the reference's MemorySegmentManager) over the VM's segments."""

    def __init__(self, backend: Backend, prime: int):
        self._backend = backend
        self.prime = prime
        # As in the reference, the manager writes through the MemoryDict, not the validated view.
        self.memory = MemoryProxy(backend, prime, validated=False)

    @property
    def n_segments(self) -> int:
        return self._backend.n_segments()

    @property
    def n_temp_segments(self) -> int:
        return self._backend.n_temp_segments()

    def add(self, size: Optional[int] = None) -> RelocatableValue:
        base = self._backend.add_segment()
        if size is not None:
            self.finalize(segment_index=base.segment_index, size=size)
        return base

    def finalize(self, segment_index: int, size: Optional[int] = None, public_memory=[]):
        """Fixes the segment's size (used when the memory is relocated) and its public cells,
        (offset, page) pairs."""
        self._backend.finalize_segment(segment_index, size, [tuple(c) for c in public_memory])

    def add_temp_segment(self) -> RelocatableValue:
        return self._backend.add_temp_segment()

    def load_data(self, ptr, data):
        for i, v in enumerate(data):
            self.memory[ptr + i] = v
        return ptr + len(data)

    def gen_arg(self, arg, apply_modulo_to_args=True):
        if isinstance(arg, Iterable):
            base = self.add()
            self.write_arg(base, arg)
            return base
        if apply_modulo_to_args and isinstance(arg, int):
            return arg % self.prime
        return arg

    def gen_typed_args(self, args) -> list:
        from starkware.cairo.lang.compiler.ast.cairo_types import (
            TypeFelt,
            TypePointer,
            TypeStruct,
        )

        cairo_args = []
        for value, field_type in zip(args, args.__annotations__.values()):
            if field_type is TypePointer or field_type is TypeFelt:
                cairo_args.append(self.gen_arg(arg=value))
            elif field_type is TypeStruct:
                cairo_args += self.gen_typed_args(args=value)
            else:
                raise NotImplementedError(f"{field_type.__name__} is not supported.")
        return cairo_args

    def write_arg(self, ptr, arg, apply_modulo_to_args=True):
        assert isinstance(arg, Iterable)
        data = [self.gen_arg(arg=x, apply_modulo_to_args=apply_modulo_to_args) for x in arg]
        return self.load_data(ptr, data)

    def compute_effective_sizes(self, allow_tmp_segments: bool = False):
        # The memory is frozen only after the run, when no hint runs any more.
        assert self.memory.is_frozen(), "Memory has to be frozen before calculating effective size."

    def is_valid_memory_value(self, value) -> bool:
        # Needs the sizes, which compute_effective_sizes gives only after the run.
        raise AssertionError("compute_effective_sizes must be called before is_valid_memory_value.")

    def get_segment_used_size(self, segment_index: int) -> int:
        # Sizes are computed when the run ends, after the last hint.
        raise AssertionError("compute_effective_sizes must be called before get_segment_used_size.")

    def get_segment_size(self, segment_index: int) -> int:
        size = self._backend.finalized_size(segment_index)
        if size is not None:
            return size
        return self.get_segment_used_size(segment_index=segment_index)
