// Long loop with field multiplication: N! modulo P and the sum of the partial products.
// bench: python_n=15000
%builtins output

from starkware.cairo.common.serialize import serialize_word

const N = 1000000;

func factorial_loop(n: felt) -> (product: felt, sum: felt) {
    tempvar product = 1;
    tempvar sum = 0;
    tempvar i = n;
    loop:
    tempvar product = product * i;
    tempvar sum = sum + product;
    tempvar i = i - 1;
    jmp loop if i != 0;
    return (product=product, sum=sum);
}

func main{output_ptr: felt*}() {
    let (product, sum) = factorial_loop(N);
    serialize_word(product);
    serialize_word(sum);
    return ();
}
