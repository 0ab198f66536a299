#!/usr/bin/env bash
# Runs every test: set-up, Release build with unit, differential and benchmark-smoke tests, then
# the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer, then pytest, then a
# short run of every fuzz target (CAIROVM_FUZZ_SECONDS each, default 15; 0 skips it).
# Long reference runs carry the ctest label `slow` and are left out (run them with
# `ctest -L slow` in the build folder).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$root/tools/setup.sh"
mkdir -p "$build_root"

echo "== Release build ($build_root/release)"
configure_and_build "$build_root/release" -DCMAKE_BUILD_TYPE=Release
# `import cairovm` in the venv: a .pth file naming the Release build's module folder (quicker than
# `pip install .`, which builds the library once more; see the README).
purelib="$("$root/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
if [ -d "$build_root/release/python" ]; then
  echo "$build_root/release/python" >"$purelib/cairovm-build.pth"
fi
echo "== Release tests"
ctest --test-dir "$build_root/release" -j "$jobs" -LE slow --output-on-failure

echo "== Sanitizer build ($build_root/sanitize)"
configure_and_build "$build_root/sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAIROVM_SANITIZE=ON \
  -DCAIROVM_BENCHMARKS=OFF -DCAIROVM_DIFF_WORKDIR="$build_root/release/diff"
echo "== Sanitizer tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$build_root/sanitize" -j "$jobs" -LE slow --output-on-failure

if compgen -G "$root/tests/python/test_*.py" >/dev/null; then
  echo "== Python tests"
  CAIROVM_BUILD_DIR="$build_root/release" "$root/.venv/bin/python" -m pytest -q "$root/tests/python"
fi

fuzz_seconds="${CAIROVM_FUZZ_SECONDS:-15}"
if ((fuzz_seconds > 0)); then
  echo "== Fuzz smoke runs"
  bash "$root/tools/fuzz.sh" --seconds "$fuzz_seconds"
fi
