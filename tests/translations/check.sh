#!/usr/bin/env bash
# The shipped translations are complete: every .ts in translations/, brought up to date with the
# sources by lupdate (in a scratch copy), has no unfinished, untranslated or vanished message, and
# lupdate finds no source text that the shipped file lacks. English keeps its plural forms only.
#   check.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1 lrelease=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
say() { printf '%s\n' "$*"; }
for ts in "$src"/translations/*.ts; do
  name=$(basename "$ts")
  only=()
  case "$name" in *_en.ts) only=(-pluralonly) ;; esac
  if grep -q 'type="vanished"\|type="obsolete"' "$ts"; then
    say "$name: holds vanished messages"
    failed=1
  fi
  cp "$ts" "$work/$name"
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none "${only[@]}" src ui -ts "$work/$name")
  shipped=$(grep -c '<message' "$ts")
  current=$(grep -c '<message' "$work/$name")
  if [ "$shipped" != "$current" ]; then
    say "$name: $shipped messages shipped, the sources have $current"
    failed=1
  fi
  report=$("$lrelease" "$work/$name" -qm "$work/${name%.ts}.qm" 2>&1)
  unfinished=$(printf '%s\n' "$report" | sed -n 's/.*finished and \([0-9]*\) unfinished.*/\1/p')
  ignored=$(printf '%s\n' "$report" | sed -n 's/.*Ignored \([0-9]*\) untranslated.*/\1/p')
  say "$name: ${current} messages, ${unfinished:-?} unfinished, ${ignored:-0} untranslated"
  if [ "${unfinished:-1}" != 0 ] || [ "${ignored:-0}" != 0 ]; then
    failed=1
  fi
done
if [ "$failed" != 0 ]; then
  say "translations incomplete: cmake --build --preset dev --target update_translations, tools/english-plurals.py, then translate what is unfinished"
fi
exit "$failed"
