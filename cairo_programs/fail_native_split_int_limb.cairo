// cairovm: native-only
// cairovm: expect=error
// split_int with a limb above the bound.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import split_int

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (out: felt*) = alloc();
    split_int(2 ** 20, 2, 2 ** 8, 2 ** 4, out);
    return ();
}
