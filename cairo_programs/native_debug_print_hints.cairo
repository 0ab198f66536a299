// cairovm: native-only
// Debug-print hints of other VMs' test programs: a felt, and an array and a dict under a
// short-string name (their values ints or pointers), printed before the program's output as
// Python prints them.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_write
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func print_felt(x: felt) {
    %{
        print(ids.x)
    %}
    return ();
}

func print_array(name: felt, arr: felt*, arr_len: felt) {
    %{
        print(bytes.fromhex(f"{ids.name:062x}").decode().replace('\x00',''))
        arr = [memory[ids.arr + i] for i in range(ids.arr_len)]
        print(arr)
    %}
    return ();
}

func print_dict(name: felt, dict_ptr: DictAccess*, pointer_size: felt) {
    %{
        print(bytes.fromhex(f"{ids.name:062x}").decode().replace('\x00',''))
        data = __dict_manager.get_dict(ids.dict_ptr)
        print(
            {k: v if isinstance(v, int) else [memory[v + i] for i in range(ids.pointer_size)] for k, v in data.items()}
        )
    %}
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    print_felt(42);
    print_felt(-1);
    let (arr: felt*) = alloc();
    assert arr[0] = 1;
    assert arr[1] = -2;
    assert arr[2] = 2 ** 200;
    assert arr[3] = cast(arr, felt);
    print_array('numbers', arr, 4);
    print_array('empty', arr, 0);
    print_array(0, arr, 1);
    let (dict) = default_dict_new(default_value=0);
    print_dict('empty dict', dict, 2);
    dict_write{dict_ptr=dict}(key=5, new_value=10);
    dict_write{dict_ptr=dict}(key=3, new_value=cast(arr, felt));
    dict_write{dict_ptr=dict}(key=5, new_value=-11);
    print_dict('my dict', dict, 2);
    serialize_word(7);
    return ();
}
