"""`rasa data validate` is clean: domain, NLU data, rules and stories agree, no warnings."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

RASA = str(Path(sys.executable).parent / "rasa")


def test_rasa_data_validate_has_no_errors_or_warnings() -> None:
    result = subprocess.run(
        [RASA, "data", "validate", "--fail-on-warnings", "--max-history", "5",
         "--domain", "domain.yml", "--data", "data/nlu", "data/rules", "data/stories", "--config", "config.yml"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
