// cairovm: slow
// cairovm: args=--print_output
// Benchmark: a chain of 2000 Pedersen hashes through the pedersen builtin.
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2

func chain{hash_ptr: HashBuiltin*}(acc, n) -> felt {
    if (n == 0) {
        return acc;
    }
    let (h) = hash2(acc, n);
    return chain(h, n - 1);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    let hash_ptr = pedersen_ptr;
    let c = chain{hash_ptr=hash_ptr}(0, 2000);
    let pedersen_ptr = hash_ptr;
    assert [output_ptr] = c;
    let output_ptr = output_ptr + 1;
    return ();
}
