// Memory-heavy arrays: fills an array of SIZE elements, then copies it N times with the common
// library's memcpy (one hint per copied element) into fresh segments and sums a sample.
// bench: python_n=1
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.memcpy import memcpy
from starkware.cairo.common.serialize import serialize_word

const N = 60;
const SIZE = 8000;

func fill(array: felt*, i: felt, n: felt) {
    if (i == n) {
        return ();
    }
    assert array[i] = i * i + 7;
    return fill(array, i + 1, n);
}

func copy_rounds(src: felt*, rounds: felt, checksum: felt) -> felt {
    alloc_locals;
    if (rounds == 0) {
        return checksum;
    }
    let (local dst: felt*) = alloc();
    memcpy(dst=dst, src=src, len=SIZE);
    // Each round copies from the previous copy, so every copy reads fresh cells.
    return copy_rounds(dst, rounds - 1, checksum + dst[rounds] + dst[SIZE - rounds]);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local array: felt*) = alloc();
    fill(array, 0, SIZE);
    let checksum = copy_rounds(array, N, 0);
    serialize_word(checksum);
    return ();
}
