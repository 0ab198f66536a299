// cairovm: needs-python
// cairovm: pie
// cairovm: args=--print_output
// The output builtin's pages and attributes from hints (output_builtin.add_page,
// add_attribute, get_additional_data): they go into the Cairo PIE's additional data.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local start: felt* = output_ptr;
    serialize_word(1);
    serialize_word(2);
    serialize_word(3);
    serialize_word(4);
    serialize_word(5);
    %{
        output_builtin.add_page(page_id=2, page_start=ids.start + 3, page_size=2)
        output_builtin.add_page(page_id=1, page_start=ids.start + 1, page_size=2)
        output_builtin.add_attribute("zeta", {"b": [1, 2], "a": "x"})
        output_builtin.add_attribute("alpha", 7)
        output_builtin.add_attribute("zeta", [3])
        print(output_builtin.get_additional_data())
        print(sorted(output_builtin.pages), output_builtin.pages[1].size)
        for call in (lambda: output_builtin.add_page(1, ids.start, 1),
                     lambda: output_builtin.add_page(3, fp, 1)):
            try:
                call()
            except AssertionError as e:
                print("refused:", e)
    %}
    return ();
}
