// cairovm: proof-mode
// cairovm: layout=dynamic
// cairovm: layout_params=proof_dynamic_mod_builtins.layout.json
// cairovm: args=--print_output --print_info
// Proof mode on a dynamic layout with add_mod and mul_mod: a small circuit over a 97-bit prime
// run by run_mod_p_circuit, then the builtins' cells padded by the proof-mode finalization (the
// zero segment, the batch offsets), the AIR public input with the dynamic layout's segments and
// the AIR private input with both mod builtins' instances and the zero value's address.
%builtins output range_check range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit
from starkware.cairo.common.registers import get_label_location
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*,
    range_check_ptr,
    range_check96_ptr: felt*,
    add_mod_ptr: ModBuiltin*,
    mul_mod_ptr: ModBuiltin*,
}() {
    alloc_locals;
    // p = 2^96 + 61 (prime) as 96-bit words.
    let p = UInt384(d0=61, d1=1, d2=0, d3=0);
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(d0=123456789, d1=0, d2=0, d3=0);
    assert values[1] = UInt384(d0=2 ** 96 - 5, d1=0, d2=0, d3=0);
    let (add_offsets) = get_label_location(add_mod_offsets);
    let (mul_offsets) = get_label_location(mul_mod_offsets);
    run_mod_p_circuit(
        p=p,
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=2,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=2,
    );
    // v2 = v0 + v1, v3 = v2 * v0, v4 = v3 + v1, v5 = v4 * v4.
    serialize_word(values[2].d0);
    serialize_word(values[2].d1);
    serialize_word(values[3].d0);
    serialize_word(values[3].d1);
    serialize_word(values[5].d0);
    serialize_word(values[5].d1);
    assert [range_check_ptr] = values[5].d0;
    let range_check_ptr = range_check_ptr + 1;
    return ();

    add_mod_offsets:
    dw 0;
    dw 4;
    dw 8;
    dw 12;
    dw 4;
    dw 16;

    mul_mod_offsets:
    dw 8;
    dw 0;
    dw 12;
    dw 16;
    dw 16;
    dw 20;
}
