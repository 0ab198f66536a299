// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// dict_write on a segment that no dict_new created, with a manager that exists: ValueError
// "Dictionary pointer ... was not created using dict_new()."
%builtins range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_write
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let (local other: DictAccess*) = alloc();
    let dict_ptr = other;
    with dict_ptr {
        dict_write(key=1, new_value=2);
    }
    return ();
}
