"""The page of a long list a request asks for (`?page=`, `?per_page=`): one validated pair for every list.

A page number beyond the last gives an empty page that still says how many pages there are; anything
that is not a whole number in range is a 422 naming the parameter.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

Page = Annotated[int, Query(ge=1, le=100_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="rows per page")]
