#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang, ASan + UBSan) and runs each one
# for MINUTES, two at a time. New inputs go to build/fuzz/corpus-new/TARGET, crashes
# to build/fuzz/crashes/TARGET; the summary (executions, coverage, crashes) is printed
# at the end and kept in build/fuzz/summary.txt.
#
#   fuzz/run.sh MINUTES [TARGET…]        (JOBS=N: how many at a time, default 2)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
minutes=${1:?usage: fuzz/run.sh MINUTES [TARGET…]}
shift
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(profile composeps envfile knownhosts github registrychallenge imports droplet cliargs redactor)
command -v clang++ >/dev/null || { echo "fuzz/run.sh: clang is not installed (apt install clang libclang-rt-dev)"; exit 2; }

[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target $(printf 'fuzz_%s ' "${targets[@]}")
mkdir -p build/fuzz/logs build/fuzz/crashes build/fuzz/corpus-new

run_one() {
  local target=$1
  rm -rf "build/fuzz/crashes/$target"
  mkdir -p "build/fuzz/corpus-new/$target" "build/fuzz/crashes/$target"
  # detect_leaks=0: Qt's static caches would be reported as leaks at exit. -timeout is wall time:
  # generous, so that a busy machine is not reported as a hang.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "build/fuzz/fuzz/fuzz_$target" "build/fuzz/corpus-new/$target" "fuzz/corpus/$target" \
      -max_total_time=$((minutes * 60)) -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/crashes/$target/" > "build/fuzz/logs/$target.log" 2>&1 || true
  local stats execs cov crashes
  execs=$(grep -E '^stat::number_of_executed_units' "build/fuzz/logs/$target.log" | awk '{print $2}')
  cov=$(grep -oE 'cov: [0-9]+' "build/fuzz/logs/$target.log" | tail -1 | awk '{print $2}')
  crashes=$(find "build/fuzz/crashes/$target" -type f | wc -l)
  if [ -z "$execs" ]; then # it never got to fuzzing: a missing binary, a corpus it cannot read, a crash at start
    printf '%-18s did not run: %s\n' "$target" "$(tail -n 3 "build/fuzz/logs/$target.log" | tr '\n' ' ')"
    return
  fi
  printf '%-18s %3s min  %12s executions  coverage %6s  crashes %s\n' "$target" "$minutes" "$execs" "${cov:-?}" "$crashes"
}

: > build/fuzz/summary.txt
jobs=${JOBS:-2}
for ((i = 0; i < ${#targets[@]}; i += jobs)); do
  for ((j = i; j < i + jobs && j < ${#targets[@]}; ++j)); do
    run_one "${targets[j]}" >> build/fuzz/summary.txt &
  done
  wait
done
cat build/fuzz/summary.txt
# A target that crashed, or that could not start, fails the run.
! grep -qE 'crashes [1-9]|did not run' build/fuzz/summary.txt
