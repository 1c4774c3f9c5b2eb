#!/usr/bin/env bash
# The .deb of a build installed into a fresh Debian 13 root, then both binaries run from it:
#   packaging/linux/install-test.sh BUILD_DIR
# Builds the package first (cpack -G DEB). Needs root and ../shared/tools/fresh-chroot.sh
# (the workplace's throwaway debootstrap roots); without them it is skipped (exit 77) with
# the reason. The package travels into the root as the only file of a throwaway git
# repository, because fresh-chroot.sh clones what it is given.
set -euo pipefail
build=${1:?usage: install-test.sh BUILD_DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
chroot_tool=${FRESH_CHROOT:-$here/../shared/tools/fresh-chroot.sh}
[ -x "$chroot_tool" ] || chroot_tool=$(command -v fresh-chroot.sh || echo "$chroot_tool")
[ "$(id -u)" = 0 ] || { echo "install-test: skipped: needs root to make a Debian 13 root"; exit 77; }
[ -x "$chroot_tool" ] || { echo "install-test: skipped: no fresh-chroot.sh (looked at $chroot_tool and on PATH; set FRESH_CHROOT)"; exit 77; }

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/stratum-deploy_*.deb | head -1)
echo "install-test: $deb"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'

carrier=$(mktemp -d)
trap 'rm -rf "$carrier"' EXIT
cp "$deb" "$carrier/"
git -C "$carrier" init -q
git -C "$carrier" add -A
git -C "$carrier" -c user.email=t@t -c user.name=t commit -qm package

SUITE=trixie APT_UPDATE=1 "$chroot_tool" "$carrier" '
  set -e
  apt-get install -y -q --no-install-recommends ./stratum-deploy_*.deb >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 1; }
  echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" stratum-deploy)"
  stratumctl --version
  test -f /usr/share/metainfo/org.stratum.Deploy.metainfo.xml
  test -f /usr/share/icons/hicolor/256x256/apps/stratum-deploy.png
  test -f /usr/share/bash-completion/completions/stratumctl
  stratumctl --self-test
  apt-get install -y -q --no-install-recommends dbus >/dev/null 2>&1 || true
  QT_QPA_PLATFORM=offscreen stratum-deploy --self-test && echo "stratum-deploy --self-test: passed"
'
