// cairovm: expect=error
// cairovm: args=--print_output
// cairovm: stderr=differs  (cairo-run reduces the new pc's offset modulo P, to P - 1000, and fails fetching the instruction there with "Unknown value for memory cell at address 0:P-1000" at that pc; cairovm stops at the jump itself, at pc=0:0 with the source line: "Relocatable offset out of range: 0:P-1000.")
// A relative jump 1000 cells back from the start of the program: the new pc would have a
// negative offset in the program segment.
func main() {
    jmp rel -1000;
}
