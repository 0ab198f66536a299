// cairovm: args=--print_output
// Arrays in alloc'ed segments: fill with squares, reverse into a second array, compute a
// weighted sum, and write one cell of a third segment (leaving holes at its start).
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func fill_squares(arr: felt*, i, n) {
    if (i == n) {
        return ();
    }
    assert arr[i] = i * i;
    return fill_squares(arr, i + 1, n);
}

func reverse_into(src: felt*, dst: felt*, n) {
    if (n == 0) {
        return ();
    }
    assert [dst] = src[n - 1];
    return reverse_into(src, dst + 1, n - 1);
}

func weighted_sum(arr: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = weighted_sum(arr, n - 1);
    return rest + n * arr[n - 1];
}

func print_array{output_ptr: felt*}(arr: felt*, n) {
    if (n == 0) {
        return ();
    }
    serialize_word([arr]);
    return print_array(arr + 1, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local a: felt*) = alloc();
    let (local b: felt*) = alloc();
    let (local c: felt*) = alloc();
    fill_squares(a, 0, 8);
    reverse_into(a, b, 8);
    let w = weighted_sum(b, 8);
    // c is allocated but only its 3rd cell is written (two holes).
    assert c[2] = w;
    print_array(b, 8);
    serialize_word(c[2]);
    return ();
}
