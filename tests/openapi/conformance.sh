#!/bin/sh
# Runs validate.mjs over what the fake GitHub served. Without node or the npm
# packages it skips (exit 77) on a developer's machine, and fails under CI=true:
# CI must never report a check it did not make.
#   conformance.sh DUMP_DIR
here=$(dirname "$0")
if ! command -v node >/dev/null 2>&1; then
  if [ "${CI:-}" = true ]; then
    echo "FAILED: node is missing, so GitHub's answers were not checked (packaging/linux/install-deps.sh installs it)" >&2
    exit 1
  fi
  echo "SKIPPED: node is missing (packaging/linux/install-deps.sh installs it)"
  exit 77
fi
exec node "$here/validate.mjs" "$@"
