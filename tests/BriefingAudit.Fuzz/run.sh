#!/usr/bin/env bash
# Fuzzes the readers, the pipeline and the rule loader for a bounded time (default 30 s) and prints one line.
# With afl-fuzz (Debian's afl++; clang, which it needs, is on the machine) the run is coverage-guided through
# SharpFuzz: Core, AngleSharp and YamlDotNet are instrumented. Where afl++ cannot be installed, the same target
# runs on random mutations of the seeds instead, and the line says so.
# Exits 1 when an input crashed the target (or, under afl, ran past 10 s); the input is kept under artifacts/fuzz.
# Usage: tests/BriefingAudit.Fuzz/run.sh [SECONDS]
set -uo pipefail
seconds=${1:-30}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
[ -n "${FUZZ_KEEP:-}" ] && echo "fuzz: working in $work"
trap '[ -n "${FUZZ_KEEP:-}" ] || rm -rf "$work"' EXIT
saved="$root/artifacts/fuzz"

if ! dotnet build "$here" -c Release -o "$work/bin" --nologo -v quiet >"$work/build.log" 2>&1; then
    cat "$work/build.log"
    echo "fuzz: the fuzz target does not build"
    exit 1
fi

# Seeds: the first byte picks the reader (0 text, 1 HTML, 2 rule file).
mkdir -p "$work/in"
i=0
for sample in "$root"/samples/*.txt; do
    { printf '\000'; head -c 1500 "$sample"; } >"$work/in/text-$i"
    i=$((i + 1))
done
printf '\001<html><body><article><p>Exports grew 7.2%% to 13 trillion yuan.</p><script>var x = "20 trillion";</script><div><p>Imports fell by 2.7%% to 8.79 trillion yuan</div></article></body></html>' >"$work/in/page"
{ printf '\002'; head -c 1500 "$root/rules/briefing.default.yaml"; } >"$work/in/rules"

if ! command -v afl-fuzz >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    { apt-get install -y -qq afl++ || { apt-get update -qq && apt-get install -y -qq afl++; }; } >"$work/apt.log" 2>&1
fi

if command -v afl-fuzz >/dev/null 2>&1 && (cd "$root" && dotnet tool restore >"$work/tool.log" 2>&1); then
    for dll in BriefingAudit.Core AngleSharp YamlDotNet; do
        (cd "$root" && dotnet sharpfuzz "$work/bin/$dll.dll") >>"$work/instrument.log" 2>&1 || { cat "$work/instrument.log"; echo "fuzz: instrumenting $dll failed"; exit 1; }
    done
    AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
        timeout $((seconds + 120)) afl-fuzz -i "$work/in" -o "$work/out" -V "$seconds" -t 10000 -m none -- "$work/bin/BriefingAudit.Fuzz" afl >"$work/afl.log" 2>&1
    stats="$work/out/default/fuzzer_stats"
    if [ ! -f "$stats" ]; then
        tail -30 "$work/afl.log"
        echo "fuzz: afl-fuzz did not run"
        exit 1
    fi
    field() { awk -v k="$1" '$1 == k { print $3 }' "$stats"; }
    crashes=$(field saved_crashes)
    hangs=$(field saved_hangs)
    line="fuzz: afl-fuzz + SharpFuzz, ${seconds} s: $(field execs_done) inputs run, $(field corpus_count) in the corpus, ${crashes} crash(es), ${hangs} hang(s)"
    if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
        mkdir -p "$saved"
        cp -r "$work/out/default/crashes" "$work/out/default/hangs" "$saved/" 2>/dev/null
        echo "$line; inputs saved to artifacts/fuzz (replay: dotnet run --project tests/BriefingAudit.Fuzz -c Release -- replay FILE)"
        exit 1
    fi
    echo "$line"
    exit 0
fi

echo "fuzz: afl-fuzz is not available here; running random mutations of the seeds instead"
dotnet "$work/bin/BriefingAudit.Fuzz.dll" loop "$seconds" "$work/in" "$saved"
