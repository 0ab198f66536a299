// cairovm: expect=error
// cairovm: args=--print_output
// A relative jump 1000 cells back from the start of the program: the new pc would have a
// negative offset in the program segment.
func main() {
    jmp rel -1000;
}
