// cairovm: expect=error
// cairovm: layout=plain
// An assertion fails at recursion depth 30 (no builtins): the Cairo traceback is cut at 20
// frames, so the implementation must walk and truncate the frame chain the same way.
func descend(n) -> felt {
    if (n == 0) {
        // The equality fails: 0 * 5 + 1 != 2.
        tempvar x = n * 5 + 1;
        assert x = 2;
        return x;
    }
    let r = descend(n - 1);
    return r + 1;
}

func main() {
    descend(30);
    return ();
}
