// cairovm: args=--print_output
// The pedersen builtin used directly (x and y written, the hash cell read so the builtin deduces
// it) along a chain of 40 hashes, including inputs at the edges of the field and of the 248-bit
// split that the hash uses (2^248 - 1, 2^248, -1).
%builtins output pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.serialize import serialize_word

func hash{pedersen_ptr: HashBuiltin*}(x, y) -> felt {
    assert pedersen_ptr.x = x;
    assert pedersen_ptr.y = y;
    let result = pedersen_ptr.result;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return result;
}

func chain{pedersen_ptr: HashBuiltin*}(acc, i, n) -> felt {
    if (i == n) {
        return acc;
    }
    let h = hash(acc, i * i);
    return chain(h, i + 1, n);
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    local a = hash(2 ** 248 - 1, 2 ** 248);
    local b = hash(-1, -1);
    local c = hash(2 ** 251, 17);
    let d_result = chain(a, 0, 40);
    local d = d_result;
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    serialize_word(d);
    return ();
}
