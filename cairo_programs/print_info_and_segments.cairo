// cairovm: args=--print_output --print_info --print_segments
// The --print_info (steps, used cells, final registers unrelocated) and --print_segments
// (relocation table) reports after a run that allocates a few segments of different sizes.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local a: felt*) = alloc();
    let (local b: felt*) = alloc();
    let (local c: felt*) = alloc();
    assert a[0] = 1;
    assert a[1] = 2;
    assert c[9] = 3;
    // b stays empty (size 0).
    serialize_word(a[0] + a[1] + c[9]);
    return ();
}
