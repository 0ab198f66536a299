// cairovm: layouts=dex,recursive,starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: args=--print_output
// The pedersen builtin through hash2 (no hints): hashes of (0, 0), (1, 2), (-1, 2^250) and a
// five-step hash chain; the builtin deduces each result cell when it is read.
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func chain{hash_ptr: HashBuiltin*}(acc, i, n) -> felt {
    if (i == n) {
        return acc;
    }
    let (h) = hash2(acc, i);
    return chain(h, i + 1, n);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    let hash_ptr = pedersen_ptr;
    with hash_ptr {
        let (local h0) = hash2(0, 0);
        let (local h1) = hash2(1, 2);
        let (local h2) = hash2(-1, 2 ** 250);
        let c = chain(0, 0, 5);
    }
    let pedersen_ptr = hash_ptr;
    serialize_word(h0);
    serialize_word(h1);
    serialize_word(h2);
    serialize_word(c);
    return ();
}
