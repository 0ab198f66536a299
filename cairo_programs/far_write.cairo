// cairovm: args=--print_output
// A far write: cell 2^30 + 7 of an alloc'ed segment is written (the VM must not allocate every
// cell in between), so the following segment is relocated to just past 2^30.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

const FAR = 2 ** 30 + 7;

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local far: felt*) = alloc();
    let (local after: felt*) = alloc();
    assert far[0] = 1;
    assert far[FAR] = 12345;
    // Read it back through a pointer computed at run time.
    tempvar p: felt* = far + FAR;
    assert after[0] = [p] + 1;
    assert after[1] = cast(p, felt) - cast(far, felt);
    // A pointer to the far cell stored in memory relocates to a large address.
    assert after[2] = cast(p, felt);
    serialize_word(after[0]);
    serialize_word(after[1]);
    return ();
}
