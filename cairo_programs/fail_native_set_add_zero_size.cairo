// cairovm: native-only
// cairovm: expect=error
// set_add with elm_size 0.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.set import set_add

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (s: felt*) = alloc();
    let set_end_ptr = s;
    set_add{set_end_ptr=set_end_ptr}(s, 0, s);
    return ();
}
