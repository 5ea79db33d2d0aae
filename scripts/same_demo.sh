#!/usr/bin/env bash
# Is the demo's output byte-identical between two commits?  (issue 15: a change that moves
# code must not change behaviour.)
#
#   scripts/same_demo.sh BASE [HEAD]       (HEAD defaults to the working tree's HEAD commit)
#
# Each commit is cloned, installed (not editable) into its own folder, and runs the README's
# demo build (`build-site --replay demo/tokenmaxxing.warc.gz --drafts`) under a frozen clock
# (Debian's faketime), since content files record the time of the last crawl. It then compares
# every file of content/ and _site/, except _site/.newsdesk-build.json, which records the
# content files' mtimes. Exits 0 when all are identical, 1 otherwise (the differing files are
# listed). Needs: git, faketime, and a Python whose pip can build the project.
set -euo pipefail
base=${1:?usage: scripts/same_demo.sh BASE [HEAD]}
head=${2:-HEAD}
repo=$(git rev-parse --show-toplevel)
py=${PYTHON:-$repo/.venv/bin/python}
command -v faketime >/dev/null || { echo "error: faketime is not installed (apt-get install faketime)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # build REV NAME
  git clone -q "$repo" "$work/$2"
  git -C "$work/$2" checkout -q "$1"
  "$py" -m pip install -q --no-deps --target "$work/$2-lib" "$work/$2" >/dev/null 2>&1
  (cd "$work/$2" && PYTHONPATH="$work/$2-lib" faketime -f '2026-12-01 12:00:00' \
     "$py" -P -m newsdesk build-site --replay demo/tokenmaxxing.warc.gz --drafts \
     >"$work/$2.log" 2>&1) || { cat "$work/$2.log" >&2; exit 2; }
  rm -f "$work/$2/_site/.newsdesk-build.json"
}

build "$(git rev-parse "$base")" before
build "$(git rev-parse "$head")" after
status=0
for d in content _site; do
  if ! diff -rq "$work/before/$d" "$work/after/$d"; then status=1; fi
done
n=$(find "$work/after/content" "$work/after/_site" -type f | wc -l)
if [ $status -eq 0 ]; then echo "identical: $n files of content/ and _site/ ($base → $head)"; fi
exit $status
