// cairovm: native-only
// cairovm: layout=starknet
// find_element, search_sorted_lower, search_sorted, set_add, usort (with verify_usort) and
// poseidon_hash_many (its nondet length tests), with Python hints disabled in cairovm.
%builtins output pedersen range_check ecdsa bitwise ec_op poseidon

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash_many
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.find_element import find_element, search_sorted, search_sorted_lower
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.set import set_add
from starkware.cairo.common.usort import usort

func out{output_ptr: felt*}(value) {
    serialize_word(value);
    return ();
}

func fill(ptr: felt*, n) {
    if (n == 0) {
        return ();
    }
    assert [ptr] = n * n;
    return fill(ptr + 1, n - 1);
}

func main{
    output_ptr: felt*,
    pedersen_ptr,
    range_check_ptr,
    ecdsa_ptr,
    bitwise_ptr,
    ec_op_ptr,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    alloc_locals;
    // Pairs (key, value), sorted by key.
    let (local pairs: felt*) = alloc();
    assert pairs[0] = 3;
    assert pairs[1] = 30;
    assert pairs[2] = 8;
    assert pairs[3] = 80;
    assert pairs[4] = 20;
    assert pairs[5] = 200;
    assert pairs[6] = 21;
    assert pairs[7] = 210;

    let (p) = find_element(pairs, 2, 4, 20);
    out(p[1]);
    let (p) = find_element(pairs, 2, 4, 3);
    out(p[1]);
    let (p) = search_sorted_lower(pairs, 2, 4, 9);
    out(p - pairs);
    let (p) = search_sorted_lower(pairs, 2, 4, 100);
    out(p - pairs);
    let (p) = search_sorted_lower(pairs, 2, 0, 100);
    out(p - pairs);
    let (p, found) = search_sorted(pairs, 2, 4, 8);
    out(p - pairs);
    out(found);
    let (p, found) = search_sorted(pairs, 2, 4, 9);
    out(p - pairs);
    out(found);
    let (p, found) = search_sorted(pairs, 2, 4, 22);
    out(p - pairs);
    out(found);

    // A set of pairs: adding an existing pair keeps the set, a new one is appended.
    let (local set: felt*) = alloc();
    assert set[0] = 1;
    assert set[1] = 2;
    assert set[2] = 3;
    assert set[3] = 4;
    let set_end_ptr = set + 4;
    let (local elm: felt*) = alloc();
    assert elm[0] = 3;
    assert elm[1] = 4;
    set_add{set_end_ptr=set_end_ptr}(set, 2, elm);
    out(set_end_ptr - set);
    let (local elm2: felt*) = alloc();
    assert elm2[0] = 2;
    assert elm2[1] = 3;
    set_add{set_end_ptr=set_end_ptr}(set, 2, elm2);
    out(set_end_ptr - set);
    out(set[5]);

    let (local input: felt*) = alloc();
    assert input[0] = 7;
    assert input[1] = 1;
    assert input[2] = 7;
    assert input[3] = 0;
    assert input[4] = 2 ** 100;
    assert input[5] = 7;
    assert input[6] = 0;
    let (output_len, output, multiplicities) = usort(7, input);
    out(output_len);
    out(output[0]);
    out(output[1]);
    out(output[2]);
    out(output[3]);
    out(multiplicities[0]);
    out(multiplicities[1]);
    out(multiplicities[3]);
    let (output_len, output, multiplicities) = usort(0, input);
    out(output_len);

    let (h) = poseidon_hash_many(8, pairs);
    out(h);
    let (local twelve: felt*) = alloc();
    fill(twelve, 12);
    let (h) = poseidon_hash_many(12, twelve);
    out(h);
    let (h) = poseidon_hash_many(1, input);
    out(h);
    let (h) = poseidon_hash_many(0, input);
    out(h);
    return ();
}
