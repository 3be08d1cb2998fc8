"""CMUdict's ARPAbet made readable: IPA as dictionaries print it, and a plain respelling.

"detainee" D IY2 T EY0 N IY1 -> /ˌditeɪˈni/ and "dee-tay-NEE". Syllables are split by the
maximal-onset rule, so stress marks and capitals fall on whole syllables.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

_VOWELS_IPA = {
    "AA": "ɑ",
    "AE": "æ",
    "AH": "ʌ",
    "AO": "ɔ",
    "AW": "aʊ",
    "AY": "aɪ",
    "EH": "ɛ",
    "ER": "ɝ",
    "EY": "eɪ",
    "IH": "ɪ",
    "IY": "i",
    "OW": "oʊ",
    "OY": "ɔɪ",
    "UH": "ʊ",
    "UW": "u",
}
_UNSTRESSED_IPA = {"AH": "ə", "ER": "ɚ"}
_CONSONANTS_IPA = {
    "B": "b",
    "CH": "tʃ",
    "D": "d",
    "DH": "ð",
    "F": "f",
    "G": "ɡ",
    "HH": "h",
    "JH": "dʒ",
    "K": "k",
    "L": "l",
    "M": "m",
    "N": "n",
    "NG": "ŋ",
    "P": "p",
    "R": "r",
    "S": "s",
    "SH": "ʃ",
    "T": "t",
    "TH": "θ",
    "V": "v",
    "W": "w",
    "Y": "j",
    "Z": "z",
    "ZH": "ʒ",
}
_VOWELS_SPELLING = {
    "AA": "ah",
    "AE": "a",
    "AH": "uh",
    "AO": "aw",
    "AW": "ow",
    "AY": "eye",
    "EH": "e",
    "ER": "ur",
    "EY": "ay",
    "IH": "i",
    "IY": "ee",
    "OW": "oh",
    "OY": "oy",
    "UH": "uu",
    "UW": "oo",
}
_CONSONANTS_SPELLING = {
    "CH": "ch",
    "DH": "th",
    "HH": "h",
    "JH": "j",
    "NG": "ng",
    "SH": "sh",
    "TH": "th",
    "ZH": "zh",
    "Y": "y",
}
_ONSETS = {
    tuple(onset.split())
    for onset in (
        "P R",
        "P L",
        "B R",
        "B L",
        "T R",
        "D R",
        "K R",
        "K L",
        "G R",
        "G L",
        "F R",
        "F L",
        "TH R",
        "SH R",
        "S P",
        "S T",
        "S K",
        "S M",
        "S N",
        "S L",
        "S W",
        "S P R",
        "S T R",
        "S K R",
        "S P L",
        "S K W",
        "T W",
        "D W",
        "K W",
        "G W",
        "P Y",
        "B Y",
        "K Y",
        "F Y",
        "M Y",
        "HH Y",
        "V Y",
        "TH W",
    )
}


@dataclass(frozen=True)
class Pronunciation:
    ipa: str
    respelling: str


def _syllables(phones: list[str]) -> list[list[str]]:
    nuclei = [i for i, phone in enumerate(phones) if phone[-1].isdigit()]
    if not nuclei:
        return [phones]
    boundaries = [0]
    for previous, following in pairwise(nuclei):
        cluster = phones[previous + 1 : following]
        split = len(cluster)  # the whole cluster goes to the next syllable if it is an onset
        for size in range(len(cluster), -1, -1):
            onset = tuple(cluster[len(cluster) - size :])
            if size == 0 or (size == 1 and onset[0] != "NG") or onset in _ONSETS:
                split = len(cluster) - size
                break
        boundaries.append(previous + 1 + split)
    boundaries.append(len(phones))
    return [phones[a:b] for a, b in pairwise(boundaries)]


def _ipa(syllable: list[str]) -> str:
    stress = next((phone[-1] for phone in syllable if phone[-1].isdigit()), "0")
    sounds = []
    for phone in syllable:
        base = phone.rstrip("012")
        if phone[-1].isdigit():
            sounds.append(_UNSTRESSED_IPA.get(base, _VOWELS_IPA[base]) if stress == "0" else _VOWELS_IPA[base])
        else:
            sounds.append(_CONSONANTS_IPA.get(base, base.lower()))
    return {"1": "ˈ", "2": "ˌ"}.get(stress, "") + "".join(sounds)


def _spelling(syllable: list[str]) -> str:
    stress = next((phone[-1] for phone in syllable if phone[-1].isdigit()), "0")
    pieces = []
    for position, phone in enumerate(syllable):
        base = phone.rstrip("012")
        if not phone[-1].isdigit():
            pieces.append(_CONSONANTS_SPELLING.get(base, base.lower()))
        elif base == "AY":  # "eye" alone, "igh" before a consonant ("strighk"), "y" at the end ("fly")
            pieces.append("eye" if position == 0 else "igh" if position < len(syllable) - 1 else "y")
        else:
            pieces.append(_VOWELS_SPELLING[base])
    text = "".join(pieces)
    return text.upper() if stress == "1" else text


def _word_ipa(syllables: list[list[str]]) -> str:
    """IPA for one word; a one-syllable word carries no stress mark, as in dictionaries."""
    if len(syllables) == 1:
        return _ipa(syllables[0]).lstrip("ˈˌ")
    return "".join(_ipa(syllable) for syllable in syllables)


def from_arpabet(words: list[list[str]]) -> Pronunciation:
    """One pronunciation from the ARPAbet phones of each word of an item ("take over")."""
    ipa = " ".join(_word_ipa(_syllables(phones)) for phones in words)
    spelling = " ".join("-".join(_spelling(s) for s in _syllables(phones)) for phones in words)
    return Pronunciation(f"/{ipa}/", spelling)
