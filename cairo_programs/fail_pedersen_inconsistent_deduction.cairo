// cairovm: expect=error
// cairovm: stderr=differs  (cairo-run ends in an uncaught InconsistentAutoDeductionError with a Python traceback; cairovm prints the same message as "Error: ...")
// A program writes the result cell of a pedersen instance itself, with a wrong value, and never
// reads it: only the end-of-run check of the deduction rules can catch it.
%builtins pedersen

from starkware.cairo.common.cairo_builtins import HashBuiltin

func main{pedersen_ptr: HashBuiltin*}() {
    assert pedersen_ptr.x = 1;
    assert pedersen_ptr.y = 2;
    assert pedersen_ptr.result = 5;
    let pedersen_ptr = pedersen_ptr + HashBuiltin.SIZE;
    return ();
}
