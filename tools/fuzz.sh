#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan and UBSan), writes seed corpora from the
# compiled programs of the differential tests and runs every target for a while.
#
#   tools/fuzz.sh [--seconds N] [--jobs J] [TARGET...]
#
# --seconds: per target (default 25: the smoke run of tools/test.sh); --jobs: targets run at once
# (default CAIROVM_JOBS or 2). Corpora grow in <build root>/fuzz-corpus/<target> across runs;
# a crash leaves its input in <build root>/fuzz-artifacts/<target>/ and fails the script. Seeds
# come from CAIROVM_FUZZ_COMPILED (a folder of compiled program JSONs), by default the release
# build's diff/compiled (tools/test.sh runs the differential tests first).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=25
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done

fuzz_build="$build_root/fuzz"
mkdir -p "$build_root"
echo "== Fuzz build ($fuzz_build)"
# -O1 and line tables only (enough for the sanitizers' stack traces), and only the fuzz targets: the
# smoke run in tools/test.sh pays for this build.
CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" -DCAIROVM_FUZZING=ON \
  -DCAIROVM_TESTING=OFF -DCAIROVM_BENCHMARKS=OFF -DCAIROVM_PYTHON=OFF >"$fuzz_build.configure.log" 2>&1 ||
  { cat "$fuzz_build.configure.log"; exit 1; }
all_targets=(program_loader instruction_decoder program_run cairo_pie layout_params)
cmake --build "$fuzz_build" -j "$jobs" --target "${all_targets[@]/#/cairovm_fuzz_}"

compiled="${CAIROVM_FUZZ_COMPILED:-$build_root/release/diff/compiled}"
seeds="$build_root/fuzz-corpus/seeds"
if [ ! -d "$seeds" ]; then
  cairovm_bin="$build_root/release/cairovm"
  [ -x "$cairovm_bin" ] || { echo "fuzz: build $cairovm_bin first (tools/test.sh)"; exit 1; }
  python3 "$root/tools/fuzz_seeds.py" --compiled "$compiled" --cairovm "$cairovm_bin" --out "$seeds"
fi

# run_target TARGET: one libFuzzer session; its log in <build root>/fuzz-logs/TARGET.log.
run_target() {
  local target="$1"
  local corpus="$build_root/fuzz-corpus/$target" artifacts="$build_root/fuzz-artifacts/$target"
  local log="$build_root/fuzz-logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")" "$seeds/$target"
  # The regression inputs seed the corpus too, so that the fuzzer starts from every known corner.
  local inputs=("$corpus" "$seeds/$target")
  [ -d "$root/fuzz/regressions/$target" ] && inputs+=("$root/fuzz/regressions/$target")
  local status=0
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$fuzz_build/fuzz/cairovm_fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "${inputs[@]}" \
    >"$log" 2>&1 || status=$?
  local runs
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  if ((status == 0)); then
    echo "fuzz: $target: $runs executions, no crash"
  else
    echo "fuzz: $target: FAILED (status $status) after $runs executions; log $log, inputs in $artifacts"
    grep -m 20 -E 'ERROR|SUMMARY|==[0-9]+==|Test unit written' "$log" || true
  fi
  return $status
}

((${#targets[@]})) || targets=("${all_targets[@]}")
echo "== Fuzzing ${targets[*]} ($seconds s each, $jobs at a time)"
failed=0
pids=()
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  if ((${#pids[@]} >= jobs)); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
