#!/usr/bin/env python3
"""Native hint coverage of cairo-lang's common library.

Collects every distinct hint string of starkware/cairo/common/**/*.cairo in the installed
cairo-lang, exactly as the compiler writes it into a program's JSON, and reports which of them
`cairovm --list_native_hints` has.

Usage:
  tools/hint_coverage.py --cairovm build/cairovm [--missing] [--json]
  tools/hint_coverage.py --list            # only the reference's hint strings, as a JSON array

Run it with the reference venv's Python (or VIRTUAL_ENV set to the venv, or --venv).

How the strings are found: each library file is compiled by cairo-lang's own compiler with the
file's module name as the main scope, so hints come out normalised as the compiler does it
(statement hints: leading blank lines, trailing spaces and common indentation removed; `nondet`
expressions: the `memory[...] = to_felt_or_relocatable(...)` statement the compiler emits). A
hint belongs to the module that is the first of its accessible scopes. A few library files do not
compile as shipped: those that import `src.starkware...` are compiled with the import fixed; a
file that still does not compile is read by the parser, and its statement hints normalised by the
parser's ExprHint (the same code the compiler uses); a nondet expression found that way is shown
as the `memory[ap] = ...` form and flagged.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Set

ROOT = Path(__file__).resolve().parent.parent


def _reexec_in_venv(venv: Path) -> None:
    """Reruns this script with the venv's Python when cairo-lang is not importable here."""
    python = venv / "bin" / "python"
    if not python.exists():
        sys.exit(f"hint_coverage: no Python in {venv}; pass --venv or set VIRTUAL_ENV.")
    os.execv(str(python), [str(python), __file__, *sys.argv[1:]])


def _import_starkware(args: argparse.Namespace):
    try:
        import starkware  # noqa: F401
    except ImportError:
        venv = Path(args.venv or os.environ.get("VIRTUAL_ENV") or ROOT / ".venv")
        if os.environ.get("HINT_COVERAGE_REEXEC"):
            sys.exit("hint_coverage: cairo-lang is not importable from " + sys.executable)
        os.environ["HINT_COVERAGE_REEXEC"] = "1"
        _reexec_in_venv(venv)


def library_hints() -> Dict[str, Set[str]]:
    """Module name -> the set of its hint strings as the compiler emits them."""
    import starkware
    from starkware.cairo.lang.cairo_constants import DEFAULT_PRIME
    from starkware.cairo.lang.compiler.cairo_compile import compile_cairo
    from starkware.cairo.lang.compiler.scoped_name import ScopedName

    site = Path(starkware.__file__).resolve().parent.parent
    files = sorted(glob.glob(str(site / "starkware/cairo/common/**/*.cairo"), recursive=True))
    by_module: Dict[str, Set[str]] = {}
    for path in files:
        module = os.path.relpath(path, site)[: -len(".cairo")].replace(os.sep, ".")
        by_module.setdefault(module, set())
        text = Path(path).read_text()
        program = None
        for source in (text, text.replace("from src.starkware.", "from starkware.")):
            try:
                program = compile_cairo(
                    code=[(source, path)],
                    prime=DEFAULT_PRIME,
                    main_scope=ScopedName.from_string(module),
                )
                break
            except Exception:  # the library file itself does not compile as shipped
                continue
        if program is None:
            by_module[module] |= _parsed_hints(source_text=text, path=path)
            continue
        for hints in program.hints.values():
            for hint in hints:
                owner = str(hint.accessible_scopes[0])
                by_module.setdefault(owner, set()).add(hint.code)
    return by_module


def _parsed_hints(source_text: str, path: str) -> Set[str]:
    """Hint strings of a file that does not compile, from its syntax tree."""
    from starkware.cairo.lang.compiler.ast.code_elements import CodeElementHint
    from starkware.cairo.lang.compiler.ast.expr import ExprHint
    from starkware.cairo.lang.compiler.parser import parse_file

    tree = parse_file(source_text, filename=path)
    statement_hints = set()
    codes = set()
    for node in tree.get_subtree():
        if isinstance(node, CodeElementHint):
            statement_hints.add(id(node.hint))
            codes.add(node.hint.hint_code)
    for node in tree.get_subtree():
        if isinstance(node, ExprHint) and id(node) not in statement_hints:
            print(f"hint_coverage: {path}: nondet hint guessed as memory[ap] form", file=sys.stderr)
            codes.add(f"memory[ap] = to_felt_or_relocatable({node.hint_code})")
    return codes


def native_hints(cairovm: str) -> Set[str]:
    out = subprocess.run([cairovm, "--list_native_hints"], check=True, capture_output=True,
                         text=True).stdout
    return set(json.loads(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cairovm", help="the cairovm binary (for --list_native_hints)")
    parser.add_argument("--venv", help="venv with cairo-lang (default: $VIRTUAL_ENV or .venv)")
    parser.add_argument("--list", action="store_true",
                        help="print the library's hint strings as a JSON array and exit")
    parser.add_argument("--missing", action="store_true",
                        help="print the code of every hint without a native implementation")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    args = parser.parse_args()
    _import_starkware(args)

    by_module = library_hints()
    all_codes = sorted(set().union(*by_module.values()))
    if args.list:
        print(json.dumps(all_codes, indent=2))
        return 0
    if not args.cairovm:
        parser.error("--cairovm is required (or --list)")
    native = native_hints(args.cairovm)

    if args.json:
        report = {
            "total": len(all_codes),
            "native": sum(code in native for code in all_codes),
            "modules": {
                module: {
                    "total": len(codes),
                    "native": sum(code in native for code in codes),
                    "missing": sorted(code for code in codes if code not in native),
                }
                for module, codes in sorted(by_module.items())
                if codes
            },
        }
        print(json.dumps(report, indent=2))
        return 0

    width = max(len(module) for module in by_module)
    for module, codes in sorted(by_module.items()):
        if not codes:
            continue
        have = sum(code in native for code in codes)
        mark = "" if have == len(codes) else "  <"
        print(f"{module:<{width}}  {have:>3}/{len(codes):<3}{mark}")
    have = sum(code in native for code in all_codes)
    print(f"{'total (distinct)':<{width}}  {have:>3}/{len(all_codes):<3}")
    if args.missing:
        for module, codes in sorted(by_module.items()):
            for code in sorted(codes):
                if code not in native:
                    print(f"\n--- {module}\n{code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
