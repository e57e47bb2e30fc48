"""Helder's test conversations (tests/conversations/test_*.yml), run end to end.

`rasa test core --e2e` is the command that reads a story step's `user:` text and runs the
trained NLU on it (rasa/core/test.py: `use_e2e`); without `--e2e` the stories' intents are
taken as given and only the dialogue policy is tested. Plain `rasa test` does the same
and then an NLU test on data/nlu, which is not wanted here.

`--fail-on-prediction-errors` is not used: it stops at the first wrong prediction and
names only that story. Without it Rasa evaluates every story, exits with 0 even when
stories fail, and writes the failed ones, with what was predicted, to
failed_test_stories.yml. That file is what decides.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.settings import PROJECT_ROOT

CONVERSATIONS = PROJECT_ROOT / "tests" / "conversations"
MINIMUM_STORIES = 40
_STORY = re.compile(r"^\s*- story:", re.MULTILINE)


def _conversation_files() -> list[Path]:
    return sorted(CONVERSATIONS.glob("test_*.yml"))


def _story_count() -> int:
    return sum(len(_STORY.findall(path.read_text(encoding="utf-8"))) for path in _conversation_files())


def test_there_are_enough_conversations():
    count = _story_count()
    assert count >= MINIMUM_STORIES, f"only {count} stories in {CONVERSATIONS}"


def test_every_conversation_file_is_a_test_stories_file():
    # Rasa only reads files whose name starts with "test_" as conversation tests.
    files = [path.name for path in CONVERSATIONS.glob("*.y*ml")]
    assert files and all(name.startswith("test_") for name in files), files


@pytest.mark.timeout(3600)
def test_conversations_pass(trained_model: Path, tmp_path: Path):
    out = tmp_path / "results"
    command = [
        str(Path(sys.executable).parent / "rasa"), "test", "core",
        "--model", str(trained_model),
        "--stories", str(CONVERSATIONS),
        "--out", str(out),
        "--e2e",
        "--no-plot",
    ]
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "RASA_TELEMETRY_ENABLED": "false"}
    result = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    hint = ""
    if "KeyError: 'start'" in result.stderr:
        # Rasa's story report sorts entities by their span; an entity without one crashes it.
        hint = "\nAn NLU entity has no start/end (the language entity of bot/nlu/triage.py?).\n"
    assert result.returncode == 0, (
        f"rasa test core failed:{hint}\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    )

    failed_file = out / "failed_test_stories.yml"
    assert failed_file.exists(), f"no {failed_file.name}:\n{result.stderr[-3000:]}"
    failed_text = failed_file.read_text(encoding="utf-8")
    failed = (yaml.safe_load(failed_text) or {}).get("stories") or []
    assert not failed, (
        f"{len(failed)} of {_story_count()} conversations failed "
        f"(the '# predicted:' comments say what Helder did instead):\n{failed_text}"
    )

    # Every story in the files was evaluated (none was skipped as malformed).
    report = json.loads((out / "story_report.json").read_text(encoding="utf-8"))
    assert report["conversation_accuracy"]["total"] == _story_count()
