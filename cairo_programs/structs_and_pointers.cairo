// cairovm: args=--print_output
// Structs (nested, passed by pointer and by value), pointer arithmetic, pointers to pointers,
// and member access through casts.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.registers import get_fp_and_pc
from starkware.cairo.common.serialize import serialize_word

struct Point {
    x: felt,
    y: felt,
}

struct Segment {
    a: Point,
    b: Point,
    tag: felt,
}

func length_squared(s: Segment*) -> felt {
    let dx = s.b.x - s.a.x;
    let dy = s.b.y - s.a.y;
    return dx * dx + dy * dy;
}

func midpoint_doubled(s: Segment) -> Point {
    return (Point(x=s.a.x + s.b.x, y=s.a.y + s.b.y));
}

func translate(p: Point*, dx, dy, out: Point*) {
    assert out.x = p.x + dx;
    assert out.y = p.y + dy;
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local seg: Segment = Segment(a=Point(x=1, y=2), b=Point(x=4, y=6), tag=7);
    let (__fp__, _) = get_fp_and_pc();
    let len2 = length_squared(&seg);
    serialize_word(len2);
    let m = midpoint_doubled(seg);
    serialize_word(m.x);
    serialize_word(m.y);

    let (moved: Point*) = alloc();
    translate(&seg.b, -10, 100, moved);
    serialize_word(moved.x);
    serialize_word(moved.y);

    // A pointer to a pointer.
    let (pp: Point**) = alloc();
    assert [pp] = moved;
    let q: Point* = [pp];
    serialize_word(q.y - q.x);

    // Struct sizes and member offsets are compile-time constants.
    serialize_word(Segment.SIZE);
    serialize_word(Segment.b);
    serialize_word(seg.tag);

    // View the struct's memory as a raw felt array.
    let raw = cast(&seg, felt*);
    serialize_word(raw[3]);
    return ();
}
