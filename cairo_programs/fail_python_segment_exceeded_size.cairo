// cairovm: needs-python
// cairovm: expect=error
// A hint gives a segment size 2 and the program writes its cell 4: relocation fails with
// "Segment 3 exceeded its allocated size."
func main() {
    alloc_locals;
    local p: felt*;
    %{ ids.p = segments.add(size=2) %}
    assert p[4] = 1;
    return ();
}
