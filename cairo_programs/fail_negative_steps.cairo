// cairovm: expect=error
// cairovm: args=--print_output --steps -5
// A negative --steps: cairo-run's step budget is spent before the first step, so the run stops
// at the entry with "End of program was not reached" (a CLI reading the count as an unsigned
// integer would wrap it to 2^64 - 5 instead).
func main() {
    [ap] = 1, ap++;
    return ();
}
