"""A long list shown a page at a time: how many pages it fills, and one page's rows.

One definition for every paged list (the accounts, a user's log, renewals, the alert inbox, tasks, a
playbook's enrolments): an empty list is one empty page, and a page past the last holds nothing while
still saying how many pages there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def page_count(total: int, per_page: int) -> int:
    """The pages `total` rows fill, at least one.

    >>> page_count(0, 50), page_count(50, 50), page_count(51, 50)
    (1, 1, 2)
    """
    return max(1, -(-total // per_page))


def one_page(rows: Sequence[T], page: int, per_page: int) -> list[T]:
    """The rows of page `page` (counted from 1); none past the last page.

    >>> one_page([10, 11, 12, 13, 14], 2, 2), one_page([10], 3, 2)
    ([12, 13], [])
    """
    return list(rows[(page - 1) * per_page:page * per_page])


def page_offset(page: int, per_page: int) -> int:
    """How many rows come before page `page`: the OFFSET of a query that reads that page alone.

    >>> page_offset(1, 50), page_offset(3, 50)
    (0, 100)
    """
    return (page - 1) * per_page
