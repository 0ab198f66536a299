// cairovm: proof-mode
// cairovm: layout=small
// cairovm: needs-python
// cairovm: args=--print_output --print_info
// Output pages from hints (output_builtin.add_page) in proof mode: the pages' cells carry their
// page ids in the AIR public input's public memory, the other output cells page 0; an attribute
// (output_builtin.add_attribute) changes nothing here.
%builtins output pedersen range_check

from starkware.cairo.common.serialize import serialize_word

func emit{output_ptr: felt*}(i, n) {
    if (i == n) {
        return ();
    }
    serialize_word(i * 3 + 1);
    return emit(i + 1, n);
}

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    serialize_word(100);
    serialize_word(200);
    %{
        output_builtin.add_page(page_id=1, page_start=ids.output_ptr, page_size=3)
        output_builtin.add_page(page_id=2, page_start=ids.output_ptr + 3, page_size=2)
        output_builtin.add_attribute("gps_fact_topology", {"tree_structure": [1, 2], "page_sizes": [3, 2]})
    %}
    emit(0, 5);
    serialize_word(300);
    return ();
}
