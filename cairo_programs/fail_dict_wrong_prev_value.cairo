// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// dict_update with a prev_value that is not the dict's: the library hint's assertion.
%builtins range_check

from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_update, dict_write
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=4, new_value=10);
        dict_update(key=4, prev_value=9, new_value=11);
    }
    return ();
}
