// cairovm: needs-python
// cairovm: proof-mode
// cairovm: args=--print_output --print_info
// segments.finalize from hints in proof mode: a hint-finalized segment's size and public cells
// (offset, page) go into the relocated memory and the AIR public input.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local data: felt*;
    %{
        ids.data = segments.add(size=8)
        segments.finalize(ids.data.segment_index, public_memory=[(0, 0), (2, 0)])
    %}
    assert data[0] = 5;
    assert data[2] = 9;
    assert data[3] = 10;
    serialize_word(data[0] + data[2]);
    return ();
}
