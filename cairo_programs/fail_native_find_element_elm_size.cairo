// cairovm: native-only
// cairovm: expect=error
// find_element with elm_size 0.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (arr: felt*) = alloc();
    assert arr[0] = 1;
    let (p) = find_element(arr, 0, 1, 1);
    return ();
}
