// A tight loop: 50,000 iterations of two instructions (100,002 steps).
func main() {
    tempvar x = 50000;
    loop:
    tempvar x = x - 1;
    jmp loop if x != 0;
    return ();
}
