// cairovm: needs-python
// cairovm: args=--print_output
// The other globals of Python hints: the builtin runners by name (range_check_builtin's bound and
// base, builtin_runners), to_felt_or_relocatable, the field helpers, current_step, a temporary
// segment relocated by a rule the hint adds (memory.add_relocation_rule, memory.relocate_value),
// and the MemorySegmentManager calls that the reference refuses during a run
// (compute_effective_sizes, get_segment_used_size), caught in the hint.
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    local temp: felt*;
    local dest: felt*;
    %{
        print("bound", range_check_builtin.bound == 2**128, "base", range_check_builtin.base)
        print("runners", sorted(builtin_runners))
        print("base is", builtin_runners["output_builtin"].base)
        print("felt", to_felt_or_relocatable(-1) == PRIME - 1, to_felt_or_relocatable(ap))
        print("fdiv", fdiv(1, 3) * 3 % PRIME, fpow(3, 4), fsub(1, 2) == PRIME - 1)
        print("step", current_step)
        ids.temp = segments.add_temp_segment()
        ids.dest = segments.add()
        memory[ids.temp] = 11
        memory[ids.temp + 1] = ids.temp
        for call in (lambda: segments.compute_effective_sizes(),
                     lambda: segments.get_segment_used_size(1)):
            try:
                call()
            except AssertionError as e:
                print("refused", e)
    %}
    tempvar x = temp[0] + 1;
    %{
        memory.add_relocation_rule(src_ptr=ids.temp, dest_ptr=ids.dest + 2)
        print("relocated", memory.relocate_value(ids.temp + 1), memory.relocate_value(5))
        print("step", current_step)
    %}
    serialize_word(x);
    return ();
}
