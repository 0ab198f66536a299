// cairovm: needs-python
// cairovm: args=--print_output
// vm_add_validation_rule on a temporary segment: the rule sees the cells that instructions and
// `memory` write there (not those of segments.memory), and the temporary segment is then
// relocated into a real one.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local temp: felt*;
    local real: felt*;
    %{
        ids.temp = temp = segments.add_temp_segment()
        ids.real = real = segments.add()
        seen = []

        def below_limit(memory, addr, limit):
            assert memory[addr] < limit, f"{memory[addr]} at {addr} is not below {limit}"
            seen.append((addr.segment_index, addr.offset))
            return {addr}

        vm_add_validation_rule(temp.segment_index, below_limit, 50)
        memory[temp + 2] = 12
        segments.memory[temp + 3] = 99  # beneath the validated memory: not checked
    %}
    assert temp[0] = 5;
    assert temp[1] = 40;
    tempvar total = temp[0] + temp[1] + temp[2] + temp[3];
    %{
        print("seen", seen)
        memory.add_relocation_rule(ids.temp, ids.real)
    %}
    serialize_word(total);
    return ();
}
