"""The dimensions' scores read from the snapshots' JSON text in one pass equal those of reading each value."""

from __future__ import annotations

import json
import math
import random

import pandas as pd

from banso.analysis.validation.history import DIMENSION, dimension_columns, dimension_scores


def one_by_one(texts: pd.Series, names: list[str]) -> dict[str, list[float]]:
    """The reading the columns replace: each text through json.loads, a score where the dimension has one."""
    out: dict[str, list[float]] = {n: [] for n in names}
    for text in texts:
        dims = json.loads(text) if isinstance(text, str) else {}
        for n in names:
            v = dims.get(n) if isinstance(dims, dict) else None
            out[n].append(float(v["score"]) if isinstance(v, dict) and v.get("score") is not None else math.nan)
    return out


def test_scores_from_text_match_json_loads_row_by_row() -> None:
    rng = random.Random(3)
    names = ["use", "reach", "support", "never_written"]
    texts: list[str | None] = []
    for i in range(5000):
        if i % 97 == 0:
            texts.append(None)  # an account not scored that week
            continue
        dims = {}
        for n in names[:3]:
            kind = rng.random()
            if kind < 0.1:
                continue  # a model that had no such dimension then
            score = None if kind < 0.2 else (rng.choice([0, 1]) if kind < 0.3 else rng.random())
            dims[n] = {"score": score, "weight": 1.0, "points": 0.0 if score is None else 10 * score}
        # some engines indent their JSON: a line break between items must not split a document
        texts.append(json.dumps(dims, indent=1) if i % 13 == 0 else json.dumps(dims))
    series = pd.Series(texts, dtype=object)

    got = dimension_scores(series, names)
    expected = one_by_one(series, names)
    assert list(got.columns) == [DIMENSION + n for n in names]
    assert dimension_columns(got) == {DIMENSION + n: n for n in names}
    for n in names:
        pd.testing.assert_series_equal(got[DIMENSION + n], pd.Series(expected[n], dtype="float64"),
                                       check_names=False)
    assert got[DIMENSION + "use"].notna().sum() > 3000 and got[DIMENSION + "never_written"].isna().all()
    # without names: every dimension the texts hold, in the order the first text with them gives
    found = dimension_scores(series)
    assert list(found.columns) == [DIMENSION + n for n in names[:3]]
    pd.testing.assert_frame_equal(found, got[found.columns])


def test_no_rows_and_only_missing_values() -> None:
    assert dimension_scores(pd.Series([], dtype=object), ["use"]).shape == (0, 1)
    empty = dimension_scores(pd.Series([None, "{}", '{"use": null}'], dtype=object), ["use"])
    assert empty[DIMENSION + "use"].isna().all() and len(empty) == 3
