// cairovm: needs-python
// cairovm: args=--print_output
// The memory file's order around relocation: instructions write cells of a temporary segment
// between writes to ordinary cells. Relocation moves each temporary cell to its destination at
// the place where it was first written; one relocated onto a cell written before it (with the
// same value) keeps the earlier cell's place, as in the reference's dict.
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
    let (local dest: felt*) = alloc();
    let (local tmp: felt*) = alloc_temp();
    assert tmp[1] = 7;
    assert dest[0] = 3;
    tempvar sum = tmp[1] + dest[0];
    assert dest[3] = sum;
    assert tmp[0] = 4;
    // Lands on dest[3], written above.
    assert tmp[2] = sum;
    assert tmp[5] = tmp[1] * 2;
    assert output_ptr[0] = tmp[0] + tmp[1] + tmp[2];
    assert output_ptr[1] = tmp[5];
    relocate_segment(src_ptr=tmp, dest_ptr=dest + 1);
    let output_ptr = output_ptr + 2;
    return ();
}
