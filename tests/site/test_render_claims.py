"""The render shares of the build workers: each worker takes its own stories from the front, and
one that runs out takes the last ones of the fullest other share (sitebuilder.workers)."""

from __future__ import annotations

import multiprocessing as mp

from newsdesk.sitebuilder.workers import _Claims


def test_a_worker_takes_its_own_share_first_then_the_back_of_the_fullest() -> None:
    claims = _Claims(mp.get_context("fork"), 3)
    claims.reset([4, 0, 2])
    assert claims.take(1) == (0, 3)  # its own share is empty: the fullest share's last story
    assert claims.take(0) == (0, 0)
    assert claims.take(2) == (2, 0)
    assert claims.take(1) == (0, 2)  # share 0 has 2 left (1, 2), share 2 one (1)
    assert claims.take(1) in {(0, 1), (2, 1)}
    assert claims.take(0) is not None
    assert claims.take(0) is None  # every story taken once
    assert claims.take(2) is None


def _drain(claims: _Claims, me: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    got = []
    while (one := claims.take(me)) is not None:
        got.append(one)
    out.put(got)


def test_workers_taking_at_once_take_every_story_exactly_once() -> None:
    ctx = mp.get_context("fork")
    claims = _Claims(ctx, 2)
    sizes = [3000, 50]  # lopsided: the second worker spends most of its time on the first share
    claims.reset(sizes)
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_drain, args=(claims, i, out)) for i in range(2)]
    for p in procs:
        p.start()
    taken = out.get(timeout=60) + out.get(timeout=60)
    for p in procs:
        p.join(timeout=60)
    assert sorted(taken) == [(s, k) for s, size in enumerate(sizes) for k in range(size)]
