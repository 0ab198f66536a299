// cairovm: needs-python
// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: args=--print_output
// The mod builtins' runners as Python hints see them: the reference's AddModBuiltinRunner and
// MulModBuiltinRunner with the layout's instance definitions, their segment and zeros; a hint of
// the program's own calls ModBuiltinRunner.fill_memory with them (add gates whose sum and
// addend are deduced, mul gates whose product and factor are deduced); range_check96 shows its
// instance definition as the reference's runner gives it.
%builtins output range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384
from starkware.cairo.common.registers import get_label_location

func main{
    output_ptr: felt*, range_check96_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*
}() {
    alloc_locals;
    %{
        from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import (
            AddModBuiltinRunner,
            MulModBuiltinRunner,
        )

        for name in ("add_mod_builtin", "mul_mod_builtin"):
            runner = builtin_runners[name]
            d = runner.instance_def
            print(name, type(runner).__name__, runner.name, runner.included, runner.base)
            print("  ", type(d).__name__, d.ratio, d.ratio_den, d.word_bit_len, d.n_words,
                  d.batch_size, d.memory_cells_per_instance, d.range_check_units_per_builtin)
            print("  ", runner.k_bound == runner.int_lim, runner.shift == 2**96,
                  runner.zero_value is not None, runner.cells_per_instance, runner.n_input_cells)
        assert isinstance(builtin_runners["add_mod_builtin"], AddModBuiltinRunner)
        assert isinstance(mul_mod_builtin, MulModBuiltinRunner)
        assert builtin_runners["add_mod_builtin"] is add_mod_builtin
        rc96 = range_check96_builtin
        print("range_check96", rc96.get_instance_def(), rc96.n_parts, rc96.inner_rc_bound,
              rc96.bound, rc96.ratio, hasattr(rc96, "instance_def"))
        print("output", hasattr(output_builtin, "get_instance_def"), hasattr(output_builtin, "name"))
    %}
    // Values: v0 = 7, v1 = 30, v2 = v0 + v1, v3 = v2 * v1, v4 with v4 + v0 = v1, v5 with
    // v5 * v1 = v3 (mod p = 101).
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(7, 0, 0, 0);
    assert values[1] = UInt384(30, 0, 0, 0);
    let (local add_offsets: felt*) = alloc();
    // v2 = v0 + v1; v0 + v4 = v1.
    assert add_offsets[0] = 0;
    assert add_offsets[1] = 4;
    assert add_offsets[2] = 8;
    assert add_offsets[3] = 0;
    assert add_offsets[4] = 16;
    assert add_offsets[5] = 4;
    let (local mul_offsets: felt*) = alloc();
    // v3 = v2 * v1; v5 * v1 = v3.
    assert mul_offsets[0] = 8;
    assert mul_offsets[1] = 4;
    assert mul_offsets[2] = 12;
    assert mul_offsets[3] = 20;
    assert mul_offsets[4] = 4;
    assert mul_offsets[5] = 12;
    assert add_mod_ptr[0] = ModBuiltin(
        p=UInt384(101, 0, 0, 0), values_ptr=values, offsets_ptr=add_offsets, n=2
    );
    assert mul_mod_ptr[0] = ModBuiltin(
        p=UInt384(101, 0, 0, 0), values_ptr=values, offsets_ptr=mul_offsets, n=2
    );
    %{
        from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner

        ModBuiltinRunner.fill_memory(
            memory=memory,
            add_mod=(ids.add_mod_ptr.address_, add_mod_builtin, 2),
            mul_mod=(ids.mul_mod_ptr.address_, mul_mod_builtin, 2),
        )
        print("values", [memory[ids.values.address_ + 4 * i] for i in range(6)])
        print("second add instance n", memory[ids.add_mod_ptr.address_ + 7 + 6])
    %}
    assert output_ptr[0] = values[2].d0;
    assert output_ptr[1] = values[3].d0;
    assert output_ptr[2] = values[4].d0;
    assert output_ptr[3] = values[5].d0;
    let output_ptr = output_ptr + 4;
    let add_mod_ptr = add_mod_ptr + 2 * ModBuiltin.SIZE;
    let mul_mod_ptr = mul_mod_ptr + 2 * ModBuiltin.SIZE;
    return ();
}
