// cairovm: run-proof-mode
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// Compiled without --proof_mode, run with it: there is no __end__ label, and cairo-run fails
// with an uncaught MissingIdentifierError.
func main() {
    [ap] = 1, ap++;
    ret;
}
