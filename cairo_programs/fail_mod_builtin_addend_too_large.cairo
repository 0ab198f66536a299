// cairovm: expect=error
// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: stderr=no-python-traceback
// An add_mod gate a + x = c whose known addend exceeds c + p: no x in range, the hint fails.
%builtins range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.modulo import run_mod_p_circuit

func main{range_check96_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(d0=20, d1=0, d2=0, d3=0);
    assert values[2] = UInt384(d0=3, d1=0, d2=0, d3=0);
    let (local offsets: felt*) = alloc();
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    run_mod_p_circuit(
        p=UInt384(d0=7, d1=0, d2=0, d3=0),
        values_ptr=values,
        add_mod_offsets_ptr=offsets,
        add_mod_n=1,
        mul_mod_offsets_ptr=offsets,
        mul_mod_n=0,
    );
    return ();
}
