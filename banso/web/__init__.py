"""The banso web app: `create_app(workspace)` gives the FastAPI application."""

from banso.web.app import create_app

__all__ = ["create_app"]
