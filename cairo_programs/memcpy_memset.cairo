// cairovm: args=--print_output
// memcpy and memset from starkware.cairo.common (their hints use vm_enter_scope/vm_exit_scope
// and a scope variable `n`), including zero-length calls and a copy of a copy.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.memcpy import memcpy
from starkware.cairo.common.memset import memset
from starkware.cairo.common.serialize import serialize_word

func print_array{output_ptr: felt*}(arr: felt*, n) {
    if (n == 0) {
        return ();
    }
    serialize_word([arr]);
    return print_array(arr + 1, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local src: felt*) = alloc();
    assert src[0] = 3;
    assert src[1] = 1;
    assert src[2] = 4;
    assert src[3] = 1;
    assert src[4] = 5;
    let (local dst: felt*) = alloc();
    memcpy(dst, src, 5);
    // Copy the copy into the middle of another segment.
    let (local dst2: felt*) = alloc();
    memset(dst2, 9, 3);
    memcpy(dst2 + 3, dst, 5);
    memset(dst2 + 8, -2, 2);
    // Zero-length calls do nothing.
    memcpy(dst2 + 100, src, 0);
    memset(dst2 + 100, 7, 0);
    // Single-element calls.
    memset(dst2 + 10, 42, 1);
    memcpy(dst2 + 11, src + 4, 1);
    print_array(dst2, 12);
    return ();
}
