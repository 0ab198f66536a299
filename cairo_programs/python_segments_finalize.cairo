// cairovm: needs-python
// cairovm: args=--print_output --print_memory --relocate_prints --print_segments
// segments.add(size=...) and segments.finalize(...) from hints: a finalized segment takes its
// given size in the relocated memory (holes after its used cells), get_segment_size reads it
// back during the run, and a later finalize replaces an earlier size.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local wide: felt*;
    local resized: felt*;
    local plain: felt*;
    %{
        ids.wide = segments.add(size=10)
        ids.resized = segments.add(size=2)
        ids.plain = segments.add()
        assert segments.get_segment_size(ids.wide.segment_index) == 10
        segments.finalize(ids.resized.segment_index, 6)
        segments.finalize(ids.resized.segment_index)  # no size: keeps 6
        assert segments.get_segment_size(ids.resized.segment_index) == 6
    %}
    assert wide[0] = 11;
    assert wide[3] = 13;
    assert resized[1] = 17;
    assert plain[0] = 19;
    assert plain[1] = cast(wide + 3, felt);
    serialize_word(wide[3] + resized[1]);
    return ();
}
