#!/usr/bin/env bash
# Rewrites every example's saved output with the built jalur: examples/*/output.txt and output.json, the outputs
# of examples/*/commands.txt (every other format of the fit examples among them), the report between
# <!-- output:begin --> and <!-- output:end --> in each example's README.md and in the top-level README.md (the
# thesis example). tests/cli/examples_test.cpp fails when they are out of date.
# Usage: scripts/regenerate-examples.sh [BUILD_DIR]   (run from anywhere; default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
jalur="${1:-build}/jalur"

# Replaces the block between the markers in $1 with a code block holding the command $2 and its output.
replace_block() {
  local file=$1 command=$2 output
  output=$($command)
  python3 - "$file" "$command" "$output" <<'PY'
import sys
path, command, output = sys.argv[1:4]
text = open(path).read()
begin, end = "<!-- output:begin -->", "<!-- output:end -->"
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, "w").write(head + begin + "\n```\n$ " + command + "\n" + output + "\n```\n" + end + tail)
PY
}

for dir in examples/*/; do
  [ -f "$dir/output.txt" ] || continue
  "$jalur" fit "${dir}model.yaml" > "$dir/output.txt"
  "$jalur" fit "${dir}model.yaml" --format json > "$dir/output.json"
  grep -q "output:begin" "$dir/README.md" && replace_block "$dir/README.md" "$jalur fit ${dir}model.yaml"
done
replace_block README.md "$jalur fit examples/bor/model.yaml"

# Examples of several commands (the questionnaire tools; the fit examples' Markdown, HTML and CSV reports): each
# line of commands.txt is an output file and jalur's arguments, run in the example's folder (files the commands
# write, such as --plot's SVG, land there too).
jalur_path=$(realpath "$jalur")
for list in examples/*/commands.txt; do
  (cd "$(dirname "$list")" && grep -v '^#' commands.txt | while read -r output args; do
     [ -n "$output" ] && "$jalur_path" $args > "$output"
   done)
done

# Outputs shown in docs/*.md: the block after <!-- include:FILE --> (or include-head:FILE, its first 6 lines) up to
# <!-- end include --> becomes the command of FILE in its commands.txt and FILE's contents.
python3 - docs/*.md <<'PY'
import os, re, sys
def command_of(path):
    folder, name = os.path.split(path)
    for line in open(os.path.join(folder, "commands.txt")):
        words = line.split()
        if words and not line.startswith("#") and words[0] == name:
            return "jalur " + " ".join(words[1:])
    raise SystemExit(f"{path} is not in {folder}/commands.txt")
pattern = re.compile(r"<!-- (include|include-head):(\S+) -->\n.*?<!-- end include -->", re.S)
def fill(match):
    kind, path = match.groups()
    text = open(path).read()
    if kind == "include-head":
        text = "".join(text.splitlines(keepends=True)[:6])
    return f"<!-- {kind}:{path} -->\n```\n$ {command_of(path)}\n{text}```\n<!-- end include -->"
for doc in sys.argv[1:]:
    text = open(doc).read()
    filled = pattern.sub(fill, text)
    if filled != text:
        open(doc, "w").write(filled)
PY

# The pictures of docs/reports.md: the thesis diagrams as LISREL's Lampiran F draws them, the other two examples,
# and a screenshot of the Political Democracy HTML report (Debian's chromium, headless).
mkdir -p docs/pictures
for show in estimates standardized tvalues; do
  "$jalur" diagram examples/bor/model.yaml --show "$show" --output "docs/pictures/bor-$show.svg"
done
"$jalur" diagram examples/cfa_hs/model.yaml --show standardized --output docs/pictures/cfa_hs-standardized.svg
"$jalur" diagram examples/sem_poldem/model.yaml --show tvalues --output docs/pictures/sem_poldem-tvalues.svg
report=$(mktemp -d)
"$jalur" fit examples/sem_poldem/model.yaml --format html --output "$report/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$report/profile" \
  --window-size=1000,2600 --screenshot="$PWD/docs/pictures/sem_poldem-report.png" "file://$report/report.html" 2>/dev/null
rm -rf "$report"
