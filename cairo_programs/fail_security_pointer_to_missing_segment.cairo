// cairovm: expect=error
// cairovm: layout=plain
// cairovm: stderr=differs  (cairo-run ends with an uncaught SecurityError and its traceback; cairovm prints "Error: " and the same message)
// A hint writes a pointer into a segment that does not exist, and the step loop copies it and
// offsets it. The run itself succeeds; the secure-run check fails on the first such cell in
// write order, the hint's: "Invalid memory value at address 1:3: 1000:7."
func main() {
    [ap] = 1, ap++;
    %{ memory[ap] = ap.__class__(segment_index=1000, offset=7) %}
    [ap + 1] = [ap], ap++;
    ap += 1;
    [ap] = [ap - 1] + 3, ap++;
    ret;
}
