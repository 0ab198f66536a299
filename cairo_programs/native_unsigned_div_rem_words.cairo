// cairovm: native-only
// cairovm: args=--print_output
// unsigned_div_rem with one-word divisors (the hint's limb path) and wider ones: values of one to
// three words, zero, a divisor of 1 and of 2^64 - 1, and 2^64 and above.
%builtins output range_check

from starkware.cairo.common.math import unsigned_div_rem
from starkware.cairo.common.serialize import serialize_word

func show{output_ptr: felt*, range_check_ptr}(value: felt, div: felt) {
    let (q, r) = unsigned_div_rem(value, div);
    serialize_word(q);
    serialize_word(r);
    return ();
}

func main{output_ptr: felt*, range_check_ptr}() {
    show(12345678901234567890, 3);
    show(0, 5);
    show(2 ** 128 - 1, 1);
    show(2 ** 191 + 12345, 2 ** 64 - 1);
    show(2 ** 127 + 2 ** 64 + 7, 2 ** 63 + 1);
    show(2 ** 100, 2 ** 64);
    show(2 ** 140 + 99, 2 ** 70 + 3);
    return ();
}
