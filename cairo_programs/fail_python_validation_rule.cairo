// cairovm: needs-python
// cairovm: expect=error
// A validation rule that a hint added rejects a value an instruction writes: the run fails at
// that instruction with the rule's exception text.
func main() {
    alloc_locals;
    local cells: felt*;
    %{
        ids.cells = cells = segments.add()

        def small_rule(memory, addr):
            assert memory[addr] < 100, f"{memory[addr]} at {addr} is not small"
            return {addr}

        vm_add_validation_rule(cells.segment_index, small_rule)
    %}
    assert cells[0] = 5;
    assert cells[1] = 500;
    return ();
}
