// cairovm: needs-python
// cairovm: args=--print_output
// Native and Python hints sharing one scope store:
// - memcpy (native hints: vm_enter_scope({'n': ids.len}), `n -= 1 ...`, vm_exit_scope()) called
//   in a loop whose own counter lives in a Python scope variable, read and updated by a Python
//   hint on each iteration around the native scopes;
// - a copy loop whose counter `n` is set by the native enter-scope hint and decremented by the
//   native loop hint, read on each iteration by a Python hint (a Felt seen as a Python int);
// - the same loop with its scope entered by a Python hint (a Python int seen by the native hint
//   as a Felt), and a Python hint that rewrites `n` in the middle of the loop.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.memcpy import memcpy
from starkware.cairo.common.serialize import serialize_word

// memcpy with a Python hint in its loop that logs the native counter.
func logged_copy(dst: felt*, src: felt*, len, log: felt*) {
    struct LoopFrame {
        dst: felt*,
        src: felt*,
    }

    if (len == 0) {
        return ();
    }

    %{ vm_enter_scope({'n': ids.len}) %}
    tempvar frame = LoopFrame(dst=dst, src=src);

    loop:
    let frame = [cast(ap - LoopFrame.SIZE, LoopFrame*)];
    %{
        seen = globals().setdefault('seen', [])
        seen.append(n)
    %}
    assert [frame.dst] = [frame.src];

    let continue_copying = [ap];
    let next_frame = cast(ap + 1, LoopFrame*);
    next_frame.dst = frame.dst + 1, ap++;
    next_frame.src = frame.src + 1, ap++;
    %{
        n -= 1
        ids.continue_copying = 1 if n > 0 else 0
    %}
    static_assert next_frame + LoopFrame.SIZE == ap + 1;
    jmp loop if continue_copying != 0, ap++;
    len = cast(next_frame.src, felt) - cast(src, felt);

    %{ segments.write_arg(ids.log, seen) %}
    %{ vm_exit_scope() %}
    return ();
}

// The same loop, its scope entered from Python; a Python hint skips ahead by rewriting n.
func python_counted_copy(dst: felt*, src: felt*, len) -> felt {
    struct LoopFrame {
        dst: felt*,
        src: felt*,
    }

    %{ vm_enter_scope({'n': ids.len, 'rewritten': False}) %}
    tempvar frame = LoopFrame(dst=dst, src=src);

    loop:
    let frame = [cast(ap - LoopFrame.SIZE, LoopFrame*)];
    assert [frame.dst] = [frame.src];

    let continue_copying = [ap];
    let next_frame = cast(ap + 1, LoopFrame*);
    next_frame.dst = frame.dst + 1, ap++;
    next_frame.src = frame.src + 1, ap++;
    %{
        if not rewritten and n == ids.len - 1:
            n = 2  # only two more iterations
            rewritten = True
    %}
    %{
        n -= 1
        ids.continue_copying = 1 if n > 0 else 0
    %}
    static_assert next_frame + LoopFrame.SIZE == ap + 1;
    jmp loop if continue_copying != 0, ap++;
    tempvar copied = cast(next_frame.src, felt) - cast(src, felt);
    %{ vm_exit_scope() %}
    return copied;
}

func copy_rows{output_ptr: felt*}(src: felt*, i) {
    if (i == 0) {
        return ();
    }
    alloc_locals;
    let (local row: felt*) = alloc();
    %{
        rows_done += 1
        row_lengths.append(ids.i)
    %}
    memcpy(row, src, i);
    %{ assert rows_done == len(row_lengths) %}
    serialize_word(row[i - 1]);
    return copy_rows(src, i - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (src: felt*) = alloc();
    assert src[0] = 10;
    assert src[1] = 20;
    assert src[2] = 30;
    assert src[3] = 40;
    assert src[4] = 50;
    %{
        rows_done = 0
        row_lengths = []
    %}
    copy_rows(src, 4);
    local rows;
    %{ ids.rows = rows_done * 100 + sum(row_lengths) %}
    serialize_word(rows);

    let (dst: felt*) = alloc();
    let (log: felt*) = alloc();
    logged_copy(dst, src, 5, log);
    serialize_word(log[0] * 10000 + log[1] * 1000 + log[2] * 100 + log[3] * 10 + log[4]);
    serialize_word(dst[4]);

    let (dst2: felt*) = alloc();
    let copied = python_counted_copy(dst2, src, 5);
    serialize_word(copied);
    serialize_word(dst2[2]);
    %{ print("main scope keeps:", sorted(k for k in globals() if not k.startswith('__'))) %}
    return ();
}
