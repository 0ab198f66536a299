// cairovm: native-only
// cairovm: expect=error
// search_sorted_lower reading past the written cells.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import search_sorted_lower

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (arr: felt*) = alloc();
    assert arr[0] = 1;
    let (p) = search_sorted_lower(arr, 1, 3, 9);
    return ();
}
