// cairovm: needs-python
// cairovm: args=--print_output
// A program whose own Python hint makes the reference's DictManager (a Python object in the
// scope store): the library's dict hints, native in cairovm, must then run their Python code on
// it, through dict_new, dict_write, dict_read, dict_update and dict_squash.
%builtins output range_check

from starkware.cairo.common.dict import dict_new, dict_read, dict_write, dict_update, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    %{
        from starkware.cairo.common.dict import DictManager
        __dict_manager = DictManager()
        initial_dict = {1: 5, 3: 30}
    %}
    let (local start: DictAccess*) = dict_new();
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=1, new_value=11);
        dict_update(key=1, prev_value=11, new_value=12);
        let (local v3) = dict_read(key=3);
    }
    %{ print(type(__dict_manager).__name__, sorted(__dict_manager.get_dict(ids.dict_ptr).items())) %}
    let (local squashed_start, local squashed_end) = dict_squash(start, dict_ptr);
    serialize_word(v3);
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);
    serialize_word(squashed_start.new_value);
    return ();
}
