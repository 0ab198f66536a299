// cairovm: needs-python
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// A validation rule rejects a value that a hint writes through `memory`: the hint fails with the
// rule's exception and its frames in the traceback.
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
    %{ memory[ids.cells + 1] = 1000 %}
    return ();
}
