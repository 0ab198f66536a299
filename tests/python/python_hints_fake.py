"""A fake of cairovm_native.Vm for testing the cairovm_hints package without the C++ VM: a dict
memory with segments, write-once cells, relocation rules and a scope stack."""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python_hints"))

from cairovm_hints.values import (  # noqa: E402
    InconsistentMemoryError,
    RelocatableValue,
    make_exception,
)

PRIME = 2**251 + 17 * 2**192 + 1


class FakeVm:
    def __init__(self, n_segments=2):
        self.data = {}
        self.segments = n_segments
        self.temp_segments = 0
        self.rules = {}
        self.scopes = [{}]
        self.ids = {}  # (hint_id, name) -> value
        self.sizes = {}  # segment -> size fixed by segments.finalize
        self.public_memory = {}  # segment -> [(offset, page)]
        self.accessed = set()  # (segment, offset) that "instructions" accessed
        self.validators = {}  # segment -> engine.validate_cell
        self.deducers = {}  # segment -> engine.deduce_cell
        self.loaded_hints = []  # [(pc, index, hint id)] from vm_load_program
        self.loaded_programs = []  # [(program JSON, base)] from vm_load_program
        self.pc = RelocatableValue(0, 0)

    # memory.Backend
    def get(self, segment, offset):
        value = self.data.get((segment, offset))
        return None if value is None else self.relocate(value)

    def set(self, segment, offset, value, validated=True):
        assert isinstance(value, RelocatableValue) or 0 <= value < PRIME, value
        if not (-self.temp_segments <= segment < self.segments):
            raise make_exception("AssertionError", f"segment {segment} does not exist")
        new = (segment, offset) not in self.data
        current = self.data.setdefault((segment, offset), value)
        if current != value:
            raise InconsistentMemoryError(RelocatableValue(segment, offset), current, value)
        if new and validated and segment in self.validators:
            self.validators[segment](segment, offset)

    def deduce(self, segment, offset):
        """What an instruction reading an unknown cell does."""
        value = self.deducers[segment](segment, offset)
        if value is not None:
            self.set(segment, offset, value)
        return value

    def add_segment(self):
        self.segments += 1
        return RelocatableValue(self.segments - 1, 0)

    def finalize_segment(self, segment, size, public_memory):
        if size is not None:
            self.sizes[segment] = size
        self.public_memory[segment] = list(public_memory)

    def finalized_size(self, segment):
        return self.sizes.get(segment)

    def add_temp_segment(self):
        self.temp_segments += 1
        return RelocatableValue(-self.temp_segments, 0)

    def add_relocation_rule(self, src_ptr, dest_ptr):
        if src_ptr.segment_index in self.rules:
            raise make_exception(
                "AssertionError",
                f"The segment with index {src_ptr.segment_index} already has a relocation rule.",
            )
        self.rules[src_ptr.segment_index] = dest_ptr

    def relocate(self, value):
        if isinstance(value, RelocatableValue) and value.segment_index in self.rules:
            return self.relocate(self.rules[value.segment_index]) + value.offset
        return value

    def n_segments(self):
        return self.segments

    def n_temp_segments(self):
        return self.temp_segments

    def cell_count(self):
        return len(self.data)

    def cells(self):
        return [(RelocatableValue(s, o), v) for (s, o), v in sorted(self.data.items()) if s >= 0]

    def registers(self):
        return self.pc, RelocatableValue(1, 5), RelocatableValue(1, 3), 4

    def is_accessed(self, segment, offset):
        return (segment, offset) in self.accessed

    def attach_rules(self, segment, validate, deduce):
        if validate is not None:
            self.validators[segment] = validate
        if deduce is not None:
            self.deducers[segment] = deduce

    def load_program_info(self, json_text, base):
        self.loaded_programs.append((json_text, base))

    def load_hints(self, hints):
        self.loaded_hints.extend(hints)

    # Scopes and ids.
    def enter_scope(self, new_scope_locals):
        self.scopes.append(dict(new_scope_locals))

    def exit_scope(self):
        if len(self.scopes) <= 1:
            raise make_exception("AssertionError", "Cannot exit main scope.")
        self.scopes.pop()

    def ids_get(self, hint_id, name):
        return self.ids[(hint_id, name)]

    def ids_set(self, hint_id, name, value):
        self.ids[(hint_id, name)] = value

