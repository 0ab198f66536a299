// cairovm: needs-python
// cairovm: expect=error
// cairovm: args=--print_output
// cairovm: stderr=no-python-traceback  (the frames inside `memory[...]` are cairovm's, not memory_dict.py's)
// A Python hint reads a memory cell nobody wrote, inside a called function: the reference's
// UnknownMemoryError (a KeyError), after the hint's output so far.
%builtins output

from starkware.cairo.common.registers import get_fp_and_pc

func read_ahead(p: felt*) {
    %{
        print("first", memory[ids.p])
        print("far", memory[ids.p + 100])
    %}
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (__fp__, _) = get_fp_and_pc();
    local a = 1;
    local b = 2;
    read_ahead(&a);
    return ();
}
