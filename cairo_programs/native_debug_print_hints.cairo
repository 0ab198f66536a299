// cairovm: native-only
// Debug-print hints of other VMs' test programs: a felt, and an array under a short-string name
// (its values ints or pointers), printed before the program's output as Python prints them.
%builtins output

from starkware.cairo.common.alloc import alloc
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
    serialize_word(7);
    return ();
}
