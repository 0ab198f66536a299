// cairovm: needs-python
// Scope variables shared by Python hints and native library hints: Python sets
// __find_element_index, __find_element_max_size and __usort_max_size for the native
// find_element, search_sorted and usort hints, and reads `excluded` left by the native
// assert_le_felt hint and `__find_element_index` deleted by find_element.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element, search_sorted
from starkware.cairo.common.math import assert_le_felt
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.usort import usort

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local pairs: felt*) = alloc();
    assert pairs[0] = 3;
    assert pairs[1] = 30;
    assert pairs[2] = 8;
    assert pairs[3] = 80;

    %{ __find_element_index = 1 %}
    let (p) = find_element(pairs, 2, 2, 8);
    serialize_word(p[1]);
    %{ assert '__find_element_index' not in globals() %}

    %{ __find_element_max_size = 2 %}
    let (p, found) = search_sorted(pairs, 2, 2, 8);
    serialize_word(found);

    assert_le_felt(2 ** 200, 2 ** 250);
    %{ print('excluded', excluded) %}

    %{ __usort_max_size = 3 %}
    let (local input: felt*) = alloc();
    assert input[0] = 5;
    assert input[1] = 4;
    assert input[2] = 5;
    let (output_len, output, multiplicities) = usort(3, input);
    serialize_word(output_len);
    serialize_word(multiplicities[1]);
    return ();
}
