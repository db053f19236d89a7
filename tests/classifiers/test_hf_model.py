"""The Hugging Face adapter, with a tiny BERT classifier created and saved locally by the test."""

import numpy as np
import pytest
import torch

from classifiers.spec import ValenceModelSpec
from classifiers.settings import ClassifierSettings
from classifiers.types import TurnInput, ValenceScores

LABELS = ["anger", "sadness", "joy", "gratitude", "neutral"]


@pytest.fixture(scope="module")
def tiny_model_dir(tmp_path_factory):
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    from classifiers.encoder import default_encoder_path

    path = tmp_path_factory.mktemp("tiny_goemotions")
    tokenizer = AutoTokenizer.from_pretrained(default_encoder_path(), local_files_only=True)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128,
        id2label=dict(enumerate(LABELS)), label2id={n: i for i, n in enumerate(LABELS)},
    )
    model = BertForSequenceClassification(config)
    with torch.no_grad():  # a strong bias makes the expected mapping visible in the outputs
        model.classifier.bias.copy_(torch.tensor([1.0, 0.5, 2.0, 0.0, -1.0]))
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


TURNS = [
    TurnInput("I can't keep doing this, it hurts.", ("you are useless",)),
    TurnInput("Wonderful, that worked!", ()),
    TurnInput("Here is the list you asked for, with the three items sorted by date and a note "
              "on the second one.", ("sort these", "by date please")),
]


def _spec(path, **kw):
    settings = ClassifierSettings(model=str(path), distress_threshold=0.4, joy_threshold=0.8, torch_threads=1,
                                  dtype="float32",
                                  label_mapping={"distress": ("anger", "sadness"), "joy": ("joy", "gratitude")},
                                  **kw)
    return ValenceModelSpec(settings)


def test_scores_are_probabilities_in_input_order(tiny_model_dir):
    spec = _spec(tiny_model_dir, batch_size=2)
    out = spec.run_inference(TURNS, spec.load_model())
    assert len(out) == len(TURNS) and all(isinstance(s, ValenceScores) for s in out)
    assert all(0.0 <= v <= 1.0 for s in out for v in (s.distress, s.joy))
    one_by_one = [spec.run_inference([t], spec.load_model())[0] for t in TURNS]
    np.testing.assert_allclose([[s.distress, s.joy] for s in out],
                               [[s.distress, s.joy] for s in one_by_one], atol=1e-5)


def test_sum_mapping_equals_the_softmax_mass_of_the_mapped_labels(tiny_model_dir):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    spec = _spec(tiny_model_dir)
    out = spec.run_inference(TURNS[:1], spec.load_model())[0]
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(tiny_model_dir).eval()
    with torch.no_grad():
        p = torch.softmax(model(**tok(TURNS[0].utterance, return_tensors="pt")).logits, -1)[0].numpy()
    assert out.distress == pytest.approx(p[0] + p[1], abs=1e-5)
    assert out.joy == pytest.approx(p[2] + p[3], abs=1e-5)


def test_max_mapping_takes_the_strongest_label(tiny_model_dir):
    summed = _spec(tiny_model_dir).run_inference(TURNS, _spec(tiny_model_dir).load_model())
    spec = _spec(tiny_model_dir, label_aggregation="max")
    maxed = spec.run_inference(TURNS, spec.load_model())
    assert all(m.joy < s.joy and m.distress < s.distress for m, s in zip(maxed, summed))


def test_model_id_and_thresholds_come_from_the_settings(tiny_model_dir):
    spec = _spec(tiny_model_dir)
    assert spec.model_id == f"hf:{tiny_model_dir}"
    assert (spec.thresholds().distress, spec.thresholds().joy) == (0.4, 0.8)


def test_spec_is_picklable_and_holds_no_model(tiny_model_dir):
    import pickle

    spec = _spec(tiny_model_dir)
    blob = pickle.dumps(spec)
    assert len(blob) < 5000 and pickle.loads(blob).model_id == spec.model_id


def test_when_a_mapped_label_is_missing_from_the_model_then_loading_names_it(tiny_model_dir):
    settings = ClassifierSettings(model=str(tiny_model_dir), distress_threshold=0.4, joy_threshold=0.8,
                                  label_mapping={"distress": ("fear",), "joy": ("joy",)})
    with pytest.raises(ValueError, match="label_mapping.distress: label 'fear'"):
        ValenceModelSpec(settings).load_model()


def test_when_the_model_is_nowhere_local_then_the_spec_names_the_field(tmp_path):
    settings = ClassifierSettings(model="nobody/no-such-model", distress_threshold=0.4, joy_threshold=0.8)
    with pytest.raises(ValueError, match="model: 'nobody/no-such-model' is neither"):
        ValenceModelSpec(settings)


def test_when_a_directory_has_no_config_then_the_spec_names_the_field(tmp_path):
    settings = ClassifierSettings(model=str(tmp_path), distress_threshold=0.4, joy_threshold=0.8)
    with pytest.raises(ValueError, match="has no config.json"):
        ValenceModelSpec(settings)
