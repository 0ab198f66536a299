// cairovm: native-only
// cairovm: expect=error
// split_64 of a pointer: Python's `&` refuses a RelocatableValue.
%builtins range_check

from starkware.cairo.common.uint256 import split_64
from starkware.cairo.common.alloc import alloc

func main{range_check_ptr}() {
    let (p: felt*) = alloc();
    split_64(cast(p, felt));
    return ();
}
