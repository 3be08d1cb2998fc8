"""The NLTK packages Margin needs, and installing them through NLTK's own downloader.

Sources: NLTK's official index, any index URL, or a mirror folder in NLTK's server layout
(`packages/<subdir>/<id>.zip` + `<id>.xml`, with or without an `index.xml`), such as a
teacher's USB stick. Each package is downloaded into a private staging folder, checked
against the index's checksum, and only then moved into place and recorded in a manifest, so
an interrupted set-up leaves nothing half-installed: the next run simply installs it again.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.errors import SetupError

SOURCE_ENV = "MARGIN_NLTK_SOURCE"
OFFICIAL_INDEX = "https://raw.githubusercontent.com/nltk/nltk_data/gh-pages/index.xml"

REQUIRED_PACKAGES: dict[str, str] = {
    "punkt_tab": "sentence splitter",
    "averaged_perceptron_tagger_eng": "part-of-speech tagger",
    "wordnet": "definitions, synonyms, examples and lemmas",
    "cmudict": "pronunciations",
    "stopwords": "stop words",
    "names": "first names, to recognise people",
    "gazetteers": "countries and regions, to recognise places",
}
"""Package id -> what Margin uses it for. Only what the code uses."""

MANIFEST = "margin-installed.json"
STAGING_PREFIX = ".margin-staging-"

Progress = Callable[[str, float], None]
"""Called with (package id, percent done) while installing."""


@dataclass(frozen=True)
class DataSource:
    """Where packages come from: an index URL, and the folders NLTK may read file URLs from."""

    index_url: str
    folder: Path | None = None

    @property
    def description(self) -> str:
        return str(self.folder) if self.folder else self.index_url


def resolve_source(from_folder: str | None = None, index_url: str | None = None) -> DataSource:
    """The source chosen on the command line, else by MARGIN_NLTK_SOURCE, else NLTK's index."""
    if from_folder and index_url:
        raise SetupError("choose one source: --from FOLDER or --index URL, not both")
    if from_folder:
        return _folder_source(Path(from_folder))
    if index_url:
        return DataSource(index_url)
    chosen = os.environ.get(SOURCE_ENV, "").strip()
    if not chosen:
        return DataSource(OFFICIAL_INDEX)
    if "://" in chosen:
        return DataSource(chosen)
    return _folder_source(Path(chosen))


def _folder_source(folder: Path) -> DataSource:
    folder = folder.expanduser().resolve()
    if not (folder / "packages").is_dir() and not (folder / "index.xml").is_file():
        raise SetupError(f"{folder} is not an NLTK data mirror (expected packages/<subdir>/<id>.zip or index.xml)")
    # An index.xml written elsewhere holds stale file:// URLs; it is rebuilt from the package
    # descriptions at install time whenever the packages folder is there.
    if (folder / "packages").is_dir():
        return DataSource("", folder)
    return DataSource((folder / "index.xml").as_uri(), folder)


DEFERRED_PACKAGES = ("nltk", "nltk.tokenize", "nltk.tag")
"""NLTK's packages whose own code imports far more than the analyser uses: `nltk` (collocations,
metrics, translation, the corpus readers...), `nltk.tokenize` (every tokenizer, TextTiling with
numpy, the Stanford segmenter...) and `nltk.tag` (Brill, HMM, CRF, Senna...)."""


def defer_nltk_package() -> None:
    """Let NLTK's modules be imported without their packages' code running first.

    `import nltk.tokenize.punkt` runs `nltk/__init__.py` and `nltk/tokenize/__init__.py`, which
    import most of NLTK: about half of the cold start of an analysis, for modules the analyser
    never uses. Here each of DEFERRED_PACKAGES is registered as its bare package, so its
    submodules import on their own; the package's own code runs the first time anything else
    is asked of it (`nltk.__version__`, `nltk.download`, `nltk.tokenize.word_tokenize`), so
    code that wants the whole of NLTK still gets it. Does nothing for a package already imported."""
    for name in DEFERRED_PACKAGES:
        _defer_package(name)


def _defer_package(name: str) -> None:
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    package = importlib.util.module_from_spec(spec)

    loader = spec.loader

    def load_the_rest(attribute: str) -> Any:
        if importlib.util.find_spec(f"{name}.{attribute}") is not None:  # "from nltk import pathsec": a module
            return importlib.import_module(f"{name}.{attribute}")
        delattr(package, "__getattr__")
        loader.exec_module(package)
        return getattr(package, attribute)

    setattr(package, "__getattr__", load_the_rest)  # noqa: B010 (a module's __getattr__, PEP 562)
    sys.modules[name] = package


def activate(nltk_dir: Path) -> None:
    """Put Margin's data folder first on NLTK's search path (NLTK reads only folders listed)."""
    defer_nltk_package()
    import nltk.data

    folder = str(nltk_dir)
    if folder not in nltk.data.path:
        nltk.data.path.insert(0, folder)


def read_manifest(nltk_dir: Path) -> dict[str, str]:
    """Package id -> sha256 of the installed zip, for packages whose files are all in place."""
    try:
        recorded = json.loads((nltk_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        package: entry["sha256"]
        for package, entry in recorded.items()
        if isinstance(entry, dict) and (nltk_dir / entry.get("path", "\0")).exists()
    }


def missing_packages(nltk_dir: Path) -> list[str]:
    """Required packages not (completely) installed in `nltk_dir`; cheap, no NLTK import."""
    installed = read_manifest(nltk_dir)
    return [package for package in REQUIRED_PACKAGES if package not in installed]


def install(
    source: DataSource,
    nltk_dir: Path,
    packages: list[str] | None = None,
    progress: Progress | None = None,
) -> list[str]:
    """Install `packages` (default: the missing required ones); returns those installed."""
    wanted = packages if packages is not None else missing_packages(nltk_dir)
    nltk_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(nltk_dir)
    if not wanted:
        return []
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=nltk_dir))
    try:
        index_url = source.index_url or _write_index(source.folder, staging)
        with _authorised(source.folder, staging, *_local_folders(index_url)):
            from nltk.downloader import Downloader

            downloader = Downloader(server_index_url=index_url, download_dir=str(staging))
            for package in wanted:
                info = _package_info(downloader, package, source)
                _download(downloader, package, progress)
                _move_into_place(info, staging, nltk_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return wanted


def _package_info(downloader, package: str, source: DataSource):
    try:
        return downloader.info(package)
    except ValueError:
        raise SetupError(f"package {package!r} is not in {source.description}") from None
    except OSError as error:
        raise SetupError(f"cannot read the data index at {source.description}: {error}") from None


def _download(downloader, package: str, progress: Progress | None) -> None:
    from nltk.downloader import ErrorMessage, ProgressMessage

    for message in downloader.incr_download(package):
        if isinstance(message, ErrorMessage):
            text = str(message.message).splitlines()[0]
            raise SetupError(f"could not install {package}: {text}")
        if isinstance(message, ProgressMessage) and progress:
            progress(package, float(message.progress))
    if progress:
        progress(package, 100.0)


def _move_into_place(info, staging: Path, nltk_dir: Path) -> None:
    """Verify the zip against the index, then swap the package in and record it."""
    zip_path = staging / info.filename
    digest = _sha256(zip_path)
    expected = getattr(info, "sha256_checksum", None)
    if expected and digest != expected:
        raise SetupError(f"checksum mismatch for {info.id}: the download is damaged")
    if not expected and getattr(info, "checksum", None) and _md5(zip_path) != info.checksum:
        raise SetupError(f"checksum mismatch for {info.id}: the download is damaged")
    target_dir = nltk_dir / info.subdir
    target_dir.mkdir(parents=True, exist_ok=True)
    unpacked = staging / info.subdir / info.id
    for item in (zip_path, unpacked):
        if not item.exists():
            continue
        destination = target_dir / item.name
        if destination.is_dir():
            shutil.rmtree(destination)
        elif destination.exists():
            destination.unlink()
        os.replace(item, destination)
    path = f"{info.subdir}/{info.id}" if (target_dir / info.id).exists() else info.filename
    manifest_path = nltk_dir / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    manifest[info.id] = {"sha256": digest, "path": path}
    temporary = manifest_path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(temporary, manifest_path)


def _write_index(folder: Path | None, staging: Path) -> str:
    """An index.xml for a mirror folder, with file:// URLs for where the folder is now."""
    assert folder is not None
    top = ET.Element("nltk_data")
    packages = ET.SubElement(top, "packages")
    for description in sorted((folder / "packages").glob("*/*.xml")):
        archive = description.with_suffix(".zip")
        if not archive.is_file():
            continue
        try:
            package = ET.parse(description).getroot()
            with zipfile.ZipFile(archive) as opened:
                unzipped = sum(member.file_size for member in opened.infolist())
        except (ET.ParseError, zipfile.BadZipFile, OSError) as error:
            raise SetupError(f"damaged package in the mirror: {description.name}: {error}") from None
        package.set("subdir", description.parent.name)
        package.set("size", str(archive.stat().st_size))
        package.set("unzipped_size", str(unzipped))
        package.set("checksum", _md5(archive))
        package.set("sha256_checksum", _sha256(archive))
        package.set("url", archive.as_uri())
        packages.append(package)
    ET.SubElement(top, "collections")
    index = staging / "index.xml"
    index.write_bytes(ET.tostring(top, encoding="utf-8", xml_declaration=True))
    return index.as_uri()


def _local_folders(index_url: str) -> list[Path]:
    """For an index on this machine (file://), its folder and those of the packages it lists:
    NLTK reads local files only from folders it has been told about."""
    if not index_url.startswith("file://"):
        return []
    from urllib.parse import unquote, urlparse

    index = Path(unquote(urlparse(index_url).path))
    folders = {index.parent}
    try:
        for package in ET.parse(index).getroot().iter("package"):
            url = package.get("url", "")
            if url.startswith("file://"):
                folders.add(Path(unquote(urlparse(url).path)).parent)
    except (ET.ParseError, OSError) as error:
        raise SetupError(f"cannot read the data index at {index_url}: {error}") from None
    return sorted(folders)


@contextmanager
def _authorised(*folders: Path | None) -> Iterator[None]:
    """NLTK only reads file:// URLs from folders on its data path: add ours for the install."""
    import nltk

    added = [
        str(folder) for folder in dict.fromkeys(folders) if folder is not None and str(folder) not in nltk.data.path
    ]
    nltk.data.path.extend(added)
    try:
        yield
    finally:
        for folder in added:
            nltk.data.path.remove(folder)


def _remove_stale_staging(nltk_dir: Path) -> None:
    for leftover in nltk_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()
