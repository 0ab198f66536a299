// cairovm: args=--print_output
// Signed printing of --print_output around the boundaries: 0, -1, P-1, (P-1)/2 (largest
// positive), (P+1)/2 (most negative), 2^251, 2^128, -2^128, a short string and its negation.
%builtins output

from starkware.cairo.common.serialize import serialize_word

const P_MINUS_1 = -1;
const HALF = 1809251394333065606848661391547535052811553607665798349986546028067936010240;

func main{output_ptr: felt*}() {
    serialize_word(0);
    serialize_word(-1);
    serialize_word(P_MINUS_1);
    serialize_word(HALF);
    serialize_word(HALF + 1);
    serialize_word(HALF + 2);
    serialize_word(2 ** 251);
    serialize_word(2 ** 128);
    serialize_word(-(2 ** 128));
    serialize_word(-12345678901234567890);
    serialize_word('Hello, Cairo!');
    serialize_word(-'Hello, Cairo!');
    // Arithmetic that wraps: (P-1) + 2 = 1, 0 - 5 = -5, (-3) * (-3) = 9.
    tempvar a = P_MINUS_1;
    serialize_word(a + 2);
    tempvar z = 0;
    serialize_word(z - 5);
    tempvar m = -3;
    serialize_word(m * m);
    return ();
}
