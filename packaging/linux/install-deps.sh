#!/usr/bin/env bash
# Installs what Stratum Deploy needs to build and test, if it is missing.
#
#   packaging/linux/install-deps.sh [--yes] [--check]
#
# Decides from what apt can provide, never from /etc/os-release: when the
# configured sources offer no KF6 SyntaxHighlighting / Qt6Keychain (Debian 12),
# it adds the Debian 13 (trixie) suite pinned at priority 100 (so nothing else
# upgrades by itself) and installs the build dependencies with `-t trixie`.
# Says what it will change before changing it; unattended when CI=true or --yes.
# Fast no-op when everything is installed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-svg-plugins qt6-qpa-plugins
  libkf6syntaxhighlighting-dev qtkeychain-qt6-dev libsecret-1-0
  libssh2-1-dev libssl-dev libgl-dev zlib1g-dev
  gnome-keyring dbus dbus-x11 xvfb xauth fonts-dejavu-core
  openssh-server openssh-client docker-registry curl python3-dbusmock procps zsh
  busybox-static openssl util-linux
  dpkg-dev file desktop-file-utils appstream debootstrap
)
# The realstack tests run a private dockerd with the Compose v2 plugin, as the droplet does.
# Debian 12's own docker-compose is the old Python v1: there they come from Debian 13, one
# package at a time (pkg/trixie), so that nothing else is pulled along.
COMPOSE_PLUGIN=/usr/libexec/docker/cli-plugins/docker-compose
TRIXIE_SOURCES=/etc/apt/sources.list.d/stratum-deploy-trixie.sources
TRIXIE_PIN=/etc/apt/preferences.d/stratum-deploy-trixie

ASSUME_YES=0; CHECK_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --yes|-y) ASSUME_YES=1 ;;
    --check) CHECK_ONLY=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done
[ "${CI:-}" = true ] && ASSUME_YES=1

say() { printf 'install-deps: %s\n' "$*"; }
SUDO=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { say "run as root or install sudo"; exit 1; }
  SUDO=(sudo)
fi

missing_packages() {
  local p status
  for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || printf '%s\n' "$p"
  done
}

if [ "$(uname -s)" = Darwin ]; then
  say "macOS: follow README.md (Homebrew: qt libssh2 qtkeychain cmake ninja; KF6 SyntaxHighlighting from KDE Craft or its release tarball)"
  exit 1
fi
command -v apt-get >/dev/null || { say "no apt-get: install the packages listed in this script by hand"; exit 1; }

docker_missing() {
  command -v dockerd >/dev/null && [ -x /usr/bin/docker ] && [ -x "$COMPOSE_PLUGIN" ] && return 1
  return 0
}

mapfile -t MISSING < <(missing_packages)
DOCKER_NEEDED=0
docker_missing && DOCKER_NEEDED=1
# Node.js + npm check the fake GitHub against GitHub's OpenAPI description. A machine may
# have them from elsewhere (e.g. NodeSource): ask for the commands, not Debian's packages.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  MISSING+=(nodejs npm)
fi
if [ "${#MISSING[@]}" -eq 0 ] && [ "$DOCKER_NEEDED" = 0 ]; then
  say "all build and test dependencies are installed"
  exit 0
fi
if [ "$CHECK_ONLY" = 1 ]; then
  [ "$DOCKER_NEEDED" = 1 ] && MISSING+=(docker.io docker-compose-v2)
  say "missing: ${MISSING[*]}"
  exit 1
fi

confirm() {
  [ "$ASSUME_YES" = 1 ] && return 0
  if [ ! -t 0 ]; then say "not a terminal: re-run with --yes (or CI=true) to proceed"; exit 1; fi
  read -r -p "Proceed? [y/N] " answer
  case "$answer" in y|Y|yes) return 0 ;; *) say "nothing changed"; exit 1 ;; esac
}

candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2; exit }'; }
debian_mirror() {
  { grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' || true
    grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' || true; } \
    | grep -m1 -E '/debian/?$' | sed 's#/$##' || true
}

say "refreshing the package lists (apt-get update)"
"${SUDO[@]}" apt-get update -qq

TARGET=()
if [ -f "$TRIXIE_SOURCES" ]; then
  TARGET=(-t trixie)
else
  kf6=$(candidate libkf6syntaxhighlighting-dev); keychain=$(candidate qtkeychain-qt6-dev)
  if [ -z "$kf6" ] || [ "$kf6" = "(none)" ] || [ -z "$keychain" ] || [ "$keychain" = "(none)" ]; then
    mirror=$(debian_mirror)
    if [ -z "$mirror" ]; then
      say "the configured apt sources offer no KF6 SyntaxHighlighting / Qt6Keychain and are not Debian's;"
      say "use Debian 13, Ubuntu 25.04 or newer, or install Qt >= 6.5, KF6 SyntaxHighlighting and QtKeychain by hand"
      exit 1
    fi
    say "the configured apt sources have no KF6 SyntaxHighlighting or Qt6Keychain (Debian 12). This will:"
    say "  - write $TRIXIE_SOURCES (Debian 13 'trixie' from $mirror)"
    say "  - write $TRIXIE_PIN (priority 100: nothing upgrades from trixie unless asked)"
    say "  - install from trixie with 'apt-get install -t trixie' (upgrades the libraries they need, e.g. libc6, base-files):"
    say "    ${MISSING[*]}"
    confirm
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" \
      | "${SUDO[@]}" tee "$TRIXIE_SOURCES" >/dev/null
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' | "${SUDO[@]}" tee "$TRIXIE_PIN" >/dev/null
    "${SUDO[@]}" apt-get update -qq
    TARGET=(-t trixie)
    ASSUME_YES=1
  fi
fi

if [ "${#MISSING[@]}" -gt 0 ]; then
  say "installing: ${MISSING[*]}"
  [ "${#TARGET[@]}" -gt 0 ] && say "from the Debian 13 suite (-t trixie)"
  confirm
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${TARGET[@]}" "${MISSING[@]}"
fi

if [ "$DOCKER_NEEDED" = 1 ]; then
  compose=$(candidate docker-compose)
  DOCKER=(docker.io docker-compose)
  # Debian 13 splits the client into docker-cli; Debian 12 has no such package.
  [ -n "$(candidate docker-cli)" ] && [ "$(candidate docker-cli)" != "(none)" ] && DOCKER+=(docker-cli)
  if [ "${compose%%.*}" = 1 ] || [ "${compose%%.*}" = 1: ] || [ -z "$compose" ] || [ "$compose" = "(none)" ]; then
    if [ -f "$TRIXIE_SOURCES" ]; then
      DOCKER=(docker.io/trixie docker-cli/trixie docker-compose/trixie)
    else
      say "no Docker Compose v2 in the configured apt sources: the realstack tests will say they cannot run"
      DOCKER=()
    fi
  fi
  if [ "${#DOCKER[@]}" -gt 0 ]; then
    say "installing Docker with the Compose v2 plugin: ${DOCKER[*]}"
    confirm
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${DOCKER[@]}"
  fi
fi
say "done"
