// cairovm: air-inputs
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// --air_public_input without --proof_mode: cairo-run's argument assertion fails (after it has
// created the output files, empty).
func main() {
    [ap] = 1, ap++;
    ret;
}
