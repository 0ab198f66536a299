// cairovm: args=--print_output
// jmp rel with an immediate (label), jmp rel with a register offset, jmp abs to runtime
// addresses (from get_label_location) held in frame cells, a backward jmp loop; each path
// records a marker in the output.
%builtins output

from starkware.cairo.common.registers import get_label_location

func main{output_ptr: felt*}() {
    alloc_locals;
    let (target_a: felt*) = get_label_location(label_a);
    let (target_b: felt*) = get_label_location(label_b);
    // Frame: [fp] = label_a address, [fp+1] = label_b address, [fp+2] = output pointer.
    local a: felt* = target_a;
    local b: felt* = target_b;
    local out: felt* = output_ptr;

    // jmp rel (immediate): skip the bad marker.
    jmp skip1;
    [ap] = 666, ap++;
    [ap - 1] = [[fp + 2]];
    skip1:
    [ap] = 1, ap++;
    [ap - 1] = [[fp + 2]];

    // jmp abs through a frame cell holding an absolute address.
    jmp abs [fp];
    [ap] = 666, ap++;
    [ap - 1] = [[fp + 2] + 1];

    label_a:
    [ap] = 2, ap++;
    [ap - 1] = [[fp + 2] + 1];
    jmp abs [fp + 1];
    [ap] = 666, ap++;
    [ap - 1] = [[fp + 2] + 2];

    label_b:
    [ap] = 3, ap++;
    [ap - 1] = [[fp + 2] + 2];
    // jmp rel through a register: skip 1 + 3 words (this jmp and the two bad instructions).
    [ap] = 4, ap++;
    jmp rel [ap - 1];
    [ap] = 666, ap++;
    [ap - 1] = [[fp + 2] + 3];
    [ap - 1] = [[fp + 2] + 3];

    // Backward jump: a countdown loop with a jnz exit; accumulates 10 per iteration.
    [ap] = 5, ap++;
    [ap] = 0, ap++;
    loop:
    [ap] = [ap - 2] + (-1), ap++;
    [ap] = [ap - 2] + 10, ap++;
    jmp again if [ap - 2] != 0;
    jmp end_loop;
    again:
    [ap] = [ap - 2], ap++;
    [ap] = [ap - 2], ap++;
    jmp loop;
    end_loop:
    [[fp + 2] + 4] = [ap - 1];
    // Code after label_a is only reached through jmp abs, so the compiler revoked `out`.
    let output_ptr = cast([fp + 2], felt*) + 5;
    return ();
}
