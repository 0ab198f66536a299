// uint256 arithmetic from the common library: add, sub, mul, division with remainder, comparisons
// and square roots on N pseudo-random 256-bit values.
// bench: python_n=45
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import (
    Uint256,
    uint256_add,
    uint256_lt,
    uint256_mul,
    uint256_sqrt,
    uint256_sub,
    uint256_unsigned_div_rem,
)

const N = 7000;

func rounds{range_check_ptr}(i: felt, x: Uint256, acc: Uint256) -> Uint256 {
    alloc_locals;
    if (i == 0) {
        return acc;
    }
    let (low, high) = uint256_mul(x, Uint256(0xfedcba9876543210fedcba9876543211, 0x1234567));
    let (sum, _) = uint256_add(low, high);
    let (quotient, remainder) = uint256_unsigned_div_rem(sum, Uint256(0xffffffffffffffc5, 0));
    let (less) = uint256_lt(quotient, remainder);
    let (root) = uint256_sqrt(sum);
    let (difference) = uint256_sub(sum, root);
    let (new_acc, _) = uint256_add(acc, remainder);
    let (new_acc, _) = uint256_add(new_acc, Uint256(less, 0));
    return rounds(i - 1, difference, new_acc);
}

func main{output_ptr: felt*, range_check_ptr}() {
    let acc = rounds(N, Uint256(0x1234567890abcdef1234567890abcdef, 0xabcdef), Uint256(0, 0));
    serialize_word(acc.low);
    serialize_word(acc.high);
    return ();
}
