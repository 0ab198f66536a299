// cairovm: needs-python
// cairovm: proof-mode
// cairovm: args=--print_output
// Output pages from hints in proof mode: the output cells of a page are public on that page in
// the AIR public input (the others on page 0).
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local start: felt* = output_ptr;
    serialize_word(10);
    serialize_word(20);
    serialize_word(30);
    serialize_word(40);
    %{ output_builtin.add_page(page_id=1, page_start=ids.start + 1, page_size=2) %}
    return ();
}
