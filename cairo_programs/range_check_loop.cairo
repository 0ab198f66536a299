// cairovm: args=--print_output
// The range_check builtin in a loop without hints: a <= b is checked as b - a in [0, 2^128), over
// a sequence of triangular numbers and values near the bound.
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word

func check{range_check_ptr}(value) {
    assert [range_check_ptr] = value;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}

// Checks t(i) <= t(i + 1) for the triangular numbers t(i) = i * (i + 1) / 2, i < n.
func increasing{range_check_ptr}(i, t, n) -> felt {
    if (i == n) {
        return t;
    }
    let next = t + i + 1;
    check(next - t);
    check(t);
    return increasing(i + 1, next, n);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let last_result = increasing(0, 0, 100);
    local last = last_result;
    check(2 ** 128 - 1);
    check(2 ** 127);
    check(0);
    serialize_word(last);
    serialize_word(range_check_ptr);
    return ();
}
