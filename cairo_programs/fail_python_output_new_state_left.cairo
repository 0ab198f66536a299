// cairovm: needs-python
// cairovm: expect=error
// A hint moves the output builtin to another segment with new_state() and never sets the old
// state back: at the end of the run the builtin checks main's returned output pointer against
// the new segment, and the run fails with the reference's "Invalid stop pointer" error.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    serialize_word(1);
    local inner: felt*;
    %{
        ids.inner = inner = segments.add()
        output_builtin.new_state(base=inner)
    %}
    assert inner[0] = 5;
    assert inner[1] = 6;
    return ();
}
