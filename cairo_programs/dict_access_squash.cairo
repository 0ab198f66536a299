// cairovm: needs-python
// cairovm: args=--print_output
// default_dict / dict_read / dict_write / dict_update, then dict_squash (hints that keep a
// __dict_manager and several scope variables across vm_enter_scope/vm_exit_scope).
%builtins output range_check

from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_read, dict_update, dict_write
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=7);
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=1, new_value=10);
        dict_write(key=5, new_value=50);
        dict_update(key=1, prev_value=10, new_value=11);
        let (local v1) = dict_read(key=1);
        let (local v2) = dict_read(key=2);
        dict_write(key=2, new_value=v2 + 1);
    }
    let (local squashed_start, local squashed_end) = default_dict_finalize(
        start, dict_ptr, default_value=7
    );
    serialize_word(v1);
    serialize_word(v2);
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);
    serialize_word(squashed_start[1].new_value);
    return ();
}
