"""The review stage: what editors do to drafts, and what newsdesk tells them.

- :mod:`actions`: list, show, approve, reject, record (the review API in one place);
- :mod:`records`: what every action writes (review record, log) and the refusals, and who the
  editor is (config, git, environment) and the time of an action;
- :mod:`state`: a story's review state (flags, proposals, last crawl), and the passage of a
  cited source that best supports a sentence;
- :mod:`names`: a story by slug, file or short name; suggestions for a mistyped one;
- :mod:`hand_record`: the review record of a status set by hand, from git (`review record`);
- :mod:`proposals`: regenerated text kept beside an edited story, and source diffs;
- :mod:`git_record`: the drafts workflow's git plumbing (one commit per changed story).

It imports only the core (``newsdesk.*`` outside ``newsdesk.cli``), never another stage.
"""
