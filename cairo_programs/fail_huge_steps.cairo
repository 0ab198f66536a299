// cairovm: expect=error
// cairovm: args=--print_output --steps 1000000000000000000000000000000
// --steps far beyond 2^64 for a program that ends at once: the run ends quickly, with the
// reference's "Execution reached the end of the program." (not an overflow or a hang).
func main() {
    [ap] = 1, ap++;
    return ();
}
