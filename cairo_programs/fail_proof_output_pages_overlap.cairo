// cairovm: proof-mode
// cairovm: layout=small
// cairovm: needs-python
// cairovm: args=--print_output
// cairovm: expect=error
// Two output pages that share a cell: the run ends, then the output builtin's finalization in
// proof mode rejects the second page's cell ("Offset 2 was already assigned a page.").
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    %{
        output_builtin.add_page(page_id=1, page_start=ids.output_ptr + 1, page_size=2)
        output_builtin.add_page(page_id=2, page_start=ids.output_ptr + 2, page_size=2)
    %}
    serialize_word(1);
    serialize_word(2);
    serialize_word(3);
    serialize_word(4);
    return ();
}
