"""The builder's query parameters as a spec: a wrong one is named as the query names it, in plain words."""

from __future__ import annotations

import pytest

from banso.analysis.insights import InsightError
from banso.analysis.insights.query import spec_from_query, spec_to_query


@pytest.mark.parametrize(("query", "said"), [
    ({"kind": ["funnel"]}, "step: needs at least 2 values"),
    ({"kind": ["funnel"], "step": ["signup"]}, "step: needs at least 2 values"),
    ({"kind": ["trend"], "from": ["2026-13-01"]}, "from: must be a date like 2026-11-16 (got '2026-13-01')"),
    ({"kind": ["trend"], "interval": ["year"]}, "interval: is not one of: 'day', 'week', 'month' (got 'year')"),
])
def test_a_wrong_parameter_is_named_as_the_query_names_it(query: dict[str, list[str]], said: str) -> None:
    with pytest.raises(InsightError) as caught:
        spec_from_query(query)
    assert str(caught.value) == said
    assert "Tuple should" not in said and "Input should" not in said


def test_a_funnel_reads_back_from_its_own_query() -> None:
    spec = spec_from_query({"kind": ["funnel"], "step": ["signup", "issue_created[$browser = Chrome]"]})
    again = spec_from_query({k: [v for key, v in spec_to_query(spec) if key == k] for k, _ in spec_to_query(spec)})
    assert again == spec
