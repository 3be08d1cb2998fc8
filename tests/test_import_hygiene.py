"""The core and the service never import Textual (one core, many front ends)."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import REPO

MODULES = [
    "reader.core.document",
    "reader.core.importers",
    "reader.core.importers.text",
    "reader.core.nlp",
    "reader.core.vocabulary",
    "reader.core.glossary",
    "reader.core.lexicon",
    "reader.core.langdata",
    "reader.core.analysis_cache",
    "reader.core.article_key",
    "reader.core.vocabulary_report",
    "reader.service",
    "reader.cli",
    "reader.paths",
]


def test_core_and_service_do_not_import_textual() -> None:
    code = "import sys, importlib\n" + "".join(f"importlib.import_module({name!r})\n" for name in MODULES)
    code += "print('textual' in sys.modules, 'rich' in sys.modules)"
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_the_import_linter_contract_says_the_same() -> None:
    from pathlib import Path

    text = (Path(REPO) / "pyproject.toml").read_text()
    assert 'forbidden_modules = ["textual"]' in text and '"reader.core", "reader.store"' in text
    assert 'source_modules = ["reader.core", "reader.tui", "reader.cli", "reader.paths"]' in text
    assert 'forbidden_modules = ["reader.store"]' in text  # the front ends reach the store through the service
