// Linear search: N lookups in an array of SIZE keys, each scanned by a Cairo loop and checked with
// the common library's find_element.
// bench: python_n=30
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.find_element import find_element
from starkware.cairo.common.math import unsigned_div_rem
from starkware.cairo.common.serialize import serialize_word

const N = 1200;
const SIZE = 1000;

func fill(array: felt*, i: felt) {
    if (i == SIZE) {
        return ();
    }
    assert array[i] = i * 7919 + 13;
    return fill(array, i + 1);
}

// Index of key in array, scanning from the start.
func scan(array: felt*, key: felt) -> felt {
    tempvar p = array;
    loop:
    tempvar difference = [p] - key;
    tempvar p = p + 1;
    jmp loop if difference != 0;
    return p - 1 - array;
}

func search_all{range_check_ptr}(array: felt*, round: felt, index: felt, total: felt) -> felt {
    alloc_locals;
    if (round == 0) {
        return total;
    }
    local key = array[index];
    let found = scan(array, key);
    assert found = index;
    let (elm_ptr: felt*) = find_element(array_ptr=array, elm_size=1, n_elms=SIZE, key=key);
    assert [elm_ptr] = key;
    // The next index: a stride of 389 modulo SIZE.
    let (_, next) = unsigned_div_rem(index + 389, SIZE);
    return search_all(array, round - 1, next, total + found);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local array: felt*) = alloc();
    fill(array, 0);
    let total = search_all(array, N, 0, 0);
    serialize_word(total);
    return ();
}
