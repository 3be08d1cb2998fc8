"""Telling English from other languages by stop words (NLTK's lists, as `margin setup`
installs them): every English text Margin ships or tests with passes without a warning, and
texts written here in other languages are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.importers import import_path
from reader.core.language import NOT_ENGLISH, other_language, stopword_lists, warning

from ..conftest import REPO, TEXTS

MILL = {
    "Spanish": "El río corría despacio junto al viejo molino. El molinero miraba cómo el agua movía su rueda "
    "durante toda la larga tarde de verano, mientras los niños jugaban en el prado, más allá de la cerca. Cuando "
    "llegó la noche, el molinero cerró la puerta y se sentó a cenar con su familia.",
    "French": "La rivière coulait lentement devant le vieux moulin. Le meunier regardait l'eau faire tourner sa "
    "roue pendant tout le long après-midi d'été, tandis que les enfants jouaient dans le pré, au-delà de la "
    "clôture. Quand la nuit tomba, le meunier ferma la porte et s'assit pour dîner avec sa famille.",
    "German": "Der Fluss floss langsam an der alten Mühle vorbei. Der Müller sah den ganzen langen Sommernachmittag "
    "zu, wie das Wasser sein Rad drehte, während die Kinder hinter dem Zaun auf der Wiese spielten. Als die "
    "Nacht kam, schloss der Müller die Tür und setzte sich mit seiner Familie zum Abendessen.",
    "Russian": "Река медленно текла мимо старой мельницы. Мельник смотрел, как вода крутит его колесо весь долгий "
    "летний день, а дети играли на лугу за забором. Когда наступила ночь, мельник закрыл дверь и сел ужинать "
    "со своей семьёй.",
}


@pytest.fixture(scope="module")
def lists(data_dir: Path) -> dict[str, frozenset[str]]:
    return stopword_lists(data_dir / "nltk_data" / "corpora" / "stopwords")


@pytest.mark.parametrize("language", sorted(MILL))
def test_a_text_in_another_language_is_named(lists: dict[str, frozenset[str]], language: str) -> None:
    assert other_language(MILL[language], lists) == language
    assert warning(language).startswith(f"this text looks {language}, not English")


def test_a_script_without_spaces_is_not_english(lists: dict[str, frozenset[str]]) -> None:
    chinese = "河水缓缓流过古老的磨坊。磨坊主整个漫长的夏日午后都看着水转动他的轮子，孩子们在篱笆外的草地上玩耍。" * 4
    assert other_language(chinese, lists) == NOT_ENGLISH


@pytest.mark.parametrize(
    "path", sorted(REPO.glob("reader/content/*.txt")) + sorted(TEXTS.glob("*.txt")), ids=lambda path: path.stem
)
def test_every_english_text_passes_without_a_warning(lists: dict[str, frozenset[str]], path: Path) -> None:
    assert other_language("\n".join(block.text for block in import_path(path).blocks), lists) is None


def test_a_title_alone_or_no_lists_says_nothing(lists: dict[str, frozenset[str]]) -> None:
    assert other_language("El molino", lists) is None
    assert other_language(MILL["Spanish"], {}) is None  # data not installed: no guess


@given(st.text(max_size=400))
def test_any_text_gets_an_answer(text: str) -> None:
    small = {"english": frozenset({"the", "of", "and"}), "spanish": frozenset({"el", "la", "de"})}
    assert other_language(text, small) in {None, NOT_ENGLISH, "Spanish"}
