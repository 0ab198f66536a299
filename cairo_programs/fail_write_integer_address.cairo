// cairovm: expect=error
// cairovm: layout=plain
// cairovm: stderr=differs  (cairovm rejects the write through an integer address at the step, with the pc; cairo-run accepts it and crashes after the run)
// A write through a double dereference whose base is an integer (7), not a pointer: the
// reference accepts the write during the run (memory[7] = 5) and then crashes in end_run with an
// uncaught SecurityError ("Expected memory address to be relocatable value. Found: 7.") and a
// Python traceback; the harness compares stderr with the Python stack frames removed.
func main() {
    [ap] = 7, ap++;
    [ap] = 5, ap++;
    [ap - 1] = [[ap - 2]];
    return ();
}
