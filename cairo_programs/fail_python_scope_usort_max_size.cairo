// cairovm: needs-python
// cairovm: expect=error
// __usort_max_size set by a Python hint limits the native usort hint.
%builtins output range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.usort import usort

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    %{ __usort_max_size = 2 %}
    let (local input: felt*) = alloc();
    assert input[0] = 5;
    assert input[1] = 4;
    assert input[2] = 5;
    let (output_len, output, multiplicities) = usort(3, input);
    return ();
}
