#!/usr/bin/env bash
# The house rules, as .ci/run checks them: ruff (lint and format), the import contracts
# (import-linter) and mypy.
#
#   scripts/check.sh            (uses .venv/bin/python; PYTHON=... to pick another)
#
# The stage folders stay at the top level and install as newsdesk.crawler, newsdesk.stories, …
# (pyproject's package-dir). mypy and import-linter read packages from the file system, not
# through the editable install's import hook, so both run on a real (non-editable) install of
# the working tree into a temporary folder; mypy's paths are mapped back to the repository's.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
py=${PYTHON:-$repo/.venv/bin/python}
bin=$(dirname "$py")
cd "$repo"
# the demo's generated drafts (content/), database and site are never committed here: content/
# is not ignored (a site's own repository commits it), so a careless 'git add -A' would take it
if [ -n "$(git ls-files content data _site 2>/dev/null)" ]; then
  echo "check.sh: content/, data/ or _site/ is committed; the demo's output belongs to no commit" \
    "(git rm -r --cached content)" >&2
  exit 1
fi
"$bin/ruff" check .
"$bin/ruff" format --check .
view=$(mktemp -d)
trap 'rm -rf "$view"' EXIT
cp -r newsdesk crawler stories summarizer review sitebuilder site_templates pyproject.toml \
  README.md "$view/" 2>/dev/null
"$py" -m pip install -q --no-deps --no-build-isolation --target "$view/lib" "$view" >/dev/null
cd "$view/lib"
"$bin/lint-imports" "$repo/pyproject.toml"
"$bin/mypy" --config-file "$repo/pyproject.toml" --cache-dir "$repo/.mypy_cache" newsdesk \
  | sed -E 's#^newsdesk/(crawler|stories|summarizer|review|sitebuilder|site_templates)/#\1/#'
