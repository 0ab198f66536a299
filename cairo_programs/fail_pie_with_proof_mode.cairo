// cairovm: pie
// cairovm: proof-mode
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// --cairo_pie_output with --proof_mode: cairo-run's argument assertion refuses the pair.
func main() {
    [ap] = 1, ap++;
    ret;
}
