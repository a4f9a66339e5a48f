"""Shared fixtures: a fresh workspace in a temporary folder, and a helper to write small files."""

from __future__ import annotations

import dataclasses
import fcntl
import math
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from banso.workspace import Workspace
from tests.durations import longest_groups_first, record_if_asked

# Worlds that take long to build are built once per test process. When the suite runs on several
# processes (`make test` uses pytest-xdist with `--dist loadgroup`), the tests that share one run in the
# same process, so each world is built once, not once per process; the other tests run with their
# module, whose module-scoped worlds are likewise built once.
_SHARED_WORLDS = {"town": "town"}
_SHARED_ENGINES = {"spark": "spark"}


def _group_of(item: pytest.Item) -> str:
    """The world or engine a test shares with others, else its module."""
    params: dict[str, Any] = getattr(getattr(item, "callspec", None), "params", {})
    group = next((g for f, g in _SHARED_WORLDS.items() if f in getattr(item, "fixturenames", ())), None)
    group = group or next((_SHARED_ENGINES[v] for v in params.values() if isinstance(v, str)
                           and v in _SHARED_ENGINES), None)
    return group or item.nodeid.split("::")[0]


def _without_group(nodeid: str) -> str:
    """A test id as collected, from the one pytest-xdist reports (`…::test_x@town`)."""
    for group in (*_SHARED_WORLDS.values(), *_SHARED_ENGINES.values(), nodeid.split("::")[0]):
        if nodeid.endswith("@" + group):
            return nodeid[: -len(group) - 1]
    return nodeid


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    groups = {id(item): _group_of(item) for item in items}
    for item in items:
        item.add_marker(pytest.mark.xdist_group(groups[id(item)]))
    longest_groups_first(items, lambda item: groups[id(item)])


def pytest_configure(config: pytest.Config) -> None:
    record_if_asked(config, _without_group)


@pytest.fixture(scope="session", autouse=True)
def cheapest_password_hashing() -> Iterator[None]:
    """Passwords hashed in the test processes use Argon2id at argon2-cffi's cheapest parameters, its profile
    for tests.

    At the product's (`banso.appstate.auth.PASSWORD_HASHING`, 64 MiB and three passes) each hash or
    check costs 0.17 CPU-s, and the suite makes about 300 of them in its own processes (every user
    added and every sign-in): 52 CPU-s of a run, on the cores the rest of the suite needs. Signing in
    still goes through Argon2id and the same code; only the cost differs. The `banso` processes the
    tests start (`banso serve`, `banso user add`) hash at the product's parameters, and upgrade the
    hashes made here on the first sign-in, as they would any hash of other parameters; tests of the
    parameters themselves are in tests/appstate/test_passwords.py.
    """
    from argon2 import PasswordHasher
    from argon2.profiles import CHEAPEST

    from banso.appstate import auth

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", PasswordHasher.from_parameters(CHEAPEST))
        yield


@pytest.fixture(scope="session")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo's `town` world (1,500 accounts, a year, 52 weekly snapshots), built once per test session.

    Tests that use it read it and never change the store; alerts they record go to their own app state.
    """
    from banso.demo.demo_workspace import build_demo

    ws = build_demo(tmp_path_factory.mktemp("town") / "ws", preset="town", seed=7)
    yield ws
    ws.close()


def built_once(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The folder `name`, filled by `build` once per test session and shared by its processes.

    Under pytest-xdist each worker process has a base temporary folder of its own inside one root
    of the session: the first worker to ask builds the folder in that root, under a lock, and the
    others wait for it and read the same one. Tests copy it before they change anything.
    """
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    target, done = root / f"shared-{name}", root / f"shared-{name}.built"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(target, ignore_errors=True)
                build(target)
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return target


def copy_of_built(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None], target: Path) -> Path:
    """`target` filled with a copy of the folder `build` fills once per test session (`built_once`).

    For worlds that tests change: each test gets the files as a fresh build would leave them (a workspace
    closed, its store a plain file; the runtime folder, which holds a live process's locks, is left
    out), at the cost of a copy instead of loading every file again.
    """
    shutil.copytree(built_once(factory, name, build), target, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".banso"))
    return target


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.init(tmp_path / "ws", name="test")
    yield ws
    ws.close()


def write(path: Path, text: str) -> Path:
    """Write a small literal file (strip the indentation of a triple-quoted block)."""
    import textwrap

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def no_nan(value: Any, where: str = "result") -> None:
    """Walk a result: no float NaN anywhere, missing values are None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            no_nan(getattr(value, f.name), f"{where}.{f.name}")
    elif isinstance(value, dict):
        for k, v in value.items():
            no_nan(v, f"{where}[{k!r}]")
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            no_nan(v, f"{where}[{i}]")
    else:
        assert not (isinstance(value, float) and math.isnan(value)), f"NaN at {where}"
