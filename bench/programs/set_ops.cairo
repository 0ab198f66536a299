// Set operations: N insertions of two-felt elements into a set with the common library's set_add
// (half of them duplicates), then a membership count of another range by linear probing.
// bench: python_n=120
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.math import unsigned_div_rem
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.set import set_add

const N = 5000;
const DISTINCT = 400;

func insert{range_check_ptr, set_end_ptr: felt*}(set_ptr: felt*, i: felt) {
    alloc_locals;
    if (i == 0) {
        return ();
    }
    let (_, key) = unsigned_div_rem(i * 7, DISTINCT);
    let (local element: felt*) = alloc();
    assert element[0] = key;
    assert element[1] = key * key + 1;
    set_add(set_ptr=set_ptr, elm_size=2, elm_ptr=element);
    return insert(set_ptr, i - 1);
}

// 1 when (key, key * key + 1) is one of the n elements at set_ptr.
func contains(set_ptr: felt*, n: felt, key: felt) -> felt {
    if (n == 0) {
        return 0;
    }
    if (set_ptr[0] == key) {
        return 1;
    }
    return contains(set_ptr + 2, n - 1, key);
}

func count_members(set_ptr: felt*, n: felt, key: felt, total: felt) -> felt {
    if (key == 0) {
        return total;
    }
    let found = contains(set_ptr, n, key);
    return count_members(set_ptr, n, key - 1, total + found);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local set_ptr: felt*) = alloc();
    let set_end_ptr = set_ptr;
    insert{set_end_ptr=set_end_ptr}(set_ptr, N);
    let size = (set_end_ptr - set_ptr) / 2;
    let members = count_members(set_ptr, size, 2 * DISTINCT, 0);
    serialize_word(size);
    serialize_word(members);
    return ();
}
