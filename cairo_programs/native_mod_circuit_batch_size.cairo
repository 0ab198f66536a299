// cairovm: layout=dynamic
// cairovm: layout_params=native_mod_circuit_batch_size.layout.json
// cairovm: native-only
// run_mod_p_circuit's hint as later library versions spell it, checking the builtins' batch size
// against the program's BATCH_SIZE: one add gate and one mul gate over the BLS12-381 base field,
// their results deduced by the hint.
%builtins output range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_label_location

const BATCH_SIZE = 1;

func run_circuit{add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}(
    p: UInt384,
    values_ptr: UInt384*,
    add_mod_offsets_ptr: felt*,
    add_mod_n: felt,
    mul_mod_offsets_ptr: felt*,
    mul_mod_n: felt,
) {
    assert add_mod_ptr[0] = ModBuiltin(
        p=p, values_ptr=values_ptr, offsets_ptr=add_mod_offsets_ptr, n=add_mod_n
    );
    assert mul_mod_ptr[0] = ModBuiltin(
        p=p, values_ptr=values_ptr, offsets_ptr=mul_mod_offsets_ptr, n=mul_mod_n
    );
    %{
        from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner
        assert builtin_runners["add_mod_builtin"].instance_def.batch_size == ids.BATCH_SIZE
        assert builtin_runners["mul_mod_builtin"].instance_def.batch_size == ids.BATCH_SIZE

        ModBuiltinRunner.fill_memory(
            memory=memory,
            add_mod=(ids.add_mod_ptr.address_, builtin_runners["add_mod_builtin"], ids.add_mod_n),
            mul_mod=(ids.mul_mod_ptr.address_, builtin_runners["mul_mod_builtin"], ids.mul_mod_n),
        )
    %}
    let add_mod_ptr = &add_mod_ptr[add_mod_n];
    let mul_mod_ptr = &mul_mod_ptr[mul_mod_n];
    return ();
}

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
    // v0 = 3, v1 = p - 1.
    assert values[0] = UInt384(d0=3, d1=0, d2=0, d3=0);
    assert values[1] = UInt384(
        d0=54880396502181392957329877674,
        d1=31935979117156477062286671870,
        d2=20826981314825584179608359615,
        d3=8047903782086192180586325942,
    );
    let (add_offsets) = get_label_location(add_mod_offsets);
    let (mul_offsets) = get_label_location(mul_mod_offsets);
    run_circuit(
        p=p,
        values_ptr=values,
        add_mod_offsets_ptr=add_offsets,
        add_mod_n=1,
        mul_mod_offsets_ptr=mul_offsets,
        mul_mod_n=1,
    );
    output_value(values + 2 * UInt384.SIZE);  // v2 = v0 + v1 = 2
    output_value(values + 3 * UInt384.SIZE);  // v3 = v0 * v1 = p - 3
    return ();

    add_mod_offsets:
    dw 0;
    dw 4;
    dw 8;

    mul_mod_offsets:
    dw 0;
    dw 4;
    dw 12;
}
