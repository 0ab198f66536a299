// cairovm: expect=error
// cairovm: layout=plain
// A `call` whose frame cells were already written: [ap+1] holds 6, so the call cannot store
// its return pc there ("Call failed to write return-pc (inconsistent op0)").
func callee() {
    return ();
}

func main() {
    callee();
    [ap + 1] = 6;
    call callee;
    return ();
}
