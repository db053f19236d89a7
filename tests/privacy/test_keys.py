import pytest

from privacy.keys import ENV_VAR, MissingKeyError, load_key

SECRET = "correct-horse-battery-staple-42"


def test_when_env_set_then_key_comes_from_env(monkeypatch):
    monkeypatch.setenv(ENV_VAR, f"  {SECRET}\n")
    assert load_key() == SECRET.encode()


def test_when_key_file_given_then_it_wins_over_env_and_is_stripped(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, "from-the-environment-123456")
    path = tmp_path / "key"
    path.write_text(SECRET + "\n")
    assert load_key(path) == SECRET.encode()
    assert load_key(str(path)) == SECRET.encode()


def test_when_no_key_anywhere_then_error_names_the_variable(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    with pytest.raises(MissingKeyError, match=ENV_VAR):
        load_key()


def test_when_key_file_missing_then_error_names_the_file(tmp_path):
    with pytest.raises(MissingKeyError, match="key file"):
        load_key(tmp_path / "nope")


def test_when_key_too_short_then_error_names_the_rule_but_not_the_key(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "short-key-xyz")
    with pytest.raises(MissingKeyError, match="at least 16 bytes") as info:
        load_key()
    assert "short-key-xyz" not in str(info.value)


def test_when_key_file_too_short_then_error_does_not_quote_it(tmp_path):
    path = tmp_path / "key"
    path.write_text("tiny-secret")
    with pytest.raises(MissingKeyError, match="at least 16 bytes") as info:
        load_key(path)
    assert "tiny-secret" not in str(info.value)
