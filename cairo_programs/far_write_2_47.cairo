// cairovm: args=--print_output
// Far writes near and beyond 2^47 (2^47, 2^47 + 2^46, 2^62) in one alloc'ed segment: each cell
// must cost what one cell costs, and the relocated addresses (far past 2^47) must come out as
// the reference's.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local far: felt*) = alloc();
    let (local after: felt*) = alloc();
    assert far[2 ** 47] = 7;
    assert far[2 ** 47 + 2 ** 46] = 8;
    assert far[2 ** 62] = 9;
    tempvar p: felt* = far + 2 ** 62;
    assert after[0] = [p] + far[2 ** 47];
    // The relocated address of the far cell, as stored in memory.
    assert after[1] = cast(p, felt);
    serialize_word(after[0]);
    serialize_word(cast(p, felt) - cast(far, felt));
    return ();
}
