"""Saved segments: save the current accounts filter under a name, share it, change or delete it.

Forms post from the accounts page (with the CSRF token); `/api/segments` does the same for scripts.
Viewers may use shared segments but not save or change any (403).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from banso.appstate.segments import SavedSegment
from banso.config.segment import SegmentSpec
from banso.web.deps import WorkspaceDep
from banso.web.ids import RowId
from banso.web.security import CurrentUser
from banso.workspace import Workspace

router = APIRouter()


class SegmentOut(BaseModel):
    id: int
    name: str
    shared: bool
    owner_id: int
    segment: SegmentSpec
    url: str = Field(description="the accounts list of this segment")


class SegmentIn(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    shared: bool = False
    segment: SegmentSpec


class SegmentPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=120)
    shared: bool | None = None
    segment: SegmentSpec | None = None


def _out(seg: SavedSegment) -> SegmentOut:
    spec = seg.spec
    return SegmentOut(id=seg.id, name=seg.name, shared=seg.shared, owner_id=seg.owner_id, segment=spec,
                      url="/accounts?" + urlencode([*spec.to_query(), ("seg", str(seg.id))]))


def _from_query(ws: Workspace, query: str) -> SegmentSpec:
    return ws.parse_segment(parse_qs(query, keep_blank_values=False))


# -- forms ---------------------------------------------------------------------------------------
@router.post("/segments", include_in_schema=False)
def save_form(ws: WorkspaceDep, user: CurrentUser, name: Annotated[str, Form(max_length=120)],
              query: Annotated[str, Form(max_length=4000)] = "", shared: Annotated[bool, Form()] = False) -> Response:
    seg = ws.save_segment(user, name, _from_query(ws, query), shared=shared)
    return RedirectResponse(_out(seg).url, status_code=303)


@router.post("/segments/{segment_id}/update", include_in_schema=False)
def update_form(ws: WorkspaceDep, segment_id: RowId, user: CurrentUser,
                query: Annotated[str | None, Form(max_length=4000)] = None,
                shared: Annotated[bool | None, Form()] = None,
                name: Annotated[str | None, Form(max_length=120)] = None) -> Response:
    spec = _from_query(ws, query) if query is not None else None
    seg = ws.update_segment(segment_id, user, name=name, spec=spec, shared=shared)
    return RedirectResponse(_out(seg).url, status_code=303)


@router.post("/segments/{segment_id}/delete", include_in_schema=False)
def delete_form(ws: WorkspaceDep, segment_id: RowId, user: CurrentUser) -> Response:
    ws.delete_segment(segment_id, user)
    return RedirectResponse("/accounts", status_code=303)


# -- API -----------------------------------------------------------------------------------------
@router.get("/api/segments", response_model=list[SegmentOut], tags=["segments"],
            summary="Your segments and those shared with you")
def list_api(ws: WorkspaceDep, user: CurrentUser) -> list[SegmentOut]:
    return [_out(x) for x in ws.saved_segments(user)]


@router.post("/api/segments", response_model=SegmentOut, status_code=201, tags=["segments"],
             summary="Save a segment (csm or admin)")
def create_api(ws: WorkspaceDep, body: SegmentIn, user: CurrentUser) -> SegmentOut:
    return _out(ws.save_segment(user, body.name, ws.checked_segment(body.segment), shared=body.shared))


@router.patch("/api/segments/{segment_id}", response_model=SegmentOut, tags=["segments"],
              summary="Rename, re-filter or (un)share a segment (its owner or an admin)")
def update_api(ws: WorkspaceDep, segment_id: RowId, body: SegmentPatch, user: CurrentUser) -> SegmentOut:
    spec = ws.checked_segment(body.segment) if body.segment is not None else None
    return _out(ws.update_segment(segment_id, user, name=body.name, spec=spec, shared=body.shared))


@router.delete("/api/segments/{segment_id}", status_code=204, tags=["segments"],
               summary="Delete a segment (its owner or an admin)")
def delete_api(ws: WorkspaceDep, segment_id: RowId, user: CurrentUser) -> Response:
    ws.delete_segment(segment_id, user)
    return Response(status_code=204)
