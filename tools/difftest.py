#!/usr/bin/env python3
"""Differential tests: run Cairo programs with cairo-run (the reference) and with cairovm, and
compare exit status, stdout, stderr, trace file and memory file.

Usage:
  tools/difftest.py --cairovm build/cairovm [--venv .venv] [--workdir DIR] [--include-slow]
                    [--include-python] [--python-hints-only] [--jobs N] [PROGRAM ...]
  tools/difftest.py --self-check [...]      # cairo-run against itself (validates the harness)

--python-hints-only runs cairovm with --python_hints_only: every hint, native or not, goes
through the embedded Python (implies --include-python), so that the Python path is held to the
reference on every program. Its error reports are compared without the Python stack frames inside
the hints' `memory` (the reference's memory classes, cairovm's stand-in for them).

PROGRAM is a name (`fibonacci_recursive`, `fibonacci_recursive.cairo`) looked up in
cairo_programs/, or a path to a .cairo file. Default: every program in cairo_programs/.

Each program starts with directives in comments:
  // cairovm: layout=small           layout (default: small if the program has %builtins,
                                     else plain)
  // cairovm: layouts=dex,starknet    also run on these layouts, each a case of its own named
                                     <program>@<layout> (the same test: every layout that has
                                     the program's builtins)
  // cairovm: args=--print_output    extra cairo-run arguments (default: --print_output)
  // cairovm: expect=error           the reference fails; compare the error output
  // cairovm: needs-python           uses hints the native VM does not have (skipped unless
                                     --include-python or CAIROVM_DIFF_PYTHON=1)
  // cairovm: native-only            run cairovm with --no_python_hints: every hint must be native
  // cairovm: slow                   long run (skipped unless --include-slow or
                                     CAIROVM_DIFF_SLOW=1)
  // cairovm: proof-mode             compile and run with --proof_mode; both VMs also write the
                                     AIR public and private inputs, which are compared (the
                                     public one as text, the private one with the trace and
                                     memory paths replaced)
  // cairovm: air-inputs             pass --air_public_input and --air_private_input even without
                                     proof-mode (for the reference's argument checks)
  // cairovm: run-proof-mode         compile without --proof_mode but run with it (programs
                                     without __start__/__end__)
  // cairovm: pie                    both VMs also write a Cairo PIE (--cairo_pie_output); the
                                     zips' members are compared (memory.bin byte for byte, the JSON
                                     files as text; zip timestamps and compression ignored)
  // cairovm: no-source              run both VMs in an empty directory, so the source file
                                     named in the debug info cannot be read
  // cairovm: stderr=no-python-traceback
                                     before comparing stderr, drop the Python stack frames
                                     between "Traceback (most recent call last):" and the final
                                     exception line (kept)
  // cairovm: timeout=SECONDS        per-run time limit (default 600)
  // cairovm: layout_params=FILE.json
                                     run both VMs with --cairo_layout_params_file FILE.json (a
                                     path relative to the program's directory; name it
                                     <name>.layout.json); needed by layout=dynamic
  // cairovm: input=FILE.json        run both VMs with --program_input FILE.json (a path relative
                                     to the program's directory; name it <program>.input.json,
                                     other JSON files in cairo_programs/ are git-ignored)

Both VMs run with the program's directory as working directory (the compiled debug info names
the source by a relative path, and error messages quote source lines read from it). Compiled
programs and cached reference results live in the work directory, never in the source tree.
Exit status: 0 iff nothing failed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import difflib
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = ROOT / "cairo_programs"
# Bump when the layout of cached reference results or the way they are produced changes.
CACHE_VERSION = "1"
DEFAULT_TIMEOUT = 600.0
TRACE_ENTRY = struct.Struct("<QQQ")  # ap, fp, pc
MEMORY_ADDR_BYTES = 8
MEMORY_VALUE_BYTES = 32
MEMORY_RECORD = MEMORY_ADDR_BYTES + MEMORY_VALUE_BYTES
DIFF_CONTEXT_LINES = 25

DIRECTIVE_RE = re.compile(r"^\s*//\s*cairovm:\s*(.*?)\s*$")
FLAG_DIRECTIVES = {"needs-python", "native-only", "slow", "proof-mode", "no-source",
                   "air-inputs", "run-proof-mode", "pie"}
VALUE_DIRECTIVES = {"layout", "layouts", "args", "expect", "stderr", "timeout", "input", "layout_params"}
LAYOUTS = {
    "plain", "small", "dex", "recursive", "starknet", "starknet_with_keccak",
    "recursive_large_output", "recursive_with_poseidon", "all_solidity", "dynamic",
}


class ConfigError(Exception):
    """A problem with a program's directives or the harness set-up."""


@dataclasses.dataclass
class Program:
    name: str
    path: Path
    layout: str
    args: List[str]
    expect_error: bool
    needs_python: bool
    native_only: bool
    slow: bool
    proof_mode: bool
    no_source: bool
    strip_python_traceback: bool
    stderr_differs: bool
    timeout: float
    program_input: Optional[Path] = None
    layout_params: Optional[Path] = None
    air_inputs: bool = False  # pass --air_public_input/--air_private_input (and compare them)
    run_proof_mode: bool = False  # run with --proof_mode, compiled without it
    pie: bool = False  # write and compare a Cairo PIE
    extra_layouts: List[str] = dataclasses.field(default_factory=list)  # the layouts directive

    def variants(self) -> List["Program"]:
        """The program on its layout, then on each of its extra layouts."""
        return [self] + [dataclasses.replace(self, name=f"{self.name}@{layout}", layout=layout,
                                             extra_layouts=[])
                         for layout in self.extra_layouts]

    @property
    def runs_proof_mode(self) -> bool:
        return self.proof_mode or self.run_proof_mode

    @property
    def writes_air_inputs(self) -> bool:
        return self.air_inputs or self.runs_proof_mode

    @staticmethod
    def parse(path: Path) -> "Program":
        text = path.read_text()
        values: Dict[str, str] = {}
        flags = set()
        for lineno, line in enumerate(text.splitlines(), 1):
            m = DIRECTIVE_RE.match(line)
            if not m:
                continue
            # Allow a trailing explanation in parentheses: `expect=error   (the run fails)`.
            body = re.sub(r"\s{2,}\(.*\)$", "", m.group(1))
            body = re.sub(r"^([^=]*)\s+\(.*\)$", r"\1", body)
            key, sep, value = body.partition("=")
            key = key.strip()
            if sep:
                if key not in VALUE_DIRECTIVES:
                    raise ConfigError(f"{path.name}:{lineno}: unknown directive '{key}'")
                values[key] = value.strip()
            else:
                word = key.split()[0] if key else ""
                if word not in FLAG_DIRECTIVES:
                    raise ConfigError(f"{path.name}:{lineno}: unknown directive '{body}'")
                flags.add(word)
        has_builtins = re.search(r"^\s*%builtins\b", text, re.MULTILINE) is not None
        layout = values.get("layout", "small" if has_builtins else "plain")
        if layout not in LAYOUTS:
            raise ConfigError(f"{path.name}: unknown layout '{layout}'")
        extra_layouts = [l for l in values.get("layouts", "").replace(",", " ").split()]
        for extra in extra_layouts:
            if extra not in LAYOUTS or extra in ("dynamic", layout):
                raise ConfigError(f"{path.name}: layouts: '{extra}' is not another static layout")
        expect = values.get("expect", "success")
        if expect not in ("success", "error"):
            raise ConfigError(f"{path.name}: expect must be 'success' or 'error', not '{expect}'")
        stderr_mode = values.get("stderr", "exact")
        # `differs`: a failing run whose error we report differently, for a reason given in the
        # directive's comment (for example, cairovm rejects at the step what cairo-run only
        # rejects in a crash after the run); the exit status and everything else still compare.
        if stderr_mode not in ("exact", "no-python-traceback", "differs"):
            raise ConfigError(f"{path.name}: unknown stderr mode '{stderr_mode}'")
        args = shlex.split(values.get("args", "--print_output"))
        for forbidden in ("--program", "--layout", "--trace_file", "--memory_file", "--proof_mode",
                          "--program_input", "--air_public_input", "--air_private_input",
                          "--cairo_pie_output", "--cairo_layout_params_file"):
            if forbidden in args:
                raise ConfigError(f"{path.name}: args must not contain {forbidden}")
        program_input = None
        if "input" in values:
            program_input = (path.parent / values["input"]).resolve()
            if not program_input.is_file():
                raise ConfigError(f"{path.name}: input file {values['input']} not found")
        layout_params = None
        if "layout_params" in values:
            layout_params = (path.parent / values["layout_params"]).resolve()
            if not layout_params.is_file():
                raise ConfigError(f"{path.name}: layout params file {values['layout_params']} not found")
        return Program(
            name=path.stem,
            path=path.resolve(),
            layout=layout,
            args=args,
            expect_error=expect == "error",
            needs_python="needs-python" in flags,
            native_only="native-only" in flags,
            slow="slow" in flags,
            proof_mode="proof-mode" in flags,
            no_source="no-source" in flags,
            strip_python_traceback=stderr_mode == "no-python-traceback",
            stderr_differs=stderr_mode == "differs",
            timeout=float(values.get("timeout", DEFAULT_TIMEOUT)),
            program_input=program_input,
            layout_params=layout_params,
            air_inputs="air-inputs" in flags,
            run_proof_mode="run-proof-mode" in flags,
            pie="pie" in flags,
            extra_layouts=extra_layouts,
        )


@dataclasses.dataclass
class RunResult:
    returncode: Optional[int]  # None: timed out.
    stdout: str
    stderr: str
    trace: Optional[bytes]  # None: the file was not created.
    memory: Optional[bytes]
    seconds: float
    cached: bool = False
    # AIR public and private inputs (with air inputs); the private one's paths are replaced.
    air_public: Optional[bytes] = None
    air_private: Optional[bytes] = None
    pie: Optional[bytes] = None  # the Cairo PIE zip (with the pie directive)


@dataclasses.dataclass
class Outcome:
    name: str
    status: str  # PASS, FAIL, SKIP
    reason: str = ""
    ref_seconds: Optional[float] = None
    ref_cached: bool = False
    cv_seconds: Optional[float] = None
    details: List[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Settings:
    cairovm: Optional[Path]  # None in self-check mode.
    venv: Path
    workdir: Path
    include_slow: bool
    include_python: bool
    self_check: bool
    python_hints_only: bool = False


# ------------------------------------------------------------------------------------------------
# Helpers.


def sha256_bytes(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()


def run_process(cmd: List[str], cwd: Path, timeout: float) -> Tuple[Optional[int], str, str, float]:
    """Runs cmd; returns (returncode or None on timeout, stdout, stderr, seconds)."""
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
        rc: Optional[int] = proc.returncode
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        rc = None
    seconds = time.monotonic() - start
    return (
        rc,
        out.decode("utf-8", errors="replace"),
        err.decode("utf-8", errors="replace"),
        seconds,
    )


def read_optional(path: Path) -> Optional[bytes]:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


# ------------------------------------------------------------------------------------------------
# Compilation.


def compile_program(prog: Program, settings: Settings) -> Path:
    """Compiles prog into the work directory unless the JSON there is up to date: newer than the
    source and compiled from the same source file with the same contents (a side file records
    which), so work directories shared between checkouts stay correct."""
    suffix = ".proof.json" if prog.proof_mode else ".json"
    out = settings.workdir / "compiled" / (prog.path.stem + suffix)
    stamp_path = out.with_name(out.name + ".source")
    source = prog.path.read_bytes()
    stamp = json.dumps({"source": str(prog.path), "sha256": sha256_bytes(source)})
    try:
        if (out.stat().st_mtime >= prog.path.stat().st_mtime
                and stamp_path.read_text() == stamp):
            return out
    except FileNotFoundError:
        pass
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".json")
    os.close(fd)
    cmd = [str(settings.venv / "bin" / "cairo-compile"), prog.path.name, "--output", tmp]
    if prog.proof_mode:
        cmd.append("--proof_mode")
    # Compile from the program's directory so the debug info names the source relatively.
    rc, out_text, err_text, _ = run_process(cmd, cwd=prog.path.parent, timeout=300)
    if rc != 0:
        os.unlink(tmp)
        raise ConfigError(
            f"cairo-compile failed (exit {rc}):\n" + (err_text + out_text).rstrip()
        )
    os.replace(tmp, out)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{stamp_path.name}.")
    with os.fdopen(fd, "w") as f:
        f.write(stamp)
    os.replace(tmp, stamp_path)
    return out


# ------------------------------------------------------------------------------------------------
# Running.


def normalize_paths(text: str, replacements: List[Tuple[str, str]]) -> str:
    for old, new in replacements:
        if old:
            text = text.replace(old, new)
    return text


def run_vm(
    vm_cmd: List[str],
    prog: Program,
    program_json: Path,
    out_dir: Path,
    prefix: str,
    settings: Settings,
) -> RunResult:
    out_dir.mkdir(parents=True, exist_ok=True)
    trace = out_dir / f"{prefix}.trace"
    memory = out_dir / f"{prefix}.memory"
    air_public = out_dir / f"{prefix}.air_public.json"
    air_private = out_dir / f"{prefix}.air_private.json"
    pie = out_dir / f"{prefix}.pie.zip"
    for f in (trace, memory, air_public, air_private, pie):
        try:
            f.unlink()
        except FileNotFoundError:
            pass
    cmd = vm_cmd + [
        "--program", str(program_json),
        "--layout", prog.layout,
        *prog.args,
        *(["--proof_mode"] if prog.runs_proof_mode else []),
        *(["--air_public_input", str(air_public), "--air_private_input", str(air_private)]
          if prog.writes_air_inputs else []),
        *(["--cairo_pie_output", str(pie)] if prog.pie else []),
        *(["--program_input", str(prog.program_input)] if prog.program_input else []),
        *(["--cairo_layout_params_file", str(prog.layout_params)] if prog.layout_params else []),
        "--trace_file", str(trace),
        "--memory_file", str(memory),
    ]
    if prog.no_source:
        cwd = settings.workdir / "no-source"
        cwd.mkdir(parents=True, exist_ok=True)
    else:
        cwd = prog.path.parent
    rc, out, err, seconds = run_process(cmd, cwd=cwd, timeout=prog.timeout)
    replacements = [
        (str(trace), "<trace_file>"),
        (str(memory), "<memory_file>"),
        (str(program_json), "<program_json>"),
        (str(prog.program_input) if prog.program_input else "", "<program_input>"),
        (str(prog.layout_params) if prog.layout_params else "", "<layout_params>"),
    ]
    private_text = read_optional(air_private)
    if private_text is not None:
        # The private input names the trace and memory files by absolute path.
        for path, name in ((trace, "<trace_file>"), (memory, "<memory_file>")):
            absolute = json.dumps(os.path.abspath(os.path.join(cwd, path)))[1:-1].encode()
            private_text = private_text.replace(absolute, name.encode())
    return RunResult(
        returncode=rc,
        stdout=normalize_paths(out, replacements),
        stderr=normalize_paths(err, replacements),
        trace=read_optional(trace),
        memory=read_optional(memory),
        seconds=seconds,
        air_public=read_optional(air_public) if prog.writes_air_inputs else None,
        air_private=private_text if prog.writes_air_inputs else None,
        pie=read_optional(pie) if prog.pie else None,
    )


def reference_cmd(settings: Settings) -> List[str]:
    return [str(settings.venv / "bin" / "cairo-run")]


def cached_reference_run(prog: Program, program_json: Path, settings: Settings) -> RunResult:
    """Runs cairo-run, or returns the cached result of an identical earlier run."""
    key_parts = [
        CACHE_VERSION.encode(),
        program_json.read_bytes(),
        prog.path.read_bytes(),  # Error messages quote source lines read at run time.
        prog.layout.encode(),
        json.dumps(prog.args).encode(),
        json.dumps([prog.proof_mode, prog.no_source]).encode(),
        str(settings.venv.resolve()).encode(),
    ]
    if prog.program_input:
        key_parts.append(prog.program_input.read_bytes())
    if prog.layout_params:
        key_parts.append(b"layout_params:" + prog.layout_params.read_bytes())
    if prog.air_inputs or prog.run_proof_mode or prog.pie:
        key_parts.append(json.dumps([prog.air_inputs, prog.run_proof_mode, prog.pie]).encode())
    key = sha256_bytes(*key_parts)
    cache_dir = settings.workdir / "refcache" / key[:2] / key
    meta_path = cache_dir / "result.json"
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text())
            return RunResult(
                returncode=meta["returncode"],
                stdout=meta["stdout"],
                stderr=meta["stderr"],
                trace=(cache_dir / "trace").read_bytes() if meta["has_trace"] else None,
                memory=(cache_dir / "memory").read_bytes() if meta["has_memory"] else None,
                seconds=meta["seconds"],
                cached=True,
                air_public=(cache_dir / "air_public").read_bytes()
                if meta.get("has_air_public") else None,
                air_private=(cache_dir / "air_private").read_bytes()
                if meta.get("has_air_private") else None,
                pie=(cache_dir / "pie").read_bytes() if meta.get("has_pie") else None,
            )
        except (OSError, ValueError, KeyError):
            pass  # Corrupt entry: run again and overwrite.
    scratch = settings.workdir / "runs" / prog.name
    res = run_vm(reference_cmd(settings), prog, program_json, scratch, "ref", settings)
    if res.returncode is None:
        return res  # Do not cache timeouts.
    tmp_dir = Path(tempfile.mkdtemp(dir=settings.workdir / "refcache", prefix=".tmp-"))
    try:
        if res.trace is not None:
            (tmp_dir / "trace").write_bytes(res.trace)
        if res.memory is not None:
            (tmp_dir / "memory").write_bytes(res.memory)
        for name in ("air_public", "air_private", "pie"):
            if getattr(res, name) is not None:
                (tmp_dir / name).write_bytes(getattr(res, name))
        meta = {
            "program": prog.name,
            "returncode": res.returncode,
            "stdout": res.stdout,
            "stderr": res.stderr,
            "has_trace": res.trace is not None,
            "has_memory": res.memory is not None,
            "has_air_public": res.air_public is not None,
            "has_air_private": res.air_private is not None,
            "has_pie": res.pie is not None,
            "seconds": res.seconds,
        }
        (tmp_dir / "result.json").write_text(json.dumps(meta, indent=1))
        cache_dir.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(tmp_dir, cache_dir)
        except OSError:
            # Another process cached the same run meanwhile, or an old corrupt entry exists.
            shutil.rmtree(cache_dir, ignore_errors=True)
            try:
                os.rename(tmp_dir, cache_dir)
            except OSError:
                pass
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return res


# ------------------------------------------------------------------------------------------------
# Comparison.

PY_TRACEBACK_HEADER = "Traceback (most recent call last):"


def strip_python_traceback(text: str) -> str:
    """Replaces the stack frames of each Python traceback with a placeholder line, keeping the
    header and the final (non-indented) exception line."""
    lines = text.split("\n")
    out: List[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.strip() == PY_TRACEBACK_HEADER:
            while i < len(lines) and lines[i].startswith(" "):
                i += 1
            out.append("  <python stack frames removed>")
    return "\n".join(out)


# The frames of the hints' `memory`: the reference's classes, and cairovm's Python stand-in for
# them, which a hint runs through under --python_hints_only (a native hint writes the reference's
# frames into its report itself).
MEMORY_FRAME_FILES = (
    "/starkware/cairo/lang/vm/validated_memory_dict.py",
    "/starkware/cairo/lang/vm/memory_dict.py",
    "/cairovm_hints/memory.py",
)


def drop_memory_frames(text: str) -> str:
    """Removes the Python stack frames inside the memory classes (MEMORY_FRAME_FILES), each a
    `  File "...", line N, in f` line and its indented source lines."""
    lines = text.split("\n")
    out: List[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if line.startswith("  File \"") and any(
            f'{name}", line ' in stripped for name in MEMORY_FRAME_FILES
        ):
            i += 1
            while i < len(lines) and lines[i].startswith("    "):
                i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def text_diff(label: str, ref: str, cv: str) -> List[str]:
    diff = list(
        difflib.unified_diff(
            ref.splitlines(), cv.splitlines(), f"{label} (reference)", f"{label} (cairovm)",
            lineterm="", n=2,
        )
    )
    if not diff:
        # Only line-ending or trailing-newline differences.
        return [f"{label}: differs only in trailing newlines/whitespace: "
                f"reference {ref[-20:]!r} vs cairovm {cv[-20:]!r}"]
    if len(diff) > DIFF_CONTEXT_LINES:
        diff = diff[:DIFF_CONTEXT_LINES] + [f"... ({len(diff) - DIFF_CONTEXT_LINES} more diff lines)"]
    return diff


def compare_traces(ref: bytes, cv: bytes) -> List[str]:
    msgs = []
    if len(ref) % TRACE_ENTRY.size:
        msgs.append(f"trace: reference file size {len(ref)} is not a multiple of 24")
    if len(cv) % TRACE_ENTRY.size:
        msgs.append(f"trace: cairovm file size {len(cv)} is not a multiple of 24")
    n_ref, n_cv = len(ref) // TRACE_ENTRY.size, len(cv) // TRACE_ENTRY.size
    if n_ref != n_cv:
        msgs.append(f"trace: {n_ref} steps (reference) vs {n_cv} steps (cairovm)")
    for i in range(min(n_ref, n_cv)):
        a = ref[i * 24:(i + 1) * 24]
        b = cv[i * 24:(i + 1) * 24]
        if a != b:
            ra, rf, rp = TRACE_ENTRY.unpack(a)
            ca, cf, cp = TRACE_ENTRY.unpack(b)
            msgs.append(
                f"trace: first difference at step {i}: reference ap={ra} fp={rf} pc={rp}, "
                f"cairovm ap={ca} fp={cf} pc={cp}"
            )
            break
    if not msgs:
        msgs.append("trace: files differ (trailing bytes)")
    return msgs


def parse_memory(data: bytes, who: str) -> Tuple[Dict[int, int], List[str]]:
    problems = []
    if len(data) % MEMORY_RECORD:
        problems.append(f"memory: {who} file size {len(data)} is not a multiple of {MEMORY_RECORD}")
    cells: Dict[int, int] = {}
    duplicates = 0
    for off in range(0, len(data) - len(data) % MEMORY_RECORD, MEMORY_RECORD):
        addr = int.from_bytes(data[off:off + MEMORY_ADDR_BYTES], "little")
        value = int.from_bytes(data[off + MEMORY_ADDR_BYTES:off + MEMORY_RECORD], "little")
        if addr in cells and cells[addr] != value:
            duplicates += 1
        cells[addr] = value
    if duplicates:
        problems.append(f"memory: {who} file has {duplicates} addresses with conflicting values")
    return cells, problems


def compare_memory(ref: bytes, cv: bytes) -> List[str]:
    ref_cells, msgs = parse_memory(ref, "reference")
    cv_cells, more = parse_memory(cv, "cairovm")
    msgs += more
    if ref_cells == cv_cells:
        if ref != cv:  # cairo-run writes cells in the order they were first written
            ref_order, cv_order = list(ref_cells), list(cv_cells)
            at = next(i for i, (r, c) in enumerate(zip(ref_order, cv_order)) if r != c)
            msgs.append(
                f"memory: same cells in another order; record {at} is address "
                f"{ref_order[at]} (reference), {cv_order[at]} (cairovm); reference order "
                f"around it: {ref_order[max(0, at - 3):at + 5]}, cairovm: "
                f"{cv_order[max(0, at - 3):at + 5]}")
        return msgs
    addrs = sorted(set(ref_cells) | set(cv_cells))
    diffs = [a for a in addrs if ref_cells.get(a) != cv_cells.get(a)]
    msgs.append(
        f"memory: {len(ref_cells)} cells (reference) vs {len(cv_cells)} cells (cairovm), "
        f"{len(diffs)} addresses differ"
    )
    for a in diffs[:8]:
        r = ref_cells.get(a)
        c = cv_cells.get(a)
        msgs.append(
            f"  address {a}: reference {'<missing>' if r is None else r}, "
            f"cairovm {'<missing>' if c is None else c}"
        )
    if len(diffs) > 8:
        msgs.append(f"  ... {len(diffs) - 8} more")
    return msgs


def compare(
    prog: Program, ref: RunResult, cv: RunResult, python_hints_only: bool = False
) -> Tuple[List[str], List[str]]:
    """Returns (names of the parts that differ, detail lines)."""
    parts: List[str] = []
    details: List[str] = []
    if cv.returncode is None:
        return ["timeout"], [f"cairovm timed out after {prog.timeout:.0f} s"]
    ref_ok, cv_ok = ref.returncode == 0, cv.returncode == 0
    if ref_ok != cv_ok or (not ref_ok and ref.returncode != cv.returncode):
        parts.append("exit")
        details.append(f"exit status: reference {ref.returncode}, cairovm {cv.returncode}")
    if ref.stdout != cv.stdout:
        parts.append("stdout")
        details += text_diff("stdout", ref.stdout, cv.stdout)
    ref_err, cv_err = ref.stderr, cv.stderr
    if prog.strip_python_traceback:
        ref_err, cv_err = strip_python_traceback(ref_err), strip_python_traceback(cv_err)
    elif python_hints_only:
        ref_err, cv_err = drop_memory_frames(ref_err), drop_memory_frames(cv_err)
    if ref_err != cv_err and not prog.stderr_differs:
        parts.append("stderr")
        details += text_diff("stderr", ref_err, cv_err)
    for label, r, c, fn in (
        ("trace", ref.trace, cv.trace, compare_traces),
        ("memory", ref.memory, cv.memory, compare_memory),
    ):
        if r is None and c is None:
            continue
        if r is None or c is None:
            parts.append(label)
            if c is None:
                note = " (cairo-run opens it at start-up, so it exists, empty, even after a failure)"
                details.append(f"{label}: cairovm did not create the {label} file" +
                               (note if r == b"" else ""))
            else:
                details.append(f"{label}: the reference did not create the {label} file")
            continue
        if label == "trace" and r != c:
            parts.append(label)
            details += fn(r, c)
        elif label == "memory" and r != c:
            parts.append(label)
            details += fn(r, c)
    for label, r, c in (
        ("air_public_input", ref.air_public, cv.air_public),
        ("air_private_input", ref.air_private, cv.air_private),
    ):
        if r != c:
            parts.append(label)
            if r is None or c is None:
                details.append(f"{label}: written by {'cairovm' if r is None else 'the reference'} "
                               "only")
            else:
                details += text_diff(label, r.decode(errors="replace"),
                                     c.decode(errors="replace"))
    if ref.pie != cv.pie:
        msgs = compare_pies(ref.pie, cv.pie)
        if msgs:
            parts.append("pie")
            details += msgs
    return parts, details


def compare_pies(ref: Optional[bytes], cv: Optional[bytes]) -> List[str]:
    """Compares two Cairo PIE zips by their members: memory.bin byte for byte (8-byte encoded
    address, 32-byte value, in the order the cells were first written), the others as text."""
    import io
    import zipfile

    if not ref or not cv:
        return [f"pie: written by {'cairovm' if not ref else 'the reference'} only (or empty)"]
    try:
        members = []
        for data in (ref, cv):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                members.append({name: zf.read(name) for name in zf.namelist()})
    except zipfile.BadZipFile as exc:
        return [f"pie: not a zip file: {exc}"]
    ref_m, cv_m = members
    msgs = []
    if sorted(ref_m) != sorted(cv_m):
        msgs.append(f"pie: members {sorted(ref_m)} (reference) vs {sorted(cv_m)} (cairovm)")
    for name in sorted(set(ref_m) & set(cv_m)):
        r, c = ref_m[name], cv_m[name]
        if name == "memory.bin":
            if r != c:
                msgs += [f"pie: {name}: " + m for m in compare_memory(r, c)]
        elif r != c:
            msgs += text_diff(f"pie {name}", r.decode(errors="replace"),
                              c.decode(errors="replace"))
    return msgs


# ------------------------------------------------------------------------------------------------
# One program.


def check_program(prog: Program, settings: Settings) -> Outcome:
    if prog.slow and not settings.include_slow:
        return Outcome(prog.name, "SKIP", "slow")
    if prog.needs_python and not settings.include_python:
        return Outcome(prog.name, "SKIP", "needs-python")
    try:
        program_json = compile_program(prog, settings)
    except ConfigError as exc:
        return Outcome(prog.name, "FAIL", "compile", details=str(exc).splitlines())
    ref = cached_reference_run(prog, program_json, settings)
    outcome = Outcome(prog.name, "FAIL", ref_seconds=ref.seconds, ref_cached=ref.cached)
    if ref.returncode is None:
        outcome.reason = "reference timeout"
        outcome.details = [f"cairo-run timed out after {prog.timeout:.0f} s"]
        return outcome
    if prog.expect_error and ref.returncode == 0:
        outcome.reason = "reference succeeded (expect=error)"
        outcome.details = ["the reference run succeeded but the program says expect=error"]
        return outcome
    if not prog.expect_error and ref.returncode != 0:
        outcome.reason = "reference failed"
        outcome.details = ["the reference run failed but the program does not say expect=error:"]
        outcome.details += ref.stderr.rstrip().splitlines()[-DIFF_CONTEXT_LINES:]
        return outcome
    vm_cmd = reference_cmd(settings) if settings.self_check else [str(settings.cairovm)]
    runs = "runs"
    if settings.python_hints_only and not settings.self_check:
        vm_cmd.append("--python_hints_only")
        runs = "runs-python-hints-only"
    elif prog.native_only and not settings.self_check:
        vm_cmd.append("--no_python_hints")
    cv = run_vm(vm_cmd, prog, program_json, settings.workdir / runs / prog.name, "cv", settings)
    outcome.cv_seconds = cv.seconds
    parts, details = compare(prog, ref, cv, settings.python_hints_only)
    if parts:
        outcome.reason = ", ".join(parts)
        outcome.details = details
    else:
        outcome.status = "PASS"
    return outcome


def check_program_safe(prog: Program, settings: Settings) -> Outcome:
    try:
        return check_program(prog, settings)
    except Exception as exc:  # Report harness errors as failures instead of crashing the pool.
        import traceback

        return Outcome(prog.name, "FAIL", "harness error",
                       details=traceback.format_exc().rstrip().splitlines()[-15:])


# ------------------------------------------------------------------------------------------------
# Main.


def resolve_programs(names: List[str]) -> List[Path]:
    if not names:
        return sorted(PROGRAMS_DIR.glob("*.cairo"))
    paths = []
    for n in names:
        p = Path(n)
        if p.suffix == ".cairo" and p.exists():
            paths.append(p)
            continue
        candidate = PROGRAMS_DIR / (n if n.endswith(".cairo") else n + ".cairo")
        if candidate.exists():
            paths.append(candidate)
            continue
        raise ConfigError(f"no such program: {n}")
    return paths


def fmt_seconds(s: Optional[float], cached: bool = False) -> str:
    if s is None:
        return "-"
    return f"{s:.2f}s" + ("*" if cached else "")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        description="Differential tests of cairovm against cairo-run.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="A * after the reference time means the result came from the cache.",
    )
    parser.add_argument("programs", nargs="*", metavar="PROGRAM",
                        help="program names or .cairo paths (default: all in cairo_programs/)")
    parser.add_argument("--cairovm", type=Path, help="the cairovm executable")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv",
                        help="venv holding cairo-compile and cairo-run (default: %(default)s)")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "build-diff",
                        help="compiled programs, cached reference results and run outputs "
                             "(default: %(default)s)")
    parser.add_argument("--include-slow", action="store_true",
                        default=os.environ.get("CAIROVM_DIFF_SLOW") == "1",
                        help="also run programs marked slow (or set CAIROVM_DIFF_SLOW=1)")
    parser.add_argument("--include-python", action="store_true",
                        default=os.environ.get("CAIROVM_DIFF_PYTHON") == "1",
                        help="also run programs marked needs-python (or set CAIROVM_DIFF_PYTHON=1)")
    parser.add_argument("--python-hints-only", action="store_true",
                        default=os.environ.get("CAIROVM_DIFF_PYTHON_HINTS_ONLY") == "1",
                        help="run every hint in cairovm's embedded Python, native ones too "
                             "(cairovm --python_hints_only; implies --include-python; or set "
                             "CAIROVM_DIFF_PYTHON_HINTS_ONLY=1)")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="parallel programs (default 2)")
    parser.add_argument("--self-check", action="store_true",
                        help="run cairo-run in place of cairovm, to validate the harness")
    args = parser.parse_args(argv)

    if args.self_check:
        cairovm = None
    else:
        if args.cairovm is None:
            parser.error("--cairovm is required (or use --self-check)")
        cairovm = args.cairovm.resolve()
        if not os.access(cairovm, os.X_OK):
            print(f"difftest: cairovm executable not found: {cairovm}", file=sys.stderr)
            return 2
    venv = args.venv.resolve()
    for tool in ("cairo-compile", "cairo-run"):
        if not os.access(venv / "bin" / tool, os.X_OK):
            print(f"difftest: {venv / 'bin' / tool} not found (run tools/setup.sh)", file=sys.stderr)
            return 2
    workdir = args.workdir.resolve()
    (workdir / "refcache").mkdir(parents=True, exist_ok=True)

    settings = Settings(
        cairovm=cairovm, venv=venv, workdir=workdir, include_slow=args.include_slow,
        include_python=args.include_python or args.python_hints_only,
        self_check=args.self_check, python_hints_only=args.python_hints_only,
    )
    try:
        paths = resolve_programs(args.programs)
        programs = [v for p in paths for v in Program.parse(p).variants()]
    except ConfigError as exc:
        print(f"difftest: {exc}", file=sys.stderr)
        return 2
    seen: Dict[str, Path] = {}
    unique = []
    for p in programs:
        if p.name in seen:
            if seen[p.name] != p.path:
                print(f"difftest: two programs named {p.name}: {seen[p.name]} and {p.path}",
                      file=sys.stderr)
                return 2
            continue
        seen[p.name] = p.path
        unique.append(p)
    programs = unique
    if not programs:
        print("difftest: no programs", file=sys.stderr)
        return 2

    vm_label = "cairo-run (self-check)" if args.self_check else "cairovm"
    width = max(30, max(len(p.name) for p in programs) + 2)
    header = f"{'PROGRAM':<{width}} {'STATUS':<46} {'REFERENCE':>10} {vm_label:>10}"
    print(header)
    print("-" * len(header))
    sys.stdout.flush()

    outcomes: List[Outcome] = []
    jobs = max(1, args.jobs)
    start = time.monotonic()
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        for out in pool.map(check_program_safe, programs, [settings] * len(programs)):
            status = out.status if not out.reason else f"{out.status} ({out.reason})"
            print(f"{out.name:<{width}} {status:<46} {fmt_seconds(out.ref_seconds, out.ref_cached):>10} "
                  f"{fmt_seconds(out.cv_seconds):>10}")
            sys.stdout.flush()
            outcomes.append(out)

    failed = [o for o in outcomes if o.status == "FAIL"]
    for o in failed:
        print()
        print(f"=== {o.name}: FAIL ({o.reason})")
        for line in o.details:
            print(f"    {line}")
    n_pass = sum(o.status == "PASS" for o in outcomes)
    n_skip = sum(o.status == "SKIP" for o in outcomes)
    print()
    print(f"Total time {time.monotonic() - start:.1f} s; a * marks a cached reference result.")
    print(f"{n_pass} passed, {len(failed)} failed, {n_skip} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
