"""Third-party JavaScript and CSS, served by the app itself so pages work offline (no CDN).

Each asset comes from a pinned Python package (requirements.lock): Plotly's bundle from `plotly`, and
Swagger UI's from `swagger-ui-py`, which ships the swagger-ui-dist files. At startup they are copied
next to the app's static files (`banso/web/static/vendor/`, not committed), or into a temporary folder
when the installation is read-only, and served under `/vendor/` with the package version in the URL,
so browsers may cache them for good.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.util import find_spec
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
CACHE_FOREVER = {"Cache-Control": "public, max-age=31536000, immutable"}


@dataclass(frozen=True)
class Asset:
    """One vendored file: where the package keeps it, the URL it is served at, its media type."""

    source: Path
    route: str  # e.g. /vendor/plotly.min.js
    media_type: str
    version: str

    @property
    def url(self) -> str:
        return f"{self.route}?v={self.version}"


def copied(source: Path, name: str) -> Path:
    """`source` copied into the vendor folder as `name` (copied again when its size changes)."""
    for folder in (VENDOR, Path(tempfile.gettempdir()) / "banso-vendor"):
        target = folder / name
        try:
            if not target.is_file() or target.stat().st_size != source.stat().st_size:
                folder.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            return target
        except OSError:
            continue
    return source


def plotly_asset() -> Asset:
    import plotly

    source = Path(str(resources.files("plotly").joinpath("package_data/plotly.min.js")))
    return Asset(source, "/vendor/plotly.min.js", "text/javascript", plotly.__version__)


def swagger_assets() -> list[Asset]:
    """Swagger UI's bundle and stylesheet, located without importing the package (it imports web frameworks)."""
    spec = find_spec("swagger_ui")
    if spec is None or spec.origin is None:
        return []
    static = Path(spec.origin).parent / "static"
    version = metadata.version("swagger-ui-py")
    return [Asset(static / "swagger-ui-bundle.js", "/vendor/swagger-ui-bundle.js", "text/javascript", version),
            Asset(static / "swagger-ui.css", "/vendor/swagger-ui.css", "text/css", version)]


def plotly_url() -> str:
    return plotly_asset().url


def mount_vendor(app: FastAPI) -> None:
    for asset in (plotly_asset(), *swagger_assets()):
        name = asset.route.rsplit("/", 1)[1]
        stem, _, ext = name.partition(".")
        path = copied(asset.source, f"{stem}-{asset.version}.{ext}")
        _serve(app, asset, path)


def _serve(app: FastAPI, asset: Asset, path: Path) -> None:
    async def file() -> FileResponse:
        return FileResponse(path, media_type=asset.media_type, headers=CACHE_FOREVER)

    app.add_api_route(asset.route, file, methods=["GET"], include_in_schema=False)
