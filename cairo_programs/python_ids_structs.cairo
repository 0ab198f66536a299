// cairovm: needs-python
// cairovm: args=--print_output
// `ids` in Python hints, built with the reference's VmConsts: felt locals, struct-typed locals
// and their members (ids.s.a), nested structs (ids.r.inner.y), typed pointers (ids.p.b,
// ids.p.address_, ids.p[1].a), felt* pointers, struct sizes (ids.Pair.SIZE), constants
// (ids.SCALE), assignments to felts and to members through a pointer, and references to
// arguments and to an ap-based tempvar.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

const SCALE = 1000;

struct Pair {
    a: felt,
    b: felt,
}

struct Rect {
    inner: Pair,
    outer: Pair,
    tag: felt,
}

func fill(p: Pair*, n) {
    %{
        # Members through a typed pointer, and indexing with ids.p[i].
        for i in range(ids.n):
            ids.p[i].a = (i + 1) * ids.SCALE
            memory[ids.p.address_ + i * ids.Pair.SIZE + 1] = -(i + 1)
    %}
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local x;
    local s: Pair;
    local r: Rect;
    let (local ps: Pair*) = alloc();
    let (local fs: felt*) = alloc();
    tempvar t = 17;
    %{
        ids.x = 41 + 1
        ids.s.a = 3
        ids.s.b = ids.s.a * 5
        ids.r.inner.a = ids.Pair.SIZE
        ids.r.inner.b = ids.Rect.SIZE
        ids.r.outer.a = ids.Rect.outer
        ids.r.outer.b = ids.t * 2
        ids.r.tag = ids.SCALE
        memory[ids.fs] = 5
        memory[ids.fs + 1] = ids.fs.offset
        assert ids.s.address_ + 1 == ids.s.address_ + ids.Pair.b
        from starkware.cairo.lang.vm.relocatable import RelocatableValue
        assert isinstance(ids.fs, RelocatableValue) and isinstance(ids.x, int)
    %}
    fill(ps, 3);
    %{
        assert ids.ps[2].b == PRIME - 3, ids.ps[2].b
        print("x", ids.x, "s", ids.s.a, ids.s.b, "fs", memory[ids.fs], memory[ids.fs + 1])
        print("ps", [(ids.ps[i].a, ids.ps[i].b) for i in range(3)])
        print("types", type(ids.s).__name__, type(ids.ps).__name__, type(ids.fs).__name__)
    %}
    serialize_word(x);
    serialize_word(s.a);
    serialize_word(s.b);
    serialize_word(r.inner.a);
    serialize_word(r.inner.b);
    serialize_word(r.outer.a);
    serialize_word(r.outer.b);
    serialize_word(r.tag);
    serialize_word(ps[0].a + ps[1].a + ps[2].a);
    serialize_word(ps[2].b);
    serialize_word(fs[0]);
    return ();
}
