"""Where Margin keeps its files: platformdirs locations, or one folder named by MARGIN_HOME.

MARGIN_HOME exists so tests, CI and portable installs (a USB stick) keep everything in one
place and never touch the real home folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "MARGIN_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The three folders Margin writes to; nothing is created until it is needed."""

    data: Path
    cache: Path
    config: Path

    @property
    def nltk_data(self) -> Path:
        """NLTK packages installed by `margin setup` (never the user's ~/nltk_data)."""
        return self.data / "nltk_data"

    @property
    def lexicon(self) -> Path:
        """The word index built at set-up from WordNet, CMUdict, stop words and wordfreq."""
        return self.data / "lexicon.sqlite3"

    @property
    def analysis_cache(self) -> Path:
        return self.cache / "analysis"

    @property
    def learners(self) -> Path:
        """The learner database: words, levels, reading positions. Never in the cache folder."""
        return self.data / "learners.sqlite3"

    @property
    def settings(self) -> Path:
        """The user's settings: theme, last learner (levels are the learner database's)."""
        return self.config / "settings.json"

    @property
    def library(self) -> Path:
        """The learner's own articles."""
        return self.data / "library"


def app_paths() -> AppPaths:
    """The locations in force now (read at call time, never at import)."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(root / "data", root / "cache", root / "config")
    import platformdirs

    dirs = platformdirs.PlatformDirs("margin", appauthor=False)
    return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_cache_dir), Path(dirs.user_config_dir))
