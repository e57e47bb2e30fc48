"""Choosing the learned name tagger's threshold by cross-validation on dev.

    PYTHONPATH=$PWD .venv/bin/python -m bench.learned_names [--section HEADING] [--thresholds 0.3 0.4 0.5]

Trains the tagger (bot/privacy/learned_names.py) on the dev and test messages outside one
section of the corpus (by default round seven's holdout, now dev: written by someone who saw
none of the rest), and scores that section with the rules alone, the tagger alone and the
rules + tagger at each threshold (NAAM and all types, question words kept). The holdout split
is never trained on nor scored. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import logging
import re
import tempfile
from pathlib import Path

from bench.anonymisation import CORPUS, load_corpus, score

DEFAULT_SECTION = "Round seven's holdout, now split: dev"
_MESSAGE_LINE = re.compile(r"\s*- \{split: ")
_SECTION_RULE = re.compile(r"\s*# -{20,}")


def section_range(heading: str, path: Path = CORPUS) -> tuple[int, int]:
    """The indices [start, end) in the corpus's messages of the section whose opening comment
    holds `heading`, up to the next section's rule line (# ------) or the end."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if heading in line and line.lstrip().startswith("#"))
    end = next((i for i in range(start + 1, len(lines)) if _SECTION_RULE.match(lines[i])), len(lines))
    before = sum(bool(_MESSAGE_LINE.match(line)) for line in lines[:start])
    inside = sum(bool(_MESSAGE_LINE.match(line)) for line in lines[start:end])
    return before, before + inside


def _row(label: str, result: dict) -> str:
    name = result["per_type"].get("NAAM", {"recall": 1.0, "precision": 1.0})
    return (f"| {label} | {name['recall']:.3f} | {name['precision']:.3f} | {result['recall']:.3f} | "
            f"{result['precision']:.3f} | {result['question_words_kept']} |")


def run(heading: str, thresholds: list[float]) -> str:
    from bot.privacy.anonymiser import Anonymiser
    from bot.privacy.learned_names import LearnedNames, train

    messages, question_words = load_corpus()
    start, end = section_range(heading)
    held = [m for m in messages[start:end] if m.split != "holdout"]
    rest = messages[:start] + messages[end:]
    anonymiser = Anonymiser()
    anonymiser.learned_names = None
    rules = [anonymiser.anonymise(m.text).spans for m in held]
    lines = [f"Trained on {sum(m.split in ('dev', 'test') for m in rest)} messages, scored on {len(held)} "
             f"({heading!r}).", "", "| | NAAM recall | NAAM precision | all recall | all precision | question words kept |",
             "| --- | --- | --- | --- | --- | --- |", _row("rules alone", score(held, rules, question_words))]
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "names.crfsuite"
        train(rest, model, anonymiser.name_lists)
        for threshold in thresholds:
            tagger = LearnedNames(model, anonymiser.name_lists, threshold)
            alone = [tagger.find(m.text) for m in held]
            anonymiser.learned_names = tagger
            both = [anonymiser.anonymise(m.text).spans for m in held]
            lines.append(_row(f"tagger alone, {threshold}", score(held, alone, question_words)))
            lines.append(_row(f"rules + tagger, {threshold}", score(held, both, question_words)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", default=DEFAULT_SECTION, help="words of the section's opening comment")
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5, 0.6])
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    print(run(args.section, args.thresholds))


if __name__ == "__main__":
    main()
