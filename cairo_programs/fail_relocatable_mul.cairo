// cairovm: expect=error
// cairovm: args=--print_output
// Multiplying a pointer by a number inside a called function: "Could not complete computation *
// of non pure values: (RelocatableValue(segment_index=..., offset=...), 2)." (Python repr text).
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func scale(x) -> felt {
    return x * 2;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local p: felt*) = alloc();
    let a = scale(21);
    serialize_word(a);
    let b = scale(cast(p + 3, felt));
    serialize_word(b);
    return ();
}
