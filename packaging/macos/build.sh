#!/usr/bin/env bash
# One command on a Mac with Homebrew: the dependencies, a Release build, and the DMG.
#
#   packaging/macos/build.sh            build/macos/stratum-deploy-VERSION-macos-ARCH.dmg
#   packaging/macos/build.sh --test     also the unit tests and both --self-test runs (offscreen)
#
# Homebrew brings Qt 6, libssh2, QtKeychain, CMake, Ninja and pkgconf. KF6 SyntaxHighlighting and its
# build helper ECM are not in Homebrew: they are built once from KDE's release tarballs (checked
# against KDE's published SHA-256) into build/macos-deps (STRATUM_MAC_DEPS to put them elsewhere).
# Signing: ad hoc unless STRATUM_CODESIGN_IDENTITY="Developer ID Application: …" is set; with
# STRATUM_NOTARY_PROFILE (xcrun notarytool store-credentials NAME) the DMG is notarized and stapled.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
run_tests=0
for arg in "$@"; do
  case "$arg" in
    --test) run_tests=1 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
say() { printf 'build.sh: %s\n' "$*"; }

[ "$(uname -s)" = Darwin ] || { say "this is the macOS build; on Linux use packaging/linux/dev.sh"; exit 2; }
command -v brew >/dev/null || { say "Homebrew is needed: https://brew.sh"; exit 1; }

FORMULAE=(qt libssh2 qtkeychain cmake ninja pkgconf)
missing=()
for formula in "${FORMULAE[@]}"; do
  brew list --versions "$formula" >/dev/null 2>&1 || missing+=("$formula")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing with Homebrew: ${missing[*]}"
  brew install "${missing[@]}"
fi
QT_PREFIX=$(brew --prefix qt)
KEYCHAIN_PREFIX=$(brew --prefix qtkeychain)
export PKG_CONFIG_PATH="$(brew --prefix libssh2)/lib/pkgconfig:$(brew --prefix openssl@3)/lib/pkgconfig:${PKG_CONFIG_PATH:-}"

# ECM and KF6 SyntaxHighlighting from their release tarballs, once.
KF_VERSION=6.13
KF_RELEASE=6.13.0
DEPS=${STRATUM_MAC_DEPS:-$root/build/macos-deps}
fetch_verified() { # URL FILE: the tarball, checked against the SHA-256 KDE publishes beside it
  local url=$1 file=$2 expected actual
  curl -fsSL --retry 3 -o "$file" "$url"
  expected=$(curl -fsSL --retry 3 "$url.sha256" | awk '{print $1}')
  actual=$(shasum -a 256 "$file" | awk '{print $1}')
  if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
    say "$url: SHA-256 ${actual} does not match KDE's published ${expected:-(none)}; not using it"
    rm -f "$file"
    exit 1
  fi
}
build_kde() { # NAME: build and install one KDE tarball into $DEPS
  local name=$1 src="$DEPS/src/$1-$KF_RELEASE"
  mkdir -p "$DEPS/src"
  fetch_verified "https://download.kde.org/stable/frameworks/$KF_VERSION/$name-$KF_RELEASE.tar.xz" "$DEPS/src/$name.tar.xz"
  rm -rf "$src" && tar -xJf "$DEPS/src/$name.tar.xz" -C "$DEPS/src"
  cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$DEPS" \
        -DCMAKE_PREFIX_PATH="$QT_PREFIX;$DEPS" -DCMAKE_OSX_DEPLOYMENT_TARGET=13.0 -DBUILD_TESTING=OFF -DQT_MAJOR_VERSION=6 \
        -DBUILD_QCH=OFF
  cmake --build "$src/build"
  cmake --install "$src/build"
}
if [ ! -f "$DEPS/share/ECM/cmake/ECMConfig.cmake" ]; then
  say "building extra-cmake-modules $KF_RELEASE into $DEPS"
  build_kde extra-cmake-modules
fi
if [ ! -f "$DEPS/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" ]; then
  say "building KF6 SyntaxHighlighting $KF_RELEASE into $DEPS"
  build_kde syntax-highlighting
fi

cd "$root"
cmake --preset macos -DCMAKE_PREFIX_PATH="$QT_PREFIX;$KEYCHAIN_PREFIX;$DEPS" \
      -DSTRATUM_CODESIGN_IDENTITY="${STRATUM_CODESIGN_IDENTITY:--}" -DSTRATUM_NOTARY_PROFILE="${STRATUM_NOTARY_PROFILE:-}"
cmake --build --preset macos
if [ "$run_tests" = 1 ]; then
  ctest --preset macos
fi
(cd build/macos && cpack -G DragNDrop)
dmg=$(ls -t build/macos/stratum-deploy-*.dmg | head -n 1)
say "made $dmg"
say "install: open it, drag Stratum Deploy onto Applications; for stratumctl in a terminal:"
say "  sudo ln -sf '/Applications/stratum-deploy.app/Contents/MacOS/stratumctl' /usr/local/bin/stratumctl"
