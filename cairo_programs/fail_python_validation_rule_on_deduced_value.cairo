// cairovm: needs-python
// cairovm: expect=error
// A segment with a deduction rule and a validation rule that rejects what the deduction gives:
// the instruction that reads the cell deduces it, the write is validated, and the run fails there
// with the validation rule's exception text.
func main() {
    alloc_locals;
    local cells: felt*;
    %{
        ids.cells = cells = segments.add()

        def small_rule(memory, addr):
            assert memory[addr] < 100, f"{memory[addr]} at {addr} is not small"
            return {addr}

        vm_add_auto_deduction_rule(cells.segment_index, lambda vm, addr: 10 * addr.offset)
        vm_add_validation_rule(cells.segment_index, small_rule)
    %}
    tempvar a = cells[3];
    tempvar b = cells[30];
    return ();
}
