// cairovm: pie
// cairovm: layout=small
// cairovm: args=--print_output
// A Cairo PIE of a run with output, pedersen and range_check and two extra segments (from
// alloc) with holes: metadata, memory, builtin additional data (the pedersen cells checked) and
// execution resources (steps, memory holes, builtin instances).
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    let (h) = hash2{hash_ptr=pedersen_ptr}(1, 2);
    serialize_word(h);
    let (h2) = hash2{hash_ptr=pedersen_ptr}(h, 5);
    serialize_word(h2);
    let (p) = alloc();
    assert p[0] = 5;
    assert p[3] = 6;
    let (q: felt**) = alloc();
    assert q[1] = p;
    assert [range_check_ptr] = 9;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
