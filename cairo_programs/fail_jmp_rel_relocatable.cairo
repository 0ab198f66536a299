// cairovm: expect=error
// cairovm: layout=plain
// A relative jump by a pointer amount: "Could not complete computation jmp rel of non pure
// value: X:0."
from starkware.cairo.common.alloc import alloc

func main() {
    let (p: felt*) = alloc();
    [ap] = p, ap++;
    jmp rel [ap - 1];
}
