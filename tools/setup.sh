#!/usr/bin/env bash
# Installs everything cairovm needs to build and test: Debian packages and a
# git-ignored venv (.venv) holding cairo-lang 0.14.0.1, the reference VM.
# Idempotent: quick when everything is already there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

debian_packages=(
  build-essential cmake ninja-build pkg-config
  libgmp-dev nlohmann-json3-dev libcli11-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  pybind11-dev python3-dev
  clang clang-format
  libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes of Debian's clang 14 (tools/fuzz.sh)
)

missing=()
for p in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

venv="$root/.venv"
if [ ! -x "$venv/bin/cairo-run" ]; then
  echo "setup: creating $venv with cairo-lang 0.14.0.1"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip
  "$venv/bin/pip" install -q -r "$root/tools/requirements-reference.txt"
fi

# cairo-lang 0.14.0.1 on Python >= 3.11: a dataclass field uses a mutable default
# (default=CpuInstanceDef()), which 3.11 rejects at import; use default_factory instead.
instances="$("$venv/bin/python" - <<'PY'
import importlib.util, pathlib
spec = importlib.util.find_spec("starkware")
print(pathlib.Path(list(spec.submodule_search_locations)[0]) / "cairo/lang/instances.py")
PY
)"
if grep -q "default=CpuInstanceDef()" "$instances"; then
  sed -i 's/default=CpuInstanceDef()/default_factory=CpuInstanceDef/' "$instances"
fi
# pytest for the Python tests; scikit-build-core for `pip install --no-build-isolation .` (the
# Python module through pyproject.toml, as tools/test.sh installs it).
for tool in pytest scikit-build-core; do
  "$venv/bin/python" -m pip show -q "$tool" >/dev/null 2>&1 || "$venv/bin/pip" install -q "$tool"
done
echo "setup: ready"
