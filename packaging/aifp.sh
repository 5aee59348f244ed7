#!/usr/bin/env bash
# AI Factory Planner: one script for every set-up step, so the README's two commands work on a
# fresh Debian 12 machine that has nothing but git.
#
#   packaging/aifp.sh run    install what is missing, build (release), open the sample project
#   packaging/aifp.sh test   install what is missing, build (release), run the whole test suite;
#                            with AIFP_SANITIZERS=1 also the core/io/cli labels under ASan+UBSan
#                            (build/asan) and each libFuzzer target for 25 s (build/fuzz, when
#                            clang-14 is present). Extra arguments go to the release ctest.
#   packaging/aifp.sh build  install what is missing and build only
#
# Running it again is quick: packages are only installed when missing, the build is incremental.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$ROOT/build/release"
SAMPLE="$ROOT/projects/sample-gb300-hall.aifp"

# Debian 12 packages (docs/platform-notes.md). Runtime, build and test tools in one list.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-l10n-tools
  libvtk9-dev libboost-graph-dev libsqlite3-dev
  xvfb xauth libgl1-mesa-dri poppler-utils
  libcairo2-dev libpango1.0-dev fonts-dejavu-core fonts-wqy-microhei qpdf locales
  python3 clang-14 libfuzzer-14-dev libclang-rt-14-dev libdxflib-dev
)

say() { printf 'aifp.sh: %s\n' "$*" >&2; }

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      say "not root and no sudo: install these packages first: ${missing[*]}"
      exit 2
    fi
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# The comma-decimal locale the report tests export under (tests/cli/test_cli_report.cpp).
ensure_test_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    say "generating the de_DE.UTF-8 locale for the locale-independence tests"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=(sudo)
    "${sudo[@]}" localedef -i de_DE -f UTF-8 de_DE.UTF-8 || say "could not generate de_DE.UTF-8"
  fi
}

build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake --preset release -S "$ROOT" >/dev/null
  fi
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

have_display() {
  [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

run_cli_on_sample() {
  local cli="$BUILD_DIR/app/aifp-cli"
  say "running the command-line tool on $SAMPLE"
  "$cli" info "$SAMPLE"
  for cmd in validate estimate schedule; do
    if "$cli" --help | grep -q "^  $cmd "; then
      echo
      "$cli" "$cmd" "$SAMPLE" --format text || true
    fi
  done
  if "$cli" --help | grep -q "^  report "; then
    mkdir -p "$ROOT/build/out"
    "$cli" report "$SAMPLE" --out "$ROOT/build/out/sample-report.pdf" &&
      say "report written to build/out/sample-report.pdf"
  fi
}

run_main() {
  local gui="$BUILD_DIR/app/aifp"
  if [ -x "$gui" ] && have_display; then
    # Debian's VTK loads OpenGL through GLX (docs/platform-notes.md): use XWayland on Wayland.
    if [ -z "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-xcb}"
    fi
    say "opening the desktop application on $SAMPLE"
    exec "$gui" "$SAMPLE"
  fi
  if [ ! -x "$gui" ]; then
    say "the desktop application is not built; running the command-line tool instead"
  else
    say "no display available; running the command-line tool instead"
  fi
  run_cli_on_sample
}

run_tests() {
  local ctest_args=(--test-dir "$BUILD_DIR" --output-on-failure --timeout 900)
  if have_display && [ -z "${CI:-}" ]; then
    ctest "${ctest_args[@]}" "$@"
  else
    # GUI and render tests need an X server with GLX (Mesa llvmpipe under Xvfb).
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest "${ctest_args[@]}" "$@"
  fi
}

# ASan + UBSan build of core, aifp-cli and the non-GUI tests (the asan preset), labels core, io,
# cli. Then the libFuzzer targets (the fuzz preset, clang-14) for AIFP_FUZZ_SECONDS each.
sanitizer_tests() {
  if [ ! -f "$ROOT/build/asan/build.ninja" ]; then
    (cd "$ROOT" && cmake --preset asan >/dev/null)
  fi
  cmake --build "$ROOT/build/asan" --parallel "$(nproc)"
  (cd "$ROOT" && ctest --preset asan --timeout 900)
  if command -v clang++-14 >/dev/null; then
    if [ ! -f "$ROOT/build/fuzz/build.ninja" ]; then
      (cd "$ROOT" && cmake --preset fuzz >/dev/null)
    fi
    cmake --build "$ROOT/build/fuzz" --parallel "$(nproc)"
    ctest --test-dir "$ROOT/build/fuzz" -L fuzz --output-on-failure --timeout 900
  else
    say "clang-14 not found: fuzz targets skipped"
  fi
}

main() {
  local what="${1:-run}"
  shift || true
  case "$what" in
  run) install_packages; build; run_main ;;
  test)
    install_packages; ensure_test_locale; build; run_tests "$@"
    # ASan+UBSan and the short fuzz runs are opt-in (AIFP_SANITIZERS=1): see docs/fuzzing.md.
    if [ $# -eq 0 ] && [ -n "${AIFP_SANITIZERS:-}" ]; then
      sanitizer_tests
    fi
    ;;
  build) install_packages; build ;;
  *) say "usage: packaging/aifp.sh run|test|build"; exit 2 ;;
  esac
}

main "$@"
