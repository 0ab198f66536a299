// cairovm: proof-mode
// cairovm: layout=small
// cairovm: args=--steps 64 --print_info
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// Proof mode with --steps 64: no padding, and the ecdsa builtin of layout small needs at least
// 512 steps, so finalizing the segments fails with InsufficientAllocatedCells.
%builtins output

func main{output_ptr: felt*}() {
    assert [output_ptr] = 1;
    let output_ptr = output_ptr + 1;
    return ();
}
