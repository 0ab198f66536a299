// cairovm: expect=error
// cairovm: args=--print_output
// Felt division by a run-time zero: `a / b` compiles to `a = q * b`, so the VM must deduce
// op0 = dst / op1 with op1 = 0: "Cannot deduce operand in '0 = ? * 10' (possibly due to
// division by 0)." (the message prints dst after the `*`).
%builtins output

from starkware.cairo.common.serialize import serialize_word

func safe_ratio(a, b) -> felt {
    return a / b;
}

func main{output_ptr: felt*}() {
    let r1 = safe_ratio(10, 5);
    serialize_word(r1);
    let r2 = safe_ratio(10, 0);
    serialize_word(r2);
    return ();
}
