// cairovm: args=--print_output --print_memory --relocate_prints --print_info
// --print_memory with --relocate_prints: the relocated memory listing (gaps marked with a
// vertical ellipsis line), relocated final registers, with pointers and negative values stored.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local a: felt*) = alloc();
    assert a[0] = -7;
    assert a[2] = cast(a, felt);
    assert a[4] = 2 ** 200;
    serialize_word(a[0]);
    return ();
}
