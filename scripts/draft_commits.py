#!/usr/bin/env python3
"""The drafts workflow's git plumbing: see :mod:`newsdesk.review.git_record` (kept here so the
workflow's ``python scripts/draft_commits.py …`` lines stay as they are)."""

from __future__ import annotations

import sys

from newsdesk.review.git_record import main

if __name__ == "__main__":
    sys.exit(main())
