// cairovm: needs-python
// cairovm: args=--print_output
// is_accessed: the program's cells and the cells that instructions read or wrote (pc, dst, op0,
// op1, through a double dereference too), not the cells only hints wrote.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func read_third(p: felt*) -> felt {
    return p[2];
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local data: felt*;
    %{
        ids.data = data = segments.add()
        segments.write_arg(data, [10, 20, 30, 40])
        print("before", [is_accessed(data + i) for i in range(4)], is_accessed(pc),
              is_accessed(pc + 1000), is_accessed(ap), is_accessed(fp - 1), is_accessed(5))
    %}
    let x = read_third(data);
    %{
        print("after", [is_accessed(ids.data + i) for i in range(4)], is_accessed(ap - 1),
              is_accessed(ap), is_accessed(fp), is_accessed(fp - 3), current_step)
        print("program", all(is_accessed(pc - pc.offset + i) for i in range(5)))
    %}
    serialize_word(x);
    return ();
}
