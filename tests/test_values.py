"""Missing values are told apart with or without pandas loaded: banso.values imports pandas only when
something else did (a command that reads counts alone starts without it), numpy's NaT included."""

from __future__ import annotations

import subprocess
import sys

WITHOUT_PANDAS = """
import sys
import numpy as np
from banso.values import as_date, is_missing
assert "pandas" not in sys.modules
print([is_missing(v) for v in (None, float("nan"), np.float64("nan"), np.datetime64("NaT"), 0, "", [], np.datetime64("2026-01-01"))])
print(as_date("2026-03-09T10:00:00"), "pandas" in sys.modules)
"""


def test_missing_values_without_pandas_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_PANDAS], capture_output=True, text=True, check=True)
    flags, dated = done.stdout.splitlines()
    assert flags == "[True, True, True, True, False, False, False, False]"
    assert dated == "2026-03-09 True"  # text needs pandas to read it: imported then


def test_missing_values_with_pandas() -> None:
    import numpy as np
    import pandas as pd

    from banso.values import is_missing

    assert [is_missing(v) for v in (pd.NA, pd.NaT, np.datetime64("NaT"), pd.Timestamp("2026-01-01"), 1.5)] == [
        True, True, True, False, False]
