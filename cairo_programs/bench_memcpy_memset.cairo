// cairovm: slow
// cairovm: args=--print_output
// Benchmark: memset and memcpy of 6000 cells each, plus a checksum loop (one native hint call
// per copied cell).
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.memcpy import memcpy
from starkware.cairo.common.memset import memset

func checksum(arr: felt*, n, acc) -> felt {
    if (n == 0) {
        return acc;
    }
    return checksum(arr + 1, n - 1, acc * 3 + [arr]);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local a: felt*) = alloc();
    let (local b: felt*) = alloc();
    memset(a, 5, 6000);
    memcpy(b, a, 6000);
    let c = checksum(b, 6000, 0);
    assert [output_ptr] = c;
    let output_ptr = output_ptr + 1;
    return ();
}
