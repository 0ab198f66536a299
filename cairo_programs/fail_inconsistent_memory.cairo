// cairovm: expect=error
// cairovm: args=--print_output
// Writing a second, different value into an already written cell of an alloc'ed segment from a
// helper function. The VM only writes unknown cells, so the known cell is compared instead:
// "An ASSERT_EQ instruction failed: 7 != 6." (for the InconsistentMemoryError text itself, see
// fail_inconsistent_memory_alloc_hint).
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func store(ptr: felt*, value) {
    assert [ptr] = value;
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local arr: felt*) = alloc();
    store(arr, 5);
    store(arr + 1, 6);
    serialize_word(arr[0]);
    // Same value again is fine; a different value is not.
    store(arr, 5);
    store(arr + 1, 7);
    return ();
}
