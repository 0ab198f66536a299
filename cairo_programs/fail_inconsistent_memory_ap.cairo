// cairovm: expect=error
// cairovm: layout=plain
// A conflicting value for an execution-segment cell through raw instructions: [fp] holds 3 and
// `[fp] = [fp + 1] + 1` computes 5 for it ("An ASSERT_EQ instruction failed: 3 != 5.").
func main() {
    [ap] = 3, ap++;
    [ap] = 4, ap++;
    [fp] = [fp + 1] + 1;
    [fp] = [fp + 1] * 2;
    return ();
}
