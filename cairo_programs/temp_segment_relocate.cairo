// cairovm: needs-python
// cairovm: args=--print_output
// Temporary segments: a custom hint `memory[ap] = segments.add_temp_segment()` creates segment
// -1; values (including a pointer into the temp segment itself) are written through it, then
// relocate_segment (common/segments.cairo, hint memory.add_relocation_rule) maps it onto the
// output segment, so the written cells show up in the program output after end_run relocation.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.segments import relocate_segment

func alloc_temp() -> (ptr: felt*) {
    %{ memory[ap] = segments.add_temp_segment() %}
    ap += 1;
    return (ptr=cast([ap - 1], felt*));
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local tmp: felt*) = alloc_temp();
    assert tmp[0] = 11;
    assert tmp[1] = 22;
    assert tmp[3] = 44;
    assert tmp[2] = tmp[0] + tmp[3];
    // A second temp segment (index -2), relocated into an ordinary segment.
    let (local tmp2: felt*) = alloc_temp();
    assert tmp2[0] = 5;
    assert tmp2[1] = cast(tmp + 1, felt);
    let (local dest: felt*) = alloc();
    assert dest[0] = 5;
    relocate_segment(src_ptr=tmp2, dest_ptr=dest);
    relocate_segment(src_ptr=tmp, dest_ptr=output_ptr);
    // After relocation, reading the pointer stored in tmp2[1] yields output_ptr + 1.
    let p = cast(tmp2[1], felt*);
    assert p = output_ptr + 1;
    let output_ptr = output_ptr + 4;
    return ();
}
