// cairovm: proof-mode
// cairovm: args=--steps 16
// cairovm: expect=error
// Proof mode with --steps too small for the program: the end is not reached.
func count(i) {
    if (i == 0) {
        return ();
    }
    return count(i - 1);
}

func main() {
    count(20);
    return ();
}
