// cairovm: layout=plain
// cairovm: args=--print_output --print_memory --print_info
// --print_memory without --relocate_prints on layout plain: addresses and pointer values print
// as segment:offset, the listing is sorted by (segment, offset), and --print_output prints
// nothing because there is no output builtin.
from starkware.cairo.common.alloc import alloc

func main() {
    alloc_locals;
    let (local a: felt*) = alloc();
    let (local b: felt*) = alloc();
    assert b[1] = cast(a + 3, felt);
    assert a[0] = -1;
    assert a[3] = 3;
    return ();
}
