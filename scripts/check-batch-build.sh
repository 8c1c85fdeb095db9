#!/usr/bin/env bash
# Proves the batch build (Native AOT, -p:PublishProfile=batch) reads transcripts exactly as the default build does:
# a natively compiled program has no JIT and no reflection-based serializer, so code that leans on either could
# work in the tests (which run under the JIT) and fail, or differ, only there. Claims and checks in the machine-read
# formats, over the samples and the corpus (held-out folders and the Chinese translation pairs included), must be
# byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet publish src/BriefingAudit.Cli -c Release -o "$tmp/default" --nologo -v quiet
dotnet publish src/BriefingAudit.Cli -c Release -p:PublishProfile=batch -o "$tmp/batch" --nologo -v quiet
for build in default batch; do
  bin="$tmp/$build/briefing-audit"
  mkdir -p "$tmp/out-$build"
  "$bin" claims samples corpus --format json --no-progress > "$tmp/out-$build/claims.json"
  for format in json sarif; do
    "$bin" check samples corpus --format "$format" --no-progress --fail-on never > "$tmp/out-$build/check.$format"
  done
  "$bin" compare corpus/compare/01-foreign-trade-q1/source.zh.txt corpus/compare/01-foreign-trade-q1/target.en.txt \
    --format json > "$tmp/out-$build/compare.json" || true
done
diff -r "$tmp/out-default" "$tmp/out-batch" > "$tmp/diff" || { head -40 "$tmp/diff"; echo "batch build: output differs from the default build" >&2; exit 1; }
echo "batch build: ok ($(du -b "$tmp/out-batch/claims.json" | cut -f1) bytes of claims, checks in JSON and SARIF and a comparison identical to the default build)"
