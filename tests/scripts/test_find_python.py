"""scripts/find_python.sh: finds a Python 3.10 on PATH or in pyenv, else says what to install."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "find_python.sh"
# The interpreter running the tests is Helder's own Python 3.10.
REAL_310 = Path(sys.executable).resolve()


def fake_python(directory: Path, name: str, version: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    major, minor = version.split(".")
    path.write_text(f"#!/bin/sh\nexit {0 if (major, minor) == ('3', '10') else 1}\n")
    path.chmod(0o755)
    return path


def run(path_dirs: list[Path], pyenv_root: Path, python: str | None = None) -> subprocess.CompletedProcess:
    env = {"PATH": os.pathsep.join(str(d) for d in path_dirs), "PYENV_ROOT": str(pyenv_root), "HOME": "/nonexistent"}
    if python:
        env["PYTHON"] = python
    return subprocess.run(["/bin/bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def only_311(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    fake_python(bin_dir, "python3", "3.11")
    return bin_dir


def test_no_python_310_names_what_to_install(tmp_path: Path, only_311: Path) -> None:
    result = run([only_311], tmp_path / "no-pyenv")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Helder needs Python 3.10" in result.stderr
    assert "sudo apt install python3.10 python3.10-venv" in result.stderr
    assert "pyenv install 3.10.13" in result.stderr


def test_finds_pyenv_310_when_path_has_another_version(tmp_path: Path, only_311: Path) -> None:
    versions = tmp_path / "pyenv" / "versions" / "3.10.13" / "bin"
    versions.mkdir(parents=True)
    (versions / "python3.10").symlink_to(REAL_310)
    result = run([only_311], tmp_path / "pyenv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(versions / "python3.10")


def test_prefers_python310_on_path(tmp_path: Path, only_311: Path) -> None:
    on_path = tmp_path / "path310"
    on_path.mkdir()
    (on_path / "python3.10").symlink_to(REAL_310)
    result = run([only_311, on_path], tmp_path / "no-pyenv")
    assert result.stdout.strip() == str(on_path / "python3.10")


def test_python_variable_overrides(tmp_path: Path, only_311: Path) -> None:
    result = run([only_311], tmp_path / "no-pyenv", python=str(REAL_310))
    assert result.stdout.strip() == str(REAL_310)


def test_python_variable_with_wrong_version_is_not_used(tmp_path: Path, only_311: Path) -> None:
    wrong = fake_python(tmp_path / "other", "python", "3.12")
    result = run([only_311], tmp_path / "no-pyenv", python=str(wrong))
    assert result.returncode == 1
