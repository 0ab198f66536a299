// cairovm: layout=small
// cairovm: needs-python
// cairovm: args=--print_output
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// output_builtin.add_page with a page id already assigned: the hint fails with the reference's
// AssertionError ("Page 5 was already assigned.").
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(1);
    %{
        output_builtin.add_page(page_id=5, page_start=ids.output_ptr, page_size=1)
        output_builtin.add_page(page_id=5, page_start=ids.output_ptr, page_size=1)
    %}
    serialize_word(2);
    return ();
}
