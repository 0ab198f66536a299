// cairovm: expect=error
// cairovm: args=--print_output
// Reading a cell that nothing ever wrote: both sides of `assert a = b` are unknown, so nothing
// can be deduced ("Unknown value for memory cell at address X:3.").
%builtins output

from starkware.cairo.common.alloc import alloc

func copy_cell(src: felt*, dst: felt*) {
    assert [dst] = [src];
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local src: felt*) = alloc();
    let (local dst: felt*) = alloc();
    assert src[0] = 1;
    copy_cell(src, dst);
    copy_cell(src + 3, dst + 3);
    return ();
}
