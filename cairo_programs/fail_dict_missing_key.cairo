// cairovm: needs-python
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// dict_read of a key that a dict without default does not hold: KeyError.
%builtins range_check

from starkware.cairo.common.dict import dict_new, dict_read
from starkware.cairo.common.dict_access import DictAccess

func main{range_check_ptr}() {
    alloc_locals;
    %{ initial_dict = {1: 2} %}
    let (local start: DictAccess*) = dict_new();
    let dict_ptr = start;
    with dict_ptr {
        let (v) = dict_read(key=12345678901234567890);
    }
    return ();
}
