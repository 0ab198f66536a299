// cairovm: needs-python
// cairovm: proof-mode
// cairovm: expect=error
// cairovm: stderr=differs  (cairo-run ends in an uncaught AssertionError with a Python traceback; cairovm prints the same message as "Error: ...")
// An output page that runs past the output's end: proof mode's finalization refuses it.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local start: felt* = output_ptr;
    serialize_word(10);
    %{ output_builtin.add_page(page_id=1, page_start=ids.start, page_size=2) %}
    return ();
}
