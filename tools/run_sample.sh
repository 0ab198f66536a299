#!/usr/bin/env bash
# The main job: set up, build, compile a sample Cairo program and run it with cairovm, printing
# its output and writing the trace and memory files.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$root/tools/setup.sh"
mkdir -p "$build_root"
configure_and_build "$build_root/release" -DCMAKE_BUILD_TYPE=Release -DCAIROVM_TESTING=OFF \
  -DCAIROVM_BENCHMARKS=OFF >/dev/null

program="${1:-$root/cairo_programs/sample_fibonacci.cairo}"
out="$build_root/sample"
mkdir -p "$out"
name="$(basename "$program" .cairo)"
"$root/.venv/bin/cairo-compile" "$program" --output "$out/$name.json"
"$build_root/release/cairovm" --program "$out/$name.json" --layout small --print_output \
  --print_info --trace_file "$out/$name.trace" --memory_file "$out/$name.memory"
echo "Trace:  $out/$name.trace ($(stat -c %s "$out/$name.trace") bytes)"
echo "Memory: $out/$name.memory ($(stat -c %s "$out/$name.memory") bytes)"
