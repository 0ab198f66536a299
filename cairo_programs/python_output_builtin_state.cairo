// cairovm: needs-python
// cairovm: pie
// cairovm: args=--print_output
// The output builtin's state from hints, as a hint that runs an inner program uses it:
// get_state() keeps the base, pages and attributes; new_state(base) starts an empty state on
// another segment (pages and attributes there are the inner program's); set_state() brings the
// saved state back, whose pages and attributes end up in the Cairo PIE.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local start: felt* = output_ptr;
    serialize_word(10);
    serialize_word(20);
    serialize_word(30);
    local inner: felt*;
    %{
        output_builtin.add_page(page_id=1, page_start=ids.start + 1, page_size=2)
        output_builtin.add_attribute("outer", {"n": 3})
        old_state = output_builtin.get_state()
        print("state", old_state.base, old_state.pages, old_state.attributes)
        ids.inner = inner = segments.add()
        output_builtin.new_state(base=inner)
        print("new", output_builtin.base, output_builtin.pages, output_builtin.attributes)
        # Page 1 again: the new state has no pages yet.
        output_builtin.add_page(page_id=1, page_start=inner, page_size=1)
        output_builtin.add_attribute("inner", [1, 2])
        print("inner data", output_builtin.get_additional_data())
        inner_state = output_builtin.get_state()
        output_builtin.set_state(old_state)
        print("restored", output_builtin.base == old_state.base, output_builtin.get_additional_data())
        print("inner state kept", inner_state.base, inner_state.pages, inner_state.attributes)
        try:
            output_builtin.add_page(page_id=5, page_start=inner, page_size=1)
        except AssertionError as e:
            print("refused:", e)
        output_builtin.add_page(page_id=2, page_start=ids.start + 3, page_size=1)
    %}
    assert inner[0] = 7;
    serialize_word(40);
    return ();
}
