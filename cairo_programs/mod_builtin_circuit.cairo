// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: args=--print_output --print_segments
// A circuit over the BLS12-381 base field run by the library's run_mod_p_circuit: the hint
// deduces every kind of missing value (a sum, a product, an inverse through a mul gate, a
// difference through an add gate) and fills the later builtin instances; the secure run checks
// them all.
%builtins output range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit
from starkware.cairo.common.registers import get_label_location

func output_value{output_ptr: felt*}(value: UInt384*) {
    assert output_ptr[0] = value.d0;
    assert output_ptr[1] = value.d1;
    assert output_ptr[2] = value.d2;
    assert output_ptr[3] = value.d3;
    let output_ptr = output_ptr + 4;
    return ();
}

func main{
    output_ptr: felt*, range_check96_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*
}() {
    alloc_locals;
    let p = UInt384(
        d0=54880396502181392957329877675,
        d1=31935979117156477062286671870,
        d2=20826981314825584179608359615,
        d3=8047903782086192180586325942,
    );
    let (local values: UInt384*) = alloc();
    // v0 = a, v1 = b = p - 5, v2 = 1.
    assert values[0] = UInt384(
        d0=42607145154661183427237891567,
        d1=352125166730063718056674663,
        d2=42607145154661183427237891567,
        d3=19088743,
    );
    assert values[1] = UInt384(
        d0=54880396502181392957329877670,
        d1=31935979117156477062286671870,
        d2=20826981314825584179608359615,
        d3=8047903782086192180586325942,
    );
    assert values[2] = UInt384(d0=1, d1=0, d2=0, d3=0);
    let (add_offsets) = get_label_location(add_mod_offsets);
    let (mul_offsets) = get_label_location(mul_mod_offsets);
    run_mod_p_circuit(
        p=p,
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=3,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=2,
    );
    output_value(values + 3 * UInt384.SIZE);  // v3 = v0 + v1
    output_value(values + 4 * UInt384.SIZE);  // v4 = v3 * v1
    output_value(values + 5 * UInt384.SIZE);  // v5 = 1 / v0
    output_value(values + 6 * UInt384.SIZE);  // v6 = v4 - v5
    output_value(values + 7 * UInt384.SIZE);  // v7 = v1 + v1 (reduced once)
    return ();

    // Offsets (in cells) of a, b and c per gate.
    add_mod_offsets:
    dw 0;
    dw 4;
    dw 12;
    dw 20;
    dw 24;
    dw 16;
    dw 4;
    dw 4;
    dw 28;

    mul_mod_offsets:
    dw 12;
    dw 4;
    dw 16;
    dw 0;
    dw 20;
    dw 8;
}
