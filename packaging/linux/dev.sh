#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build, then run.
#
#   packaging/linux/dev.sh run     build and launch stratum-deploy
#   packaging/linux/dev.sh test    build and run the whole test suite (CTest)
#   packaging/linux/dev.sh build   build only
#
# PRESET=asan|release|dev (default dev) picks the CMake preset.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
preset=${PRESET:-dev}
action=${1:-}
case "$action" in
  run|test|build) shift ;;
  *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
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
    exec "build/$preset/src/stratum-deploy" "$@"
    ;;
  build)
    cmake --build --preset "$preset"
    ;;
  test)
    cmake --build --preset "$preset"
    exec ctest --preset "$preset" "$@"
    ;;
esac
