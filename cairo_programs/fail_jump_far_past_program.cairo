// cairovm: expect=error
// cairovm: args=--print_output
// A relative jump 2^62 cells forward, far past the end of the program segment: fetching the
// instruction there fails (the cell was never written).
func main() {
    jmp rel 4611686018427387904;
}
