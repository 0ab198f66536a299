// cairovm: layout=plain
// cairovm: args=--print_output
// No builtins. Calls through every form: call rel with an immediate (ordinary call), call abs
// with a function pointer in a frame cell, call rel with a register offset, and ret; results
// are checked with asserts (the trace and memory files are compared).
from starkware.cairo.common.registers import get_label_location

func add3(a, b, c) -> (r: felt) {
    return (r=a + b + c);
}

func square(x) -> (r: felt) {
    return (r=x * x);
}

// Calls `f(x)` through a function pointer.
func apply(f: felt*, x) -> (r: felt) {
    [ap] = x, ap++;
    call abs f;
    return (r=[ap - 1]);
}

// Applies `f` twice: f(f(x)).
func apply_twice(f: felt*, x) -> (r: felt) {
    let (y) = apply(f, x);
    let (z) = apply(f, y);
    return (r=z);
}

func main() {
    alloc_locals;
    // call rel (immediate).
    let (s) = add3(1, 2, 3);
    assert s = 6;
    local s_saved = s;

    // call abs through a pointer.
    let (sq_ptr: felt*) = get_label_location(square);
    local sq: felt* = sq_ptr;
    let (r1) = apply(sq, 12);
    assert r1 = 144;
    let (r2) = apply_twice(sq, 3);
    assert r2 = 81;

    // call abs through a frame cell directly.
    [ap] = 5, ap++;
    call abs [fp + 1];
    assert [ap - 1] = 25;

    // call rel through a register: compute the pc offset of `square` from here at runtime.
    let (here: felt*) = get_label_location(call_site);
    local offset = sq - here;
    [ap] = 9, ap++;
    call_site:
    call rel [fp + 2];
    assert [ap - 1] = 81;

    assert s_saved = 6;
    return ();
}
