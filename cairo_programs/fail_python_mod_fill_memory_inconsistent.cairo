// cairovm: needs-python
// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: expect=error
// cairovm: stderr=no-python-traceback  (the frames inside `memory[...] = ...` are cairovm's, not memory_dict.py's)
// A program's own hint calls ModBuiltinRunner.fill_memory with the add_mod runner (an add gate
// whose values are all known: left as they are), then the runner's write_n_words_value writes
// another value over the gate's sum: the memory's InconsistentMemoryError, reported with the
// reference's traceback through the runner's code.
%builtins range_check96 add_mod mul_mod

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import ModBuiltin, UInt384

func main{range_check96_ptr: felt*, add_mod_ptr: ModBuiltin*, mul_mod_ptr: ModBuiltin*}() {
    alloc_locals;
    let (local values: UInt384*) = alloc();
    assert values[0] = UInt384(3, 0, 0, 0);
    assert values[1] = UInt384(4, 0, 0, 0);
    assert values[2] = UInt384(8, 0, 0, 0);
    let (local add_offsets: felt*) = alloc();
    assert add_offsets[0] = 0;
    assert add_offsets[1] = 4;
    assert add_offsets[2] = 8;
    assert add_mod_ptr[0] = ModBuiltin(
        p=UInt384(11, 0, 0, 0), values_ptr=values, offsets_ptr=add_offsets, n=1
    );
    %{
        from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner

        memory[ids.values.address_ + 8] = 8
        ModBuiltinRunner.fill_memory(
            memory=memory,
            add_mod=(ids.add_mod_ptr.address_, builtin_runners["add_mod_builtin"], 1),
            mul_mod=None,
        )
        # All known: fill_memory leaves them; the builtin's own check then fails at the end.
        add_mod_builtin.write_n_words_value(memory, ids.values.address_ + 8, 7)
    %}
    let add_mod_ptr = add_mod_ptr + ModBuiltin.SIZE;
    return ();
}
