"""Training the Rasa model only when its inputs changed.

The fingerprint is a hash of everything that shapes the model: config, domain,
training data and Helder's own NLU components. It is stored next to the model,
so a fresh clone trains once and later runs start at once.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

MODEL_NAME = "helder"
TRAINING_DATA = ("data/nlu", "data/rules", "data/stories")
MODEL_INPUTS = ("config.yml", "domain.yml", *TRAINING_DATA, "bot/nlu")


def _input_files(root: Path, config: str) -> list[Path]:
    files = []
    for name in (config, *MODEL_INPUTS[1:]):
        path = root / name
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".yml", ".yaml", ".py")))
        elif path.exists():
            files.append(path)
    return files


def fingerprint(root: Path = PROJECT_ROOT, config: str = "config.yml") -> str:
    digest = hashlib.sha256()
    for path in _input_files(root, config):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def model_path(model_dir: Path, name: str = MODEL_NAME) -> Path:
    return model_dir / f"{name}.tar.gz"


def _fingerprint_path(model_dir: Path, name: str) -> Path:
    return model_dir / f"{name}.fingerprint"


def is_up_to_date(model_dir: Path, name: str = MODEL_NAME, config: str = "config.yml") -> bool:
    stored = _fingerprint_path(model_dir, name)
    return (
        model_path(model_dir, name).exists()
        and stored.exists()
        and stored.read_text().strip() == fingerprint(config=config)
    )


def train(model_dir: Path, name: str = MODEL_NAME, config: str = "config.yml", force: bool = False) -> bool:
    """Trains when needed; returns True when it trained."""
    if not force and is_up_to_date(model_dir, name, config):
        return False
    current = fingerprint(config=config)
    command = [
        str(Path(sys.executable).parent / "rasa"), "train",
        "--config", config, "--domain", "domain.yml", "--data", *TRAINING_DATA,
        "--out", str(model_dir), "--fixed-model-name", name,
    ]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    subprocess.run(command, cwd=PROJECT_ROOT, check=True, env=env)
    _fingerprint_path(model_dir, name).write_text(current + "\n")
    return True
