"""Settings: kept across runs, and a file Margin cannot read is refused in one line and left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import SettingsError
from reader.paths import AppPaths
from reader.service import Margin
from reader.store.settings import MAX_BYTES, Settings


def service(tmp_path: Path) -> Margin:
    return Margin(AppPaths(tmp_path / "data", tmp_path / "cache", tmp_path / "config"))


def test_settings_survive_a_new_service(tmp_path: Path) -> None:
    assert service(tmp_path).engine.settings() == Settings()
    service(tmp_path).engine.save_settings(theme="textual-light")
    service(tmp_path).engine.save_settings(learner="ana")
    assert service(tmp_path).engine.settings() == Settings(theme="textual-light", learner="ana")
    assert (tmp_path / "config" / "settings.json").is_file()


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"theme": 3}', b"\xff\xfe", b" " * (MAX_BYTES + 1)],
    ids=["broken", "not-an-object", "not-text", "not-utf8", "too-large"],
)
def test_an_unreadable_settings_file_is_refused_and_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(SettingsError, match="settings"):
        service(tmp_path).engine.save_settings(theme="nord")
    assert path.read_bytes() == content
    assert [child.name for child in path.parent.iterdir()] == ["settings.json"]
