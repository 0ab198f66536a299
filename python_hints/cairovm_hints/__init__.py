"""The Python side of cairovm's hints: what a hint without a native implementation sees.

cairovm runs such hints in an embedded CPython. The VM itself stays in C++; this package wraps
the few operations it exposes (module `cairovm_native`, or any object with the same methods, see
`memory.Backend`) into the objects the reference's hints use: `memory`, `segments`, `ids`, the
builtin runners, the field helpers and the exec-scope functions.

Modules:
  values  -- ints and RelocatableValue (the reference's class when starkware is importable), and
             the reference's exception classes by name
  memory  -- MemoryProxy (`memory`, `segments.memory`) and SegmentsProxy (`segments`)
  engine  -- HintEngine: compiles the hints, builds their globals, runs them, formats errors
  field_math -- the field helpers (fdiv, fsqrt, ...) for when cairo-lang is not importable

Tests: tests/python/test_python_hints_*.py (against the reference's own classes where it helps).
"""
