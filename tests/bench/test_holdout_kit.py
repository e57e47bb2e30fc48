"""The holdout writers' conventions are the corpus header's, word for word."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _corpus_conventions() -> str:
    lines = (ROOT / "bench" / "data" / "anonymisation.yml").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("# Markup:"))
    end = next(i for i, line in enumerate(lines) if line.startswith("# - NUMMER:"))
    return "\n".join(line[2:] for line in lines[start:end + 1])


def test_the_kits_conventions_are_the_corpus_headers() -> None:
    kit = (ROOT / "bench" / "holdout_kit" / "conventions.txt").read_text(encoding="utf-8").strip("\n")
    assert kit == _corpus_conventions()


def test_the_kits_checker_passes_a_valid_part_and_flags_a_bad_bsn(tmp_path) -> None:
    import subprocess
    import sys
    part = tmp_path / "part_a.yml"
    part.write_text('messages:\n  - {split: holdout, text: "ik ben [jan](NAAM), bsn [111222333](BSN)"}\n'
                    '  - {split: holdout, text: "bsn [123456789](BSN)"}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "holdout_kit" / "check_markup.py"), str(part)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[0] == "2 messages, 0 without personal data"
    assert "PROBLEM 1: BSN '123456789' fails the elfproef (make it NUMMER or change it)" in done.stdout
    assert "PROBLEM 0" not in done.stdout
