"""`margin setup`'s machinery: install from a mirror, idempotence, interruption, checksums."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core import langdata
from reader.core.errors import SetupError

PACKAGES = ["stopwords", "punkt_tab"]


def small_mirror(mirror: Path, target: Path) -> Path:
    """A copy of two packages of the mirror (fast to install, safe to damage)."""
    for package in PACKAGES:
        for found in mirror.glob(f"packages/*/{package}.*"):
            destination = target / found.relative_to(mirror)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(found, destination)
    return target


def test_install_from_a_mirror_folder_then_nothing_to_do(mirror: Path, tmp_path: Path) -> None:
    nltk_dir = tmp_path / "nltk_data"
    source = langdata.resolve_source(str(small_mirror(mirror, tmp_path / "usb")))
    seen: list[tuple[str, float]] = []
    assert langdata.install(source, nltk_dir, PACKAGES, lambda step, percent: seen.append((step, percent))) == PACKAGES
    assert (nltk_dir / "corpora" / "stopwords" / "english").is_file()
    assert (nltk_dir / "tokenizers" / "punkt_tab" / "english").is_dir()
    assert {step for step, _ in seen} == set(PACKAGES) and ("stopwords", 100.0) in seen
    assert set(langdata.read_manifest(nltk_dir)) == set(PACKAGES)
    assert not list(nltk_dir.glob(langdata.STAGING_PREFIX + "*"))
    assert not set(PACKAGES) & set(langdata.missing_packages(nltk_dir))


def test_install_from_an_index_url_on_this_machine(mirror: Path, tmp_path: Path) -> None:
    usb = small_mirror(mirror, tmp_path / "usb")
    server = tmp_path / "server"
    server.mkdir()
    url = langdata._write_index(usb, server)
    nltk_dir = tmp_path / "nltk_data"
    assert langdata.install(langdata.resolve_source(index_url=url), nltk_dir, PACKAGES) == PACKAGES
    assert set(langdata.read_manifest(nltk_dir)) == set(PACKAGES)


def test_an_interrupted_install_leaves_nothing_half_installed(mirror: Path, tmp_path: Path) -> None:
    nltk_dir = tmp_path / "nltk_data"
    source = langdata.resolve_source(str(small_mirror(mirror, tmp_path / "usb")))

    def interrupt(step: str, percent: float) -> None:
        if step == "punkt_tab" and percent > 50:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        langdata.install(source, nltk_dir, PACKAGES, interrupt)
    assert set(langdata.read_manifest(nltk_dir)) == {"stopwords"}
    assert not (nltk_dir / "tokenizers").exists() or not any((nltk_dir / "tokenizers").iterdir())
    assert not list(nltk_dir.glob(langdata.STAGING_PREFIX + "*"))
    assert langdata.install(source, nltk_dir, ["punkt_tab"]) == ["punkt_tab"]
    assert set(langdata.read_manifest(nltk_dir)) == set(PACKAGES)


def test_a_damaged_package_is_refused(mirror: Path, tmp_path: Path) -> None:
    usb = small_mirror(mirror, tmp_path / "usb")
    archive = usb / "packages" / "corpora" / "stopwords.zip"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    # An index made before the damage holds the good checksum, as a real server's would.
    good = small_mirror(mirror, tmp_path / "good")
    server = tmp_path / "server"
    server.mkdir()
    url = langdata._write_index(good, server)
    index = server / "index.xml"
    index.write_text(index.read_text().replace(good.as_uri(), usb.as_uri()))
    nltk_dir = tmp_path / "nltk_data"
    with pytest.raises(SetupError, match="stopwords"):
        langdata.install(langdata.DataSource(url, usb), nltk_dir, ["stopwords"])
    assert langdata.read_manifest(nltk_dir) == {}
    assert not (nltk_dir / "corpora" / "stopwords").exists()


def test_sources(monkeypatch: pytest.MonkeyPatch, mirror: Path, tmp_path: Path) -> None:
    monkeypatch.delenv(langdata.SOURCE_ENV, raising=False)
    assert langdata.resolve_source().index_url == langdata.OFFICIAL_INDEX
    assert langdata.resolve_source(index_url="https://school.example/index.xml").index_url.startswith("https://school")
    monkeypatch.setenv(langdata.SOURCE_ENV, str(mirror))
    assert langdata.resolve_source().folder == mirror
    monkeypatch.setenv(langdata.SOURCE_ENV, "http://server.local/nltk/index.xml")
    assert langdata.resolve_source().index_url == "http://server.local/nltk/index.xml"
    with pytest.raises(SetupError, match="not an NLTK data mirror"):
        langdata.resolve_source(str(tmp_path))


def test_a_folder_with_only_an_index_uses_it(mirror: Path, tmp_path: Path) -> None:
    only_index = tmp_path / "only-index"
    only_index.mkdir()
    langdata._write_index(small_mirror(mirror, tmp_path / "usb"), only_index)
    source = langdata.resolve_source(str(only_index))
    assert source.index_url == (only_index / "index.xml").as_uri()


def test_unknown_package_in_a_source(mirror: Path, tmp_path: Path) -> None:
    source = langdata.resolve_source(str(small_mirror(mirror, tmp_path / "usb")))
    with pytest.raises(SetupError, match="not in"):
        langdata.install(source, tmp_path / "nltk_data", ["wordnet"])
