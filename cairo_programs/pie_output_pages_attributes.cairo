// cairovm: pie
// cairovm: layout=small
// cairovm: needs-python
// cairovm: args=--print_output
// A Cairo PIE whose output builtin has pages and attributes set by hints: the additional data
// holds the pages (sorted by id, as [start, size]) and the attributes (in the order they were
// first added, an attribute added twice keeping its place with its last value).
%builtins output pedersen range_check

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    serialize_word(7);
    %{
        output_builtin.add_attribute("zeta", [1, {"b": 2, "a": "x"}])
        output_builtin.add_page(page_id=12, page_start=ids.output_ptr, page_size=2)
        output_builtin.add_attribute("alpha", {"nested": {"list": [], "none": None, "t": True}})
    %}
    serialize_word(8);
    serialize_word(9);
    %{
        output_builtin.add_page(page_id=3, page_start=ids.output_ptr, page_size=1)
        output_builtin.add_attribute("zeta", 2 ** 70)
    %}
    serialize_word(10);
    return ();
}
