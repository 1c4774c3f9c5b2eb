#!/usr/bin/env bash
# The .deb of a build installed into a fresh Debian 13 root, then both binaries run from it:
#   packaging/linux/install-test.sh BUILD_DIR
# Builds the package first (cpack -G DEB). The root is a minimal debootstrap of Debian 13
# (trixie) from this machine's own Debian mirror, made once and kept in
# $STRATUM_TEST_ROOT_CACHE (default /var/tmp/stratum-deploy-trixie-root); every run installs
# into a throwaway copy of it, in a private mount and PID namespace, so nothing it mounts or
# starts outlives the run. Needs root and debootstrap (install-deps.sh installs it); without
# them it is skipped (exit 77) with the reason (under CI=true it fails instead).
set -euo pipefail
base=${STRATUM_TEST_ROOT_CACHE:-/var/tmp/stratum-deploy-trixie-root}
say() { printf 'install-test: %s\n' "$*"; }

debian_mirror() {
  { grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' || true
    grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' || true; } \
    | grep -m1 -E '/debian/?$' | sed 's#/$##' || true
}

# In the private namespaces: a copy of the base, the package installed, both binaries run.
inside() {
  local work=$1 deb=$2 mirror=$3 root=$1/root
  cp -a "$base/." "$root/"
  mount --bind /dev "$root/dev"
  mount -t sysfs sysfs "$root/sys"
  mount -t tmpfs tmpfs "$root/run"
  install -m 644 /etc/resolv.conf "$root/etc/resolv.conf"
  printf 'deb %s trixie main\n' "$mirror" > "$root/etc/apt/sources.list"
  rm -f "$root"/etc/apt/sources.list.d/*
  # The machine's own trust anchors, so that an HTTPS mirror or proxy works inside as outside.
  if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
  fi
  cp "$deb" "$root/tmp/"
  unshare --pid --fork --kill-child --mount-proc="$root/proc" -- chroot "$root" /usr/bin/env -i \
    PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive /bin/bash -c '
    set -e
    cd /tmp
    apt-get update -q >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }
    apt-get install -y -q --no-install-recommends ./stratum-deploy_*.deb >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }
    echo "install-test: installed $(dpkg-query -W -f="\${Package} \${Version}, \${Installed-Size} KiB installed" stratum-deploy)"
    stratumctl --version
    test -f /usr/share/metainfo/org.stratum.Deploy.metainfo.xml
    test -f /usr/share/applications/org.stratum.Deploy.desktop
    test -f /usr/share/icons/hicolor/256x256/apps/stratum-deploy.png
    test -f /usr/share/icons/hicolor/scalable/apps/stratum-deploy.svg
    test -f /usr/share/bash-completion/completions/stratumctl
    test -f /usr/share/zsh/site-functions/_stratumctl
    stratumctl --self-test
    QT_QPA_PLATFORM=offscreen stratum-deploy --version
    QT_QPA_PLATFORM=offscreen stratum-deploy --self-test && echo "install-test: stratum-deploy --self-test passed"
  '
}

if [ "${1:-}" = __inside ]; then
  shift
  inside "$@"
  exit
fi
build=$(cd "${1:?usage: install-test.sh BUILD_DIR}" && pwd)

# Skipped (exit 77, CTest's SKIP_RETURN_CODE) with the reason where it cannot run; under CI=true
# that is a failure: CI runs as root with what install-deps.sh installs, so it must run there.
skip() {
  say "skipped: $*"
  if [ "${CI:-}" = true ]; then say "CI=true: this test must run here, so this is a failure"; exit 1; fi
  exit 77
}
[ "$(id -u)" = 0 ] || skip "needs root to make and enter a Debian 13 root"
command -v debootstrap >/dev/null || skip "no debootstrap (packaging/linux/install-deps.sh installs it)"
command -v unshare >/dev/null || skip "no unshare (util-linux)"
mirror=$(debian_mirror)
[ -n "$mirror" ] || skip "no Debian mirror in this machine's apt sources"

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/stratum-deploy_*.deb | head -1)
say "$deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'

if [ ! -d "$base/etc/apt" ]; then
  say "making the Debian 13 root once: debootstrap --variant=minbase trixie $base (a few minutes)"
  rm -rf "$base.partial"
  debootstrap --variant=minbase --include=ca-certificates trixie "$base.partial" "$mirror" >"$build/debootstrap.log" 2>&1 \
    || { tail -20 "$build/debootstrap.log"; say "debootstrap failed"; exit 1; }
  mv "$base.partial" "$base"
fi

work=$(mktemp -d /var/tmp/stratum-install-test.XXXXXX)
mkdir "$work/root"
cleanup() {
  # The mounts lived in the private namespace; make sure none is left before removing.
  if awk -v w="$work" 'index($5, w) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
    say "something is still mounted under $work: left in place"
  else
    rm -rf --one-file-system "$work"
  fi
}
trap cleanup EXIT
started=$(date +%s)
unshare --mount --propagation private -- bash "${BASH_SOURCE[0]}" __inside "$work" "$deb" "$mirror"
say "passed in $(( $(date +%s) - started )) s (install into a fresh copy of the Debian 13 root, then both binaries)"
