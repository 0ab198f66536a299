// cairovm: args=--print_output
// A hostile write pattern: each write lands at twice the previous offset (plus 2^20), 40 times,
// up to ~2^60. A VM that stores segments densely and grows them to each written offset would
// need exponentially much memory; this must run in bounded memory and time.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func grow(base: felt*, offset: felt, n: felt) -> (last: felt) {
    if (n == 0) {
        return (last=offset);
    }
    assert base[offset] = n;
    return grow(base, offset * 2 + 2 ** 20, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local base: felt*) = alloc();
    let (last) = grow(base, 1, 40);
    serialize_word(last);
    serialize_word(base[1]);
    return ();
}
