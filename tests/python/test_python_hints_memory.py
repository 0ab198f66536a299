"""cairovm_hints.memory against the reference: the same operations on our proxies (over a fake
VM) and on cairo-lang's ValidatedMemoryDict / MemoryDict / MemorySegmentManager must give the
same results, or exceptions of the same type with the same message."""

import pytest

from python_hints_fake import PRIME, FakeVm

from cairovm_hints.memory import MemoryProxy, SegmentsProxy
from cairovm_hints.values import HAVE_STARKWARE, RelocatableValue as RV

pytestmark = pytest.mark.skipif(not HAVE_STARKWARE, reason="needs cairo-lang (the reference)")


class Reference:
    def __init__(self):
        from starkware.cairo.lang.vm.memory_dict import MemoryDict
        from starkware.cairo.lang.vm.memory_segments import MemorySegmentManager
        from starkware.cairo.lang.vm.validated_memory_dict import ValidatedMemoryDict

        raw = MemoryDict()
        self.memory = ValidatedMemoryDict(memory=raw, prime=PRIME)
        self.segments = MemorySegmentManager(memory=raw, prime=PRIME)
        self.segments.add()
        self.segments.add()


class Ours:
    def __init__(self):
        self.vm = FakeVm(n_segments=2)
        self.memory = MemoryProxy(self.vm, PRIME, validated=True)
        self.segments = SegmentsProxy(self.vm, PRIME)


def outcome(fn):
    try:
        return ("value", fn())
    except Exception as exc:  # the comparison is the point
        return (type(exc), str(exc))


def run_both(steps):
    """Runs each step (a function of (memory, segments)) on both; returns the outcomes."""
    results = []
    for side in (Reference(), Ours()):
        results.append([outcome(lambda: step(side.memory, side.segments)) for step in steps])
    return results


def setitem(addr, value):
    def step(m, s):
        m[addr] = value

    return step


def raw_setitem(addr, value):
    def step(m, s):
        s.memory[addr] = value

    return step


CASES = {
    "write and read": [setitem(RV(0, 0), 5), lambda m, s: m[RV(0, 0)]],
    "values reduced modulo P": [
        setitem(RV(0, 1), -1),
        setitem(RV(0, 2), PRIME + 3),
        lambda m, s: (m[RV(0, 1)], m[RV(0, 2)]),
    ],
    "write once": [setitem(RV(1, 0), 7), setitem(RV(1, 0), 7), setitem(RV(1, 0), 8)],
    "relocatable values": [setitem(RV(1, 3), RV(0, 4)), lambda m, s: m[RV(1, 3)]],
    "unknown cell": [lambda m, s: m[RV(1, 9)]],
    "integer address read": [lambda m, s: m[5]],
    "negative address read": [lambda m, s: m[-1]],
    "string address read": [lambda m, s: m["x"]],
    "string value": [setitem(RV(0, 0), "x")],
    "None value": [setitem(RV(0, 0), None)],
    "negative offset write": [setitem(RV(0, -1), 3)],
    "get with default": [
        setitem(RV(0, 0), 1),
        lambda m, s: (m.get(RV(0, 0)), m.get(RV(0, 1)), m.get(RV(0, 1), 9), m.get("x", 4)),
    ],
    "contains": [setitem(RV(0, 0), 1), lambda m, s: (RV(0, 0) in m, RV(0, 1) in m, 3 in m)],
    "len": [setitem(RV(0, 0), 1), setitem(RV(1, 5), 2), lambda m, s: len(m)],
    "get_range": [
        setitem(RV(0, 0), 1),
        setitem(RV(0, 1), RV(1, 0)),
        lambda m, s: m.get_range(RV(0, 0), 2),
        lambda m, s: m.get_range(RV(0, 0), 3),
        lambda m, s: m.get_range_as_ints(RV(0, 0), 2),
    ],
    "setdefault": [lambda m, s: m.setdefault(RV(0, 0), 4), lambda m, s: m.setdefault(RV(0, 0), 5)],
    "raw memory does not reduce": [
        raw_setitem(RV(0, 0), -1),
        raw_setitem(RV(0, 1), "x"),
        raw_setitem(RV(0, 2), 3),
        lambda m, s: m[RV(0, 2)],
    ],
    "segments.add": [lambda m, s: s.add(), lambda m, s: s.add(), lambda m, s: s.n_segments],
    "temp segments": [lambda m, s: s.add_temp_segment(), lambda m, s: s.add_temp_segment()],
    "gen_arg": [
        lambda m, s: s.gen_arg([1, [2, 3], -1]),
        lambda m, s: m.get_range(RV(2, 0), 3),
        lambda m, s: m.get_range(RV(3, 0), 2),
        lambda m, s: s.gen_arg(-5),
        lambda m, s: s.gen_arg(-5, apply_modulo_to_args=False),
        lambda m, s: s.gen_arg(RV(0, 1)),
    ],
    "write_arg and load_data": [
        lambda m, s: s.write_arg(RV(1, 0), [4, -4, (5, 6)]),
        lambda m, s: m.get_range(RV(1, 0), 3),
        lambda m, s: s.load_data(RV(1, 3), [8, 9]),
        lambda m, s: s.load_data(RV(1, 5), [-1]),
        lambda m, s: s.write_arg(RV(1, 6), 5),
    ],
    "relocation rules": [
        lambda m, s: s.add_temp_segment(),
        setitem(RV(0, 0), RV(-1, 2)),
        lambda m, s: m.add_relocation_rule(RV(0, 0), RV(1, 0)),
        lambda m, s: m.add_relocation_rule(RV(-1, 1), RV(1, 0)),
        lambda m, s: m.add_relocation_rule(src_ptr=RV(-1, 0), dest_ptr=RV(1, 5)),
        lambda m, s: m[RV(0, 0)],
        lambda m, s: m.get(RV(0, 0)),
        lambda m, s: m.relocate_value(RV(-1, 7)),
        lambda m, s: m.relocate_value(RV(0, 7)),
        lambda m, s: m.add_relocation_rule(RV(-1, 0), RV(1, 0)),
    ],
    "segment sizes before the end of the run": [
        lambda m, s: s.get_segment_used_size(0),
        lambda m, s: s.get_segment_size(0),
        lambda m, s: s.compute_effective_sizes(),
        lambda m, s: s.is_valid_memory_value(5),
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_same_as_reference(name):
    reference, ours = run_both(CASES[name])
    assert ours == reference


def test_finalized_sizes_as_in_reference():
    def steps(segments):
        first = segments.add(size=3)
        second = segments.add()
        segments.finalize(second.segment_index, 5, public_memory=[(0, 1)])
        segments.finalize(first.segment_index, public_memory=[])
        return [
            first,
            second,
            segments.get_segment_size(first.segment_index),
            segments.get_segment_size(second.segment_index),
        ]

    reference, ours = Reference(), Ours()
    assert steps(ours.segments) == steps(reference.segments)
    assert ours.vm.sizes == {2: 3, 3: 5}
    assert ours.vm.public_memory == {2: [], 3: [(0, 1)]}


def test_iteration_lists_the_cells():
    side = Ours()
    side.memory[RV(1, 2)] = 4
    side.memory[RV(0, 1)] = RV(1, 0)
    assert list(side.memory) == [RV(0, 1), RV(1, 2)]
    assert side.memory.items() == [(RV(0, 1), RV(1, 0)), (RV(1, 2), 4)]
    assert side.memory.keys() == [RV(0, 1), RV(1, 2)]


def test_addresses_beyond_the_vm_are_unknown():
    side = Ours()
    assert side.memory.get(RV(0, 2**64)) is None
    assert RV(2**70, 0) not in side.memory
    with pytest.raises(KeyError):
        side.memory[RV(0, 2**64)] = 1
