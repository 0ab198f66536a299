// cairovm: expect=error
// A far cell (beyond the dense part of its segment) written, then asserted equal to another
// value: the reference reports the failed ASSERT_EQ, not an inconsistent memory write.
func main() {
    ap += 1000000;
    [ap] = 5;
    [ap] = 6;
    ret;
}
