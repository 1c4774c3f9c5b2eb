#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build, then run.
#
#   packaging/linux/dev.sh run     build and launch stratum-deploy; with no droplet set up, on the rehearsal
#                                  (a droplet, a registry and a GitHub on this machine; STRATUM_REHEARSAL=no: not)
#   packaging/linux/dev.sh test    build and run the whole test suite (CTest)
#   packaging/linux/dev.sh build   build only
#
#   packaging/linux/dev.sh package build the Release .deb (cpack) and install it into a fresh
#                                  Debian 13 root to run both binaries from it (CTest label install)
#
# PRESET=asan|release|dev picks the CMake preset (default: release to run, dev to test).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
action=${1:-}
case "$action" in
  run|package) default_preset=release ;;
  *) default_preset=dev ;;
esac
preset=${PRESET:-$default_preset}
case "$action" in
  run|test|build|package) shift ;;
  *) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

"$here/install-deps.sh"

cd "$root"
if [ "$action" = test ] && [ ! -d tests/openapi/node_modules/@octokit/openapi ]; then
  echo "dev.sh: installing the OpenAPI checker's npm packages (tests/openapi)"
  npm ci --prefix tests/openapi --no-audit --no-fund --loglevel=error \
    || echo "dev.sh: WARNING: npm could not install them; the openapi_conformance test will show as skipped"
fi
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
  cmake --preset "$preset"
fi
case "$action" in
  run)
    cmake --build --preset "$preset" --target stratum-deploy stratumctl
    # Nothing to deploy to yet: the app opens on the rehearsal, with a known-good release running
    # and healthy, so deploy, health and rollback can be seen (and practised) at once.
    if [ "${STRATUM_REHEARSAL:-auto}" != no ] && [ "$("build/$preset/src/stratumctl" --json host list 2>/dev/null | tr -d ' \n')" = "[]" ]; then
      echo "dev.sh: no droplet is set up: opening the app on the rehearsal (File → Set up a droplet… adds yours; STRATUM_REHEARSAL=no skips it)"
      set -- --rehearsal "$@"
    fi
    exec "build/$preset/src/stratum-deploy" "$@"
    ;;
  build)
    cmake --build --preset "$preset"
    ;;
  test)
    cmake --build --preset "$preset"
    exec ctest --preset "$preset" "$@"
    ;;
  package)
    cmake --build --preset "$preset"
    exec ctest --preset install "$@"
    ;;
esac
