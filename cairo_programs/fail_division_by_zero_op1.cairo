// cairovm: expect=error
// cairovm: layout=plain
// Division by zero with the unknown in op1: `10 = 0 * [ap]` cannot be deduced, so the VM falls
// back to reading the unknown cell and reports "Unknown value for memory cell at address 1:X."
func main() {
    [ap] = 10, ap++;
    [ap] = 0, ap++;
    [ap - 2] = [ap - 1] * [ap];
    return ();
}
