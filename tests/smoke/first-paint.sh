#!/bin/sh
# The real window as the app opens it: the Overview paints first, the other pages are built
# right after (MainWindow::PageBuilding::AfterFirstPaint), and the window keeps running.
# Run by CTest inside tests/harness/run-test.sh --gui (a private HOME, D-Bus, keychain, Xvfb).
#   first-paint.sh STRATUM_DEPLOY
set -u
app=$1
log=$XDG_DATA_HOME/Stratum/stratum-deploy/logs/stratum-deploy.log
QT_LOGGING_RULES='stratum.gui.debug=true' "$app" &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null' EXIT
for _ in $(seq 600); do
    grep -q 'the other pages are built' "$log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "first-paint: stratum-deploy ended before its pages were built" >&2; exit 1; }
    sleep 0.1
done
painted=$(grep -n 'startup: first paint' "$log" | head -n 1 | cut -d: -f1)
built=$(grep -n 'the other pages are built' "$log" | head -n 1 | cut -d: -f1)
if [ -z "$painted" ] || [ -z "$built" ]; then
    echo "first-paint: the log does not say both the first paint and the pages built:" >&2
    cat "$log" >&2
    exit 1
fi
if [ "$built" -lt "$painted" ]; then
    echo "first-paint: the pages were built before the first paint (line $built before line $painted)" >&2
    exit 1
fi
sleep 1
kill -0 "$pid" 2>/dev/null || { echo "first-paint: stratum-deploy did not keep running" >&2; exit 1; }
echo "first-paint: painted (log line $painted), then the other pages were built (log line $built)"
