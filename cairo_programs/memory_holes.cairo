// cairovm: args=--print_output
// Memory holes: `ap += 5` skips execution-segment cells that are never written, an alloc'ed
// segment is written sparsely (every third cell), and a frame is only partially filled.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func sparse_fill(arr: felt*, i, n) {
    if (i == n) {
        return ();
    }
    assert arr[3 * i] = i + 1000;
    return sparse_fill(arr, i + 1, n);
}

func skip_cells() -> felt {
    [ap] = 7, ap++;
    ap += 5;
    [ap] = [ap - 6] * 6, ap++;
    ap += 5;
    return [ap - 6];
}

func main{output_ptr: felt*}() {
    alloc_locals;
    // Three locals of which only the last is ever written.
    local unused_a;
    local unused_b;
    local used;
    let (local arr: felt*) = alloc();
    sparse_fill(arr, 0, 6);
    let r = skip_cells();
    used = r;
    serialize_word(used);
    serialize_word(arr[0]);
    serialize_word(arr[15]);
    return ();
}
