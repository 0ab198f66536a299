// Sorting with the common library's usort: N pseudo-random values with repetitions sorted and
// their multiplicities verified.
// bench: python_n=800
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import unsigned_div_rem
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.usort import usort

const N = 60000;

func fill{range_check_ptr}(values: felt*, i: felt, x: felt) {
    if (i == 0) {
        return ();
    }
    let (_, value) = unsigned_div_rem(x, 5003);
    assert values[0] = value;
    let (_, next) = unsigned_div_rem(x * 1103515245 + 12345, 2 ** 31);
    return fill(values + 1, i - 1, next);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local values: felt*) = alloc();
    fill(values, N, 42);
    let (output_len, output, multiplicities) = usort(N, values);
    serialize_word(output_len);
    serialize_word(output[0]);
    serialize_word(output[output_len - 1]);
    serialize_word(multiplicities[0]);
    return ();
}
