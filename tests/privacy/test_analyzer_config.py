from pathlib import Path

import pytest

from privacy.analyzer_config import AnalyzerConfigError, load_analyzer_config
from privacy.recognizers import PRESIDIO_RECOGNIZERS, PROJECT_RECOGNIZERS

CONF = Path(__file__).parent / "conf"


def test_when_packaged_config_loaded_then_every_project_recognizer_is_enabled():
    config = load_analyzer_config()
    enabled = {r.name for r in config.recognizers if r.enabled}
    assert set(PROJECT_RECOGNIZERS) <= enabled
    assert "UrlRecognizer" not in enabled  # replaced by PersonalUrlRecognizer


def test_when_built_then_project_recognizers_get_the_timeout():
    built = load_analyzer_config().build_recognizers(timeout=0.25)
    ours = [r for r in built if type(r).__name__ in PROJECT_RECOGNIZERS]
    assert ours and all(r.timeout == 0.25 for r in ours)


@pytest.mark.parametrize("name, match", [
    ("unknown_recognizer.yaml", "unknown presidio recognizer 'NoSuchRecognizer'"),
    ("extra_key.yaml", "fallback_to_default"),
    ("duplicate_recognizer.yaml", "listed once"),
    ("not_yaml.yaml", "not valid YAML"),
    ("empty_mapping.yaml", "must not be empty"),
    ("unknown_dropped_pattern.yaml", "'PAN \\(Lowest\\)'.*not among its patterns"),
])
def test_when_config_broken_then_error_names_file_and_field(name, match):
    with pytest.raises(AnalyzerConfigError, match=match) as info:
        load_analyzer_config(CONF / name)
    assert name in str(info.value)


def test_when_config_missing_then_error_names_the_file(tmp_path):
    with pytest.raises(AnalyzerConfigError, match="cannot be read"):
        load_analyzer_config(tmp_path / "absent.yaml")


def test_when_registry_listed_then_names_are_class_names():
    for registry in (PRESIDIO_RECOGNIZERS, PROJECT_RECOGNIZERS):
        assert all(cls.__name__ == name for name, cls in registry.items())


def test_a_dropped_pattern_is_left_out_of_its_presidio_recognizer():
    built = load_analyzer_config().build_recognizers(timeout=1.0)
    [pan] = [r for r in built if type(r).__name__ == "InPanRecognizer"]
    assert [p.name for p in pan.patterns] == ["PAN (High)", "PAN (Medium)"]
