// cairovm: needs-python
// cairovm: expect=error
// cairovm: stderr=differs  (cairo-run ends in an uncaught InconsistentAutoDeductionError with a Python traceback; cairovm prints the same message as "Error: ...")
// A hint writes a cell of a segment whose auto-deduction rule (added by a hint) deduces another
// value; no instruction reads the cell, so only the end-of-run check of the rules catches it.
func main() {
    %{
        cells = segments.add()
        vm_add_auto_deduction_rule(cells.segment_index, lambda vm, addr: 2 * addr.offset)
        memory[cells + 1] = 2
        memory[cells + 3] = 7
    %}
    return ();
}
