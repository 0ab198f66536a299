// cairovm: layouts=dex,recursive,starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: args=--print_output
// The output builtin: serialize_word, serialize_array with a callback (call abs through a
// function pointer), and direct writes through output_ptr.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.registers import get_label_location
from starkware.cairo.common.serialize import serialize_array, serialize_word

struct Pair {
    a: felt,
    b: felt,
}

// Callback for serialize_array: writes a.a * a.b at the output pointer passed as a felt.
func write_product(out: felt, p: Pair*) -> (next: felt) {
    let ptr = cast(out, felt*);
    assert [ptr] = p.a * p.b;
    return (next=out + 1);
}

func main{output_ptr: felt*}() {
    serialize_word(1);
    serialize_word(0);
    serialize_word(3618502788666131213697322783095070105623107215331596699973092056135872020480);
    let (pairs: Pair*) = alloc();
    assert pairs[0] = Pair(a=2, b=3);
    assert pairs[1] = Pair(a=4, b=5);
    assert pairs[2] = Pair(a=6, b=7);
    let (cb) = get_label_location(write_product);
    serialize_array(cast(pairs, felt*), 3, Pair.SIZE, cb);
    // Direct writes, then advance the implicit argument by hand.
    assert output_ptr[0] = 'cairo';
    assert output_ptr[1] = 2 ** 128;
    let output_ptr = output_ptr + 2;
    return ();
}
