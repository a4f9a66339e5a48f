"""(page under construction)"""

from fastapi import APIRouter

router = APIRouter()
