"""config-vectors.yml (nl_core_news_md) cannot be trained here, since the model cannot be
downloaded. Its loading path is tested with a tiny vectors pipeline built by spaCy's
own `init vectors`, put in place of nl_core_news_md."""
import asyncio
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.settings import PROJECT_ROOT

WORDS = ["algoritme", "gemeente", "scanauto", "parkeren", "woz", "bijstand", "hoi", "hallo", "ai", "mens"]
DIMENSIONS = 8


def _pipeline(config: dict) -> list[dict]:
    return config["pipeline"]


def test_vectors_config_differs_from_default_only_in_spacy_parts():
    default = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text())
    vectors = yaml.safe_load((PROJECT_ROOT / "config-vectors.yml").read_text())
    without_featurizer = [c for c in _pipeline(vectors) if c["name"] != "SpacyFeaturizer"]
    assert [c for c in without_featurizer if c["name"] != "SpacyNLP"] == [
        c for c in _pipeline(default) if c["name"] != "SpacyNLP"
    ]
    assert next(c for c in _pipeline(vectors) if c["name"] == "SpacyNLP")["model"] == "nl_core_news_md"
    assert vectors["policies"] == default["policies"]


@pytest.fixture(scope="module")
def tiny_vectors(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("vectors")
    rng = np.random.default_rng(7)
    lines = [f"{len(WORDS)} {DIMENSIONS}"]
    lines += [word + " " + " ".join(f"{v:.4f}" for v in rng.normal(size=DIMENSIONS)) for word in WORDS]
    (folder / "vectors.txt").write_text("\n".join(lines) + "\n")
    output = folder / "nl_tiny_vectors"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "nl", str(folder / "vectors.txt"), str(output)],
        check=True, capture_output=True,
    )
    return output


def test_spacy_featurizer_uses_the_pipelines_vectors(tiny_vectors):
    from rasa.nlu.featurizers.dense_featurizer.spacy_featurizer import SpacyFeaturizer
    from rasa.nlu.tokenizers.spacy_tokenizer import SpacyTokenizer
    from rasa.nlu.utils.spacy_utils import SpacyNLP
    from rasa.shared.nlu.training_data.message import Message

    spacy_nlp = SpacyNLP.create({**SpacyNLP.get_default_config(), "model": str(tiny_vectors)}, None, None, None)
    model = spacy_nlp.provide()
    message = Message(data={"text": "hallo gemeente"})
    spacy_nlp.process([message], model)
    SpacyTokenizer.create(SpacyTokenizer.get_default_config(), None, None, None).process([message])
    featurizer = SpacyFeaturizer({**SpacyFeaturizer.get_default_config()}, "spacy_featurizer")
    featurizer.process([message])
    sequence, sentence = message.get_dense_features("text")
    assert sequence.features.shape == (2, DIMENSIONS)
    assert np.abs(sentence.features).sum() > 0


def test_vectors_config_trains_and_parses(tiny_vectors, tmp_path):
    config = yaml.safe_load((PROJECT_ROOT / "config-vectors.yml").read_text())
    for component in config["pipeline"]:
        if component["name"] == "SpacyNLP":
            component["model"] = str(tiny_vectors)
        if component["name"] == "DIETClassifier":
            component["epochs"] = 2
    (tmp_path / "config.yml").write_text(yaml.safe_dump(config))
    subprocess.run(
        # A whole model: MessageTriage reads the domain and tracker, which `rasa train nlu` lacks.
        [str(Path(sys.executable).parent / "rasa"), "train", "--config", str(tmp_path / "config.yml"),
         "--domain", "domain.yml", "--data", "data/nlu", "data/rules", "data/stories",
         "--out", str(tmp_path), "--fixed-model-name", "vectors"],
        cwd=PROJECT_ROOT, check=True, capture_output=True,
    )
    from rasa.core.agent import Agent

    agent = Agent.load(str(tmp_path / "vectors.tar.gz"))
    parsed = asyncio.run(agent.parse_message("hallo"))
    assert parsed["intent"]["name"]
    assert {c["name"] for c in config["pipeline"]} >= {"SpacyFeaturizer", "SpacyNLP"}
