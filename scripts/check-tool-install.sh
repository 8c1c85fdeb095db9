#!/usr/bin/env bash
# Proves the .NET tool package installs and runs: pack, install into a temporary tool path, run it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet pack src/BriefingAudit.Cli -c Release -o "$tmp/nupkg" --nologo -v quiet
dotnet tool install briefing-audit --tool-path "$tmp/tools" --add-source "$tmp/nupkg"
"$tmp/tools/briefing-audit" --version
"$tmp/tools/briefing-audit" check samples/fiscal-revenue-h1-2025.txt --fail-on never --format jsonl > "$tmp/out.jsonl"
grep -q '"status":"checked"' "$tmp/out.jsonl"
echo "tool install: ok"
