// cairovm: native-only
// Hint strings of older cairo-lang versions and of widely used libraries (uint384, keccak's input
// loop of cairo-lang 0.10, bit helpers) that cairovm runs natively.
%builtins output

from starkware.cairo.common.serialize import serialize_word

struct Uint384 {
    d0: felt,
    d1: felt,
    d2: felt,
}

func keccak_full_word{output_ptr: felt*}(n_bytes: felt) {
    alloc_locals;
    local full_word: felt;
    %{ ids.full_word = int(ids.n_bytes >= 8) %}
    serialize_word(full_word);
    return ();
}

func assert_le_felt_v0_6(a: felt, b: felt) {
    %{
        from starkware.cairo.common.math_utils import assert_integer
        assert_integer(ids.a)
        assert_integer(ids.b)
        assert (ids.a % PRIME) <= (ids.b % PRIME), \
            f'a = {ids.a % PRIME} is not less than or equal to b = {ids.b % PRIME}.'
    %}
    return ();
}

func bit_length{output_ptr: felt*}(x: felt) {
    alloc_locals;
    local bit_length: felt;
    %{
        x = ids.x
        ids.bit_length = x.bit_length()
    %}
    serialize_word(bit_length);
    return ();
}

func lsbs{output_ptr: felt*}(a: felt, b: felt) {
    alloc_locals;
    local a_lsb: felt;
    local b_lsb: felt;
    %{
        ids.a_lsb = ids.a & 1
        ids.b_lsb = ids.b & 1
    %}
    serialize_word(a_lsb);
    serialize_word(b_lsb);
    return ();
}

func split_128{output_ptr: felt*}(a: felt) {
    alloc_locals;
    local low: felt;
    local high: felt;
    %{
        ids.low = ids.a & ((1<<128) - 1)
        ids.high = ids.a >> 128
    %}
    serialize_word(low);
    serialize_word(high);
    return ();
}

func split_output1{output_ptr: felt*}(output1: felt) {
    alloc_locals;
    local output1_low: felt;
    local output1_high: felt;
    %{
        ids.output1_low = ids.output1 & ((1 << 128) - 1)
        ids.output1_high = ids.output1 >> 128
    %}
    serialize_word(output1_low);
    serialize_word(output1_high);
    return ();
}

func uint384_signed_nn{output_ptr: felt*}(a: Uint384) {
    %{ memory[ap] = 1 if 0 <= (ids.a.d2 % PRIME) < 2 ** 127 else 0 %}
    tempvar result = [ap];
    serialize_word(result);
    return ();
}

func n_at_least{output_ptr: felt*}(n: felt) {
    %{ memory[ap] = to_felt_or_relocatable(ids.n >= 2) %}
    tempvar at_least_2 = [ap];
    serialize_word(at_least_2);
    %{ memory[ap] = to_felt_or_relocatable(ids.n >= 10) %}
    tempvar at_least_10 = [ap];
    serialize_word(at_least_10);
    return ();
}

// A temporary segment written and then relocated onto a real one.
func temporary_array{output_ptr: felt*}() {
    alloc_locals;
    local temporary_array: felt*;
    %{ ids.temporary_array = segments.add_temp_segment() %}
    assert temporary_array[0] = 11;
    assert temporary_array[1] = 22;
    let src_ptr = temporary_array;
    let dest_ptr = output_ptr;
    %{ memory.add_relocation_rule(src_ptr=ids.src_ptr, dest_ptr=ids.dest_ptr) %}
    let output_ptr = output_ptr + 2;
    return ();
}

func uint384_add_carries{output_ptr: felt*}(a: Uint384, b: Uint384) {
    alloc_locals;
    const SHIFT = 2 ** 128;
    local carry_d0: felt;
    local carry_d1: felt;
    local carry_d2: felt;
    %{
        sum_d0 = ids.a.d0 + ids.b.d0
        ids.carry_d0 = 1 if sum_d0 >= ids.SHIFT else 0
        sum_d1 = ids.a.d1 + ids.b.d1 + ids.carry_d0
        ids.carry_d1 = 1 if sum_d1 >= ids.SHIFT else 0
        sum_d2 = ids.a.d2 + ids.b.d2 + ids.carry_d1
        ids.carry_d2 = 1 if sum_d2 >= ids.SHIFT else 0
    %}
    serialize_word(carry_d0);
    serialize_word(carry_d1);
    serialize_word(carry_d2);
    return ();
}

func main{output_ptr: felt*}() {
    keccak_full_word(7);
    keccak_full_word(8);
    keccak_full_word(100);
    assert_le_felt_v0_6(3, 3);
    assert_le_felt_v0_6(-5, -1);
    bit_length(0);
    bit_length(1);
    bit_length(255);
    bit_length(-1);
    lsbs(6, 7);
    lsbs(-1, 2 ** 200 + 3);
    split_128(2 ** 130 + 5);
    split_128(-1);
    split_output1(2 ** 251 + 2 ** 127);
    uint384_signed_nn(Uint384(d0=1, d1=2, d2=2 ** 127 - 1));
    uint384_signed_nn(Uint384(d0=1, d1=2, d2=2 ** 127));
    uint384_signed_nn(Uint384(d0=1, d1=2, d2=-1));
    n_at_least(1);
    n_at_least(2);
    n_at_least(10);
    n_at_least(-3);
    temporary_array();
    uint384_add_carries(
        Uint384(d0=2 ** 128 - 1, d1=2 ** 128 - 1, d2=5), Uint384(d0=1, d1=0, d2=2 ** 128 - 5)
    );
    uint384_add_carries(Uint384(d0=7, d1=2 ** 127, d2=0), Uint384(d0=8, d1=2 ** 127, d2=0));
    return ();
}
