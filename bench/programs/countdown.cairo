// Long loop: N iterations of two instructions (2N + 2 steps).
// bench: python_n=30000
const N = 2500000;

func main() {
    tempvar x = N;
    loop:
    tempvar x = x - 1;
    jmp loop if x != 0;
    return ();
}
