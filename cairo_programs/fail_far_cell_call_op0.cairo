// cairovm: expect=error
// A call whose return-pc cell is a far cell written beforehand: the reference reports the
// call's inconsistent op0, not an inconsistent memory write.
func callee() {
    ret;
}

func main() {
    ap += 1000000;
    [ap + 1] = 7;
    call callee;
    ret;
}
