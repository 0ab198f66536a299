// Poseidon hashes with the builtin: N rounds of poseidon_hash on a chain, with poseidon_hash_many
// over a growing window of the chain every round.
// bench: python_n=750
%builtins output poseidon

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash, poseidon_hash_many
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.serialize import serialize_word

const N = 100000;

func chain{poseidon_ptr: PoseidonBuiltin*}(i: felt, values: felt*, last: felt) -> felt {
    if (i == 0) {
        return last;
    }
    let (next) = poseidon_hash(last, i);
    assert values[0] = next;
    let (window) = poseidon_hash_many(4, values - 3);
    return chain(i - 1, values + 1, window);
}

func main{output_ptr: felt*, poseidon_ptr: PoseidonBuiltin*}() {
    alloc_locals;
    let (local values: felt*) = alloc();
    assert values[0] = 1;
    assert values[1] = 2;
    assert values[2] = 3;
    let result = chain(N, values + 3, 0);
    serialize_word(result);
    return ();
}
