// cairovm: needs-python
// cairovm: expect=error
// A validation rule on a temporary segment rejects the value an instruction writes there: the
// run fails at that instruction with the rule's exception text.
func main() {
    alloc_locals;
    local temp: felt*;
    %{
        ids.temp = temp = segments.add_temp_segment()

        def even(memory, addr):
            assert memory[addr] % 2 == 0, f"odd value {memory[addr]} at {addr}"
            return {addr}

        vm_add_validation_rule(temp.segment_index, even)
    %}
    assert temp[0] = 4;
    assert temp[1] = 7;
    return ();
}
