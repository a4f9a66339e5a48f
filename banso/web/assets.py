"""Plotly's JavaScript, served by the app itself so pages work offline (no CDN).

At startup the bundle of the installed `plotly` package is copied next to the app's static files
(or into a temporary folder when the installation is read-only) and served at `/vendor/plotly.min.js`
with the plotly version in the URL, so browsers may cache it for good.
"""

from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"


def plotly_bundle() -> Path:
    """The copied bundle (copied again when the installed plotly changes)."""
    import plotly

    source = Path(str(resources.files("plotly").joinpath("package_data/plotly.min.js")))
    name = f"plotly-{plotly.__version__}.min.js"
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


def plotly_url() -> str:
    import plotly

    return f"/vendor/plotly.min.js?v={plotly.__version__}"


def mount_vendor(app: FastAPI) -> None:
    bundle = plotly_bundle()

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(bundle, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=31536000, immutable"})
