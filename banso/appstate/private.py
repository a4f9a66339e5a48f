"""Files that hold secrets are readable and writable by their owner only (mode 0600).

The application-state database holds password hashes, the key that signs session cookies and the
hashes of API tokens and sessions. On a shared host, a file created with the usual umask (0644)
lets every local user read it, so it is created 0600 from the start; SQLite gives its `-wal`,
`-shm` and `-journal` files the mode of the database file.

A file found wider (made by an older banso, or copied without care) is tightened, and the caller
learns which files were exposed so it can replace the secrets they held.

>>> import os, tempfile
>>> db = Path(tempfile.mkdtemp()) / "app.db"
>>> _ = db.write_bytes(b""); os.chmod(db, 0o644)        # as an older banso left it
>>> [oct(e.mode) for e in make_private(db)], oct(db.stat().st_mode & 0o777)
(['0o644'], '0o600')
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from banso.errors import UnsafeFileError

PRIVATE = 0o600
# SQLite's companions of a database file, which hold pages of the same data.
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Exposure:
    """A file that was readable or writable by others before it was tightened."""

    path: Path
    mode: int

    def __str__(self) -> str:
        return f"{self.path} (mode {self.mode:04o})"


def make_private(path: Path) -> list[Exposure]:
    """Create `path` empty with mode 0600 if it does not exist; tighten it and its companions if wider.

    Returns the files that were open to others. On systems without POSIX modes (Windows) nothing is done.
    """
    if os.name != "posix":
        return []
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    exposed: list[Exposure] = []
    for file in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077 == 0:
            continue
        try:
            os.chmod(file, PRIVATE)
        except OSError as exc:
            raise UnsafeFileError(
                f"{file} holds sign-in secrets and other users of this machine may read it (mode {mode:04o}), "
                f"but it cannot be made private ({exc.strerror}); run `chmod 600 {file}` as its owner"
            ) from exc
        exposed.append(Exposure(file, mode))
    return exposed
