#!/usr/bin/env bash
# AI Factory Planner: one script for every set-up step, so the README's two commands work on a
# fresh Debian 12 machine that has nothing but git.
#
#   packaging/aifp.sh run    install what is missing, build (release), open the sample project
#   packaging/aifp.sh test   install what is missing, build (release, -Werror), run the whole
#                            test suite, then the sanitizer stage: a clang-14 ASan+UBSan build
#                            (build/asan, -Werror) running the core/io/cli labels and each
#                            libFuzzer target for AIFP_FUZZ_SECONDS (default 20) on its committed
#                            corpus (docs/fuzzing.md). AIFP_SANITIZERS=0 skips that stage. Extra
#                            arguments go to the release ctest (and skip the sanitizer stage).
#   packaging/aifp.sh build  install what is missing and build only
#   packaging/aifp.sh package  install what is missing, build, and make the Debian package
#                            build/release/package/aifp_<version>_<arch>.deb (CPack)
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
  dpkg-dev desktop-file-utils appstream shared-mime-info groff-base qt6-translations-l10n
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

# The release build of the test command treats warnings as errors (the tree is warning-free with
# g++ 12; CI keeps it so). Set in the cache once; later builds keep it.
werror_release() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake --preset release -S "$ROOT" -DAIFP_WERROR=ON >/dev/null
  elif ! grep -q '^AIFP_WERROR:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -DAIFP_WERROR=ON >/dev/null
  fi
}

# The sanitizer stage (docs/fuzzing.md): one clang-14 build with ASan + UBSan
# (-fno-sanitize-recover=all) of core, aifp-cli, the non-GUI tests and the libFuzzer targets (the
# asan preset, -Werror), then the core, io and cli labels and the fuzz label (each target
# AIFP_FUZZ_SECONDS on its committed corpus) under it.
sanitizer_tests() {
  if ! command -v clang++-14 >/dev/null; then
    say "clang++-14 not found (package clang-14): the sanitizer stage cannot run"
    return 1
  fi
  local seconds="${AIFP_FUZZ_SECONDS:-20}"
  if [ ! -f "$ROOT/build/asan/build.ninja" ]; then
    (cd "$ROOT" && cmake --preset asan -DAIFP_WERROR=ON -DAIFP_FUZZ_SECONDS="$seconds" >/dev/null)
  else
    cmake -S "$ROOT" -B "$ROOT/build/asan" -DAIFP_WERROR=ON -DAIFP_FUZZ_SECONDS="$seconds" \
      >/dev/null
  fi
  say "sanitizer stage: building build/asan (clang-14, ASan + UBSan, libFuzzer targets)"
  cmake --build "$ROOT/build/asan" --parallel "$(nproc)"
  say "sanitizer stage: core, io, cli and fuzz labels under ASan + UBSan"
  (cd "$ROOT" && ctest --preset asan --timeout 900 --parallel "$(nproc)")
}

# The Debian package: CPack installs the build into a staging folder and makes the .deb with
# dependencies from dpkg-shlibdeps (packaging/CMakeLists.txt).
package() {
  (cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/package" >/dev/null)
  local deb
  deb="$(ls -t "$BUILD_DIR"/package/aifp_*.deb | head -n 1)"
  say "package written: ${deb#"$ROOT"/} (install it with: sudo apt install ./${deb#"$ROOT"/})"
}

main() {
  local what="${1:-run}"
  shift || true
  case "$what" in
  run) install_packages; build; run_main ;;
  test)
    install_packages; ensure_test_locale; werror_release; build; run_tests "$@"
    # ASan+UBSan and the short fuzz runs (what CI runs; AIFP_SANITIZERS=0 skips them). Cost from
    # nothing on 2 cores is measured in docs/fuzzing.md ("In CI").
    if [ $# -eq 0 ] && [ "${AIFP_SANITIZERS:-1}" != 0 ]; then
      sanitizer_tests
    fi
    ;;
  build) install_packages; build ;;
  package) install_packages; build; package ;;
  *) say "usage: packaging/aifp.sh run|test|build|package"; exit 2 ;;
  esac
}

main "$@"
