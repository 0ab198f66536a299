// A tight loop: 500,000 iterations of two instructions (1,000,002 steps).
func main() {
    tempvar x = 500000;
    loop:
    tempvar x = x - 1;
    jmp loop if x != 0;
    return ();
}
