"""The near-duplicate stage computes datasketch's MinHash permutations and LSH parameters
itself (importing datasketch costs ~0.3 s of every regrouping, issue 16): they must be
datasketch's, value for value."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param
from newsdesk.stories.neardup import LSH_PARAMS, lsh_params, permutations


@pytest.mark.parametrize(("num_perm", "seed"), [(128, 1), (64, 1), (256, 7), (3, 42)])
def test_permutations_are_datasketchs(num_perm: int, seed: int) -> None:
    a, b = permutations(num_perm, seed)
    want_a, want_b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    assert a.dtype == np.uint32 and a.shape == (num_perm, 1)
    assert np.array_equal(a[:, 0], want_a.astype(np.uint32))
    assert np.array_equal(b[:, 0], want_b.astype(np.uint32))


def test_the_lsh_table_is_datasketchs_optimum() -> None:
    for (threshold, num_perm), params in LSH_PARAMS.items():
        assert params == _optimal_param(threshold, num_perm, 0.5, 0.5), (threshold, num_perm)


def test_settings_outside_the_table_ask_datasketch() -> None:
    assert lsh_params(0.75, 96) == _optimal_param(0.75, 96, 0.5, 0.5)


def test_grouping_does_not_import_datasketch_or_scipy_integrate() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsdesk.stories.run\n"
        "print(sorted(m for m in sys.modules if m.startswith(('datasketch', 'scipy.integrate'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout
