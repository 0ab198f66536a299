#!/usr/bin/env bash
# Runs every test: set-up, Release build with unit, differential and benchmark-smoke tests, then
# the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer, then `pip install .`
# of the Python module into the venv and pytest, then a short run of every fuzz
# target (CAIROVM_FUZZ_SECONDS each, default 15; 0 skips it).
# Long reference runs carry the ctest label `slow` and are left out (run them with
# `ctest -L slow` in the build folder).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bash "$root/tools/setup.sh"
mkdir -p "$build_root"

# install_python_module: `pip install .` into the venv, the way a user installs the module (through
# pyproject.toml and scikit-build-core), keeping its build folder so that a later run only rebuilds
# what changed.
install_python_module() {
  local purelib
  purelib="$("$root/.venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  rm -f "$purelib/cairovm-build.pth" # earlier versions pointed the venv at the Release build
  "$root/.venv/bin/pip" install -q --no-build-isolation \
    --config-settings=build-dir="$build_root/wheel" "$root"
  "$root/.venv/bin/python" -c 'import cairovm; print("pytest imports", cairovm.__file__)'
}

echo "== Release build ($build_root/release)"
configure_and_build "$build_root/release" -DCMAKE_BUILD_TYPE=Release
echo "== Release tests"
ctest --test-dir "$build_root/release" -j "$jobs" -LE slow --output-on-failure

echo "== Sanitizer build ($build_root/sanitize)"
configure_and_build "$build_root/sanitize" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAIROVM_SANITIZE=ON \
  -DCAIROVM_BENCHMARKS=OFF -DCAIROVM_DIFF_WORKDIR="$build_root/release/diff"
echo "== Sanitizer tests"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$build_root/sanitize" -j "$jobs" -LE slow --output-on-failure

echo "== pip install . (the Python module into the venv; build folder $build_root/wheel)"
install_python_module
if compgen -G "$root/tests/python/test_*.py" >/dev/null; then
  echo "== Python tests"
  CAIROVM_BUILD_DIR="$build_root/release" "$root/.venv/bin/python" -m pytest -q "$root/tests/python"
fi

fuzz_seconds="${CAIROVM_FUZZ_SECONDS:-15}"
if ((fuzz_seconds > 0)); then
  echo "== Fuzz smoke runs"
  bash "$root/tools/fuzz.sh" --seconds "$fuzz_seconds"
fi
