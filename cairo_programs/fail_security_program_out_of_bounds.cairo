// cairovm: expect=error
// cairovm: stderr=differs  (the reference ends in an uncaught SecurityError traceback; the runner prints "Error: <the same message>")
// Cells written into the program segment past the program's last word: the secure-run check
// reports the first one written (0:903), not the lowest address (0:503), as cairo-run walks its
// memory dictionary in insertion order.
from starkware.cairo.common.registers import get_fp_and_pc

func main() {
    let (_, pc_value) = get_fp_and_pc();
    let code: felt* = cast(pc_value, felt*);
    assert code[900] = 3;
    assert code[500] = 4;
    return ();
}
