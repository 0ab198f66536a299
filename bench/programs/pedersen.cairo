// Pedersen hashes with the builtin: a hash chain of N steps through the common library's hash2.
// bench: python_n=4000
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

const N = 150000;

func chain{hash_ptr: HashBuiltin*}(i: felt, value: felt) -> felt {
    if (i == 0) {
        return value;
    }
    let (next) = hash2(value, i);
    return chain(i - 1, next);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    let result = chain{hash_ptr=pedersen_ptr}(N, 1);
    serialize_word(result);
    return ();
}
