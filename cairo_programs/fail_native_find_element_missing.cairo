// cairovm: native-only
// cairovm: expect=error
// find_element of a missing key: ValueError.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (arr: felt*) = alloc();
    assert arr[0] = 1;
    assert arr[1] = 2;
    let (p) = find_element(arr, 1, 2, 5);
    return ();
}
