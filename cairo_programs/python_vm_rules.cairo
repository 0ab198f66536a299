// cairovm: needs-python
// cairovm: args=--print_output
// vm_add_auto_deduction_rule and vm_add_validation_rule from a hint: a segment whose unknown
// cells are deduced when an instruction reads them (rule(vm, addr, *args)), and a segment whose
// cells are checked when an instruction or `memory` writes them (rule(memory, addr) returning the
// validated addresses), but not when segments.write_arg writes them; the deduction rule is also
// checked against the known cells of its segment when the run ends.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local squares: felt*;
    local checked: felt*;
    %{
        ids.squares = squares = segments.add()
        ids.checked = checked = segments.add()
        asked = []

        def square_rule(vm, addr, shift):
            asked.append(addr.offset)
            if addr.offset >= 10:
                return None
            assert vm.run_context.memory[addr - addr.offset + 7] == 54
            return addr.offset * addr.offset + shift

        vm_add_auto_deduction_rule(squares.segment_index, square_rule, 5)
        vm_add_auto_deduction_rule(
            squares.segment_index, lambda vm, addr: 1000 + addr.offset if addr.offset >= 10 else None
        )

        validated = []

        def even_rule(memory, addr):
            value = memory[addr]
            assert value % 2 == 0, f"odd value {value} at {addr}"
            validated.append(addr.offset)
            # Validates the next cell too: it is not checked when written.
            return {addr, addr + 1}

        vm_add_validation_rule(checked.segment_index, even_rule)
        memory[squares + 7] = 54  # what the rule deduces
    %}
    tempvar a = squares[3];
    tempvar b = squares[11];
    assert checked[0] = 4;
    assert checked[1] = 5;
    %{
        memory[ids.checked + 4] = 8
        segments.write_arg(ids.checked + 6, [9, 11])
        print("asked", asked, "validated", validated)
        print("deduced", memory[ids.squares + 3], memory[ids.squares + 11])
    %}
    assert checked[2] = 10;
    serialize_word(a);
    serialize_word(b);
    serialize_word(checked[6]);
    %{ print("validated", validated) %}
    return ();
}
