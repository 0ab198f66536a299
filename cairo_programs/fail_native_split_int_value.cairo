// cairovm: native-only
// cairovm: expect=error
// split_int whose value does not fit the limbs.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import split_int

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (out: felt*) = alloc();
    split_int(2 ** 20, 2, 2 ** 8, 2 ** 8, out);
    return ();
}
