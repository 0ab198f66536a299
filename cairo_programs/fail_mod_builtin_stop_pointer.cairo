// cairovm: expect=error
// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// run_mod_p_circuit fills two add_mod instances, but main returns a pointer past one only.
%builtins range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{range_check96_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let start = add_mod_ptr;
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(d0=2, d1=0, d2=0, d3=0);
    assert values[1] = UInt384(d0=4, d1=0, d2=0, d3=0);
    let (local offsets: felt*) = alloc();
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    assert offsets[3] = 8;
    assert offsets[4] = 4;
    assert offsets[5] = 12;
    run_mod_p_circuit(
        p=UInt384(d0=7, d1=0, d2=0, d3=0),
        values_ptr=values,
        add_mod_offsets_ptr=offsets,
        add_mod_n=2,
        mul_mod_offsets_ptr=offsets,
        mul_mod_n=0,
    );
    let add_mod_ptr = start + ModBuiltin.SIZE;
    return ();
}
