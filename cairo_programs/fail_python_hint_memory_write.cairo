// cairovm: needs-python
// cairovm: expect=error
// cairovm: args=--print_output
// cairovm: stderr=no-python-traceback  (the frames inside `memory[...] = ...` are cairovm's, not memory_dict.py's)
// A Python hint writes a different value to a memory cell the program already wrote: the
// reference's InconsistentMemoryError, raised through `memory[...] = ...` in the hint.
%builtins output

func main{output_ptr: felt*}() {
    alloc_locals;
    local x = 5;
    %{
        memory[fp] = 5  # the same value: fine
        memory[fp] = 6
    %}
    return ();
}
