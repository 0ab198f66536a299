// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// A lane split of keccak_builtin_state_to_felts reads a lane that was never written.
%builtins output

from starkware.cairo.common.alloc import alloc

func split_lane(felt_array: felt*) {
    alloc_locals;
    local high9;
    local low9;
    %{ ids.high9, ids.low9 = divmod(memory[ids.felt_array + 9], 256 ** 3) %}
    return ();
}

func main{output_ptr: felt*}() {
    let (lanes: felt*) = alloc();
    split_lane(lanes);
    return ();
}
