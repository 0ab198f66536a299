// cairovm: expect=error
// cairovm: layout=plain
// cairovm: stderr=no-python-traceback
// An InconsistentMemoryError raised inside a hint: the cell that alloc's hint
// `memory[ap] = segments.add()` writes was pre-filled with 5 before the call. The reference
// prints "Got an exception while executing a hint." and a Python traceback ending in
// "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError: Inconsistent memory assignment
// at address 1:8. 5 != 5:0."; the harness compares stderr with the Python stack frames removed
// (the "Traceback (most recent call last):" header and the final exception line are kept).
from starkware.cairo.common.alloc import alloc

func main() {
    let (a: felt*) = alloc();
    assert a[0] = 1;
    // The callee's frame starts 2 cells above the current ap (after fp and return pc).
    [ap + 2] = 5;
    call alloc;
    return ();
}
