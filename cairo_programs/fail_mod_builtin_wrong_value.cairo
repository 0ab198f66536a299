// cairovm: expect=error
// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: stderr=differs  (the reference ends in an uncaught SecurityError traceback that wraps the builtin's AssertionError; the runner prints "Error: <the same message>")
// The add_mod builtin used directly, with a wrong sum in the values table (3 + 4 != 1 mod 7): the
// secure-run check rejects the instance, printing its inputs and values.
%builtins add_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384

func main{add_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(d0=3, d1=0, d2=0, d3=0);
    assert values[1] = UInt384(d0=4, d1=0, d2=0, d3=0);
    assert values[2] = UInt384(d0=1, d1=0, d2=0, d3=0);
    let (local offsets: felt*) = alloc();
    assert offsets[0] = 0;
    assert offsets[1] = 4;
    assert offsets[2] = 8;
    assert add_mod_ptr[0] = ModBuiltin(
        p=UInt384(d0=7, d1=0, d2=0, d3=0), values_ptr=values, offsets_ptr=offsets, n=1
    );
    let add_mod_ptr = add_mod_ptr + ModBuiltin.SIZE;
    return ();
}
