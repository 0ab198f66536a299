// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: args=--print_output --print_segments --print_info
// add_mod and mul_mod used directly, without the hint: the program writes whole instances (two
// add_mod instances that continue one another, n = 2 then 1) and every value; the secure run
// checks them, including a sum that needs one reduction (k = 1) and a product above p.
%builtins output add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384

func main{output_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let p = UInt384(d0=1000003, d1=0, d2=0, d3=0);
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(d0=999999, d1=0, d2=0, d3=0);
    assert values[1] = UInt384(d0=10, d1=0, d2=0, d3=0);
    assert values[2] = UInt384(d0=6, d1=0, d2=0, d3=0);  // 999999 + 10 - p
    assert values[3] = UInt384(d0=16, d1=0, d2=0, d3=0);  // 6 + 10
    assert values[4] = UInt384(d0=9999990, d1=0, d2=0, d3=0);  // 999999 * 10, unreduced
    let (local offsets: felt*) = alloc();
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    assert offsets[3] = 8;
    assert offsets[4] = 4;
    assert offsets[5] = 12;
    assert offsets[6] = 0;
    assert offsets[7] = 4;
    assert offsets[8] = 16;
    assert add_mod_ptr[0] = ModBuiltin(p=p, values_ptr=values, offsets_ptr=offsets, n=2);
    assert add_mod_ptr[1] = ModBuiltin(p=p, values_ptr=values, offsets_ptr=offsets + 3, n=1);
    assert mul_mod_ptr[0] = ModBuiltin(p=p, values_ptr=values, offsets_ptr=offsets + 6, n=1);
    let add_mod_ptr = add_mod_ptr + 2 * ModBuiltin.SIZE;
    let mul_mod_ptr = mul_mod_ptr + ModBuiltin.SIZE;
    assert output_ptr[0] = values[3].d0;
    let output_ptr = output_ptr + 1;
    return ();
}
