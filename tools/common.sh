# Shared by the project's scripts: where builds live (outside the source tree) and how to build.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One build folder per clone, outside the source tree.
build_root="${CAIROVM_BUILD_ROOT:-${HOME:-/tmp}/.cache/cairovm/$(basename "$root")-$(printf '%s' "$root" | cksum | cut -d' ' -f1)}"
jobs="${CAIROVM_JOBS:-2}"

# configure_and_build DIR [cmake args...]
configure_and_build() {
  local dir="$1"
  shift
  cmake -S "$root" -B "$dir" -G Ninja "$@" >"$dir.configure.log" 2>&1 ||
    { mkdir -p "$dir"; cat "$dir.configure.log"; return 1; }
  cmake --build "$dir" -j "$jobs"
}
