#!/usr/bin/env bash
# Installs the Debian 12 packages jalur builds with, when any is missing. Safe to run again.
# JALUR_WITH_R=1 also installs R with lavaan (the oracle for bench/ and for regenerating test fixtures).
# JALUR_WITH_SLURM=1 also installs Slurm and munge (scripts/start-local-slurm.sh; the test of simulate --slurm).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libeigen3-dev libnlopt-cxx-dev libyaml-cpp-dev libboost-program-options-dev libboost-math-dev
  doctest-dev nlohmann-json3-dev libfmt-dev libreadstat-dev
  libtbb-dev                         # parallel loops (the observed information's columns, resampling)
  librandom123-dev                   # counter-based random streams: a bootstrap replicate's draws keyed by (seed, r)
  libgraphviz-dev fonts-dejavu-core  # path diagrams (libgvc with its plugins; a font to measure labels)
  librsvg2-dev                       # the SERVQUAL plot as PNG (librsvg draws jalur's SVG on cairo)
  chromium                           # the browser test of the HTML report
  clang libclang-rt-14-dev llvm      # the fuzz targets: libFuzzer's runtime, llvm-symbolizer for their reports
)
if [ "${JALUR_WITH_R:-0}" = 1 ]; then packages+=(r-base-core r-cran-lavaan r-cran-jsonlite r-cran-psych r-cran-haven r-cran-semtools); fi
if [ "${JALUR_WITH_SLURM:-0}" = 1 ]; then packages+=(slurm-wlm munge); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "jalur: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "jalur: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
