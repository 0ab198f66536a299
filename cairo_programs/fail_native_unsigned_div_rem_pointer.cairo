// cairovm: native-only
// cairovm: expect=error
// unsigned_div_rem of a pointer: the hint's divmod() refuses a RelocatableValue.
%builtins range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import unsigned_div_rem

func main{range_check_ptr}() {
    let (p: felt*) = alloc();
    unsigned_div_rem(cast(p, felt), 7);
    return ();
}
