// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// dict_read through a pointer that is no longer the dict's current one: "Wrong dict pointer
// supplied."
%builtins range_check

from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_read, dict_write
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=4, new_value=10);
    }
    let dict_ptr = start;
    with dict_ptr {
        let (v) = dict_read(key=4);
    }
    return ();
}
