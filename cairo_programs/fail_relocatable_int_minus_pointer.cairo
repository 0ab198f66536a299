// cairovm: expect=error
// cairovm: layout=plain
// Deducing op0 = dst - op1 where dst is an integer and op1 a pointer: the reference surfaces the
// Python TypeError text "unsupported operand type(s) for -: 'int' and 'RelocatableValue'".
from starkware.cairo.common.alloc import alloc

func main() {
    let (p: felt*) = alloc();
    [ap] = p, ap++;
    [ap] = 5, ap++;
    // 5 = [ap] + p  =>  [ap] = 5 - p.
    [ap - 1] = [ap] + [ap - 2];
    return ();
}
