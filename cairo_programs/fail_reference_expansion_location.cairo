// cairovm: expect=error
// cairovm: args=--print_output
// An error inside an instruction produced by expanding a `let` reference (`w * h` with w a
// pointer): the location has a parent location, so the error first shows the use site
// ("...: While expanding the reference 'area' in:") and then the definition with the message.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func area_plus_one(w, h) -> felt {
    let area = w * h;
    return area + 1;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local p: felt*) = alloc();
    let a = area_plus_one(3, 4);
    serialize_word(a);
    let b = area_plus_one(cast(p, felt), 4);
    serialize_word(b);
    return ();
}
