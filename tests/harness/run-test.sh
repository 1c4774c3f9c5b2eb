#!/usr/bin/env bash
# Runs one test in its own world: a private HOME and XDG dirs, a private D-Bus
# session with an unlocked gnome-keyring (a real Secret Service), and for GUI
# tests an Xvfb display. Everything it starts is stopped when the test ends,
# whether it passed, failed or hung.
#
#   run-test.sh [--gui] [--timeout SECONDS] -- PROGRAM ARGS…
set -u

gui=0; limit=240
while [ $# -gt 0 ]; do
  case "$1" in
    --gui) gui=1; shift ;;
    --timeout) limit=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

world=$(mktemp -d "${TMPDIR:-/tmp}/stratum-test.XXXXXX")
export STRATUM_TEST_WORLD=$world
# Temporary files live in the world too: swept afterwards, and scanned for secrets like the rest.
mkdir -p "$world/tmp"
export TMPDIR=$world/tmp
export HOME=$world/home XDG_CONFIG_HOME=$world/home/.config XDG_DATA_HOME=$world/home/.local/share \
       XDG_CACHE_HOME=$world/home/.cache XDG_RUNTIME_DIR=$world/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

# A private dockerd of the world (DockerDroplet) that outlived its test (a time-out, a crash):
# stopped the way docker stops, so that it stops its containers first; killed after 30 s.
stop_world_daemons() {
  local pids pid waited=0
  pids=$(pgrep -f "dockerd .*$world" 2>/dev/null) || return 0
  echo "run-test: stopping the test's docker daemon it left running ($pids)" >&2
  for pid in $pids; do kill -TERM "$pid" 2>/dev/null; done
  while [ $waited -lt 60 ]; do
    pids=$(pgrep -f "dockerd .*$world" 2>/dev/null) || return 0
    sleep 0.5; waited=$((waited + 1))
  done
  for pid in $pids; do kill -KILL "$pid" 2>/dev/null; done
}

cleanup() {
  stop_world_daemons
  # Anything still running that belongs to this test's world (sshd, registry,
  # shims, keyring) is identified by the world path in its command line or
  # environment, and ends here.
  local pid
  for pid in $(pgrep -f "$world" 2>/dev/null); do
    [ "$pid" != $$ ] && kill -TERM "$pid" 2>/dev/null
  done
  for pid in /proc/[0-9]*; do
    pid=${pid#/proc/}
    [ "$pid" = $$ ] && continue
    if grep -qs "STRATUM_TEST_WORLD=$world" "/proc/$pid/environ" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null
    fi
  done
  # A real docker droplet (DockerDroplet) may leave mounts under the world and a
  # registry certificate in /etc/docker/certs.d, marked with the world's path.
  grep " $world" /proc/mounts 2>/dev/null | awk '{print $2}' | sort -r | while read -r point; do
    umount -l "$point" 2>/dev/null
  done
  for marker in /etc/docker/certs.d/*/stratum-test-world; do
    [ -f "$marker" ] && [ "$(cat "$marker" 2>/dev/null)" = "$world" ] && rm -rf "$(dirname "$marker")"
  done
  # A rehearsal started in the test (stratumctl rehearsal start) marks its entry with its state dir, inside the world.
  for marker in /etc/docker/certs.d/*/stratum-rehearsal; do
    case "$(cat "$marker" 2>/dev/null)" in "$world"/*) rm -rf "$(dirname "$marker")" ;; esac
  done
  rm -rf "$world"
}
trap cleanup EXIT

if [ "$(uname -s)" = Darwin ]; then
  # macOS (the macOS workflow runs the unit label): no D-Bus, no Secret Service, no X server; GUI
  # code runs offscreen. Tests that need the keychain are integration tests and do not run there.
  export QT_QPA_PLATFORM=offscreen
  perl -e 'alarm shift; exec @ARGV' "$limit" "$@"
  rc=$?
  [ "$rc" = 142 ] && echo "run-test: timed out after ${limit}s" >&2
  exit "$rc"
fi

inner='printf %s stratum-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || {
  echo "run-test: gnome-keyring-daemon did not start" >&2; exit 125; }
exec "$@"'

# What the fake GitHub serves is dumped as it is served; an earlier run's dump must not be checked.
[ -n "${STRATUM_GITHUB_DUMP_DIR:-}" ] && rm -f "$STRATUM_GITHUB_DUMP_DIR/$(basename "$1").jsonl"

if [ "$gui" = 1 ]; then
  set -- xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" "$@"
fi
timeout --kill-after=10 "$limit" dbus-run-session -- sh -c "$inner" sh "$@"
rc=$?
[ "$rc" = 124 ] && echo "run-test: timed out after ${limit}s" >&2
exit "$rc"
