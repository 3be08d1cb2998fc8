"""NLTK's perceptron tagger weights as flat arrays, written into the word index at set-up.

The installed model is a 5.6 MB JSON object of 75,000 features, each a dict of tag -> weight:
decoding it and checking every weight took a third of a cold start. `margin setup` reads it
once (load_tagger, which refuses damaged weights) and stores it as a feature
list and three arrays (a feature's weights are `weights[rows[i]:rows[i + 1]]`, in the columns
`columns[...]`), which load in milliseconds. The numbers are the same doubles, so the tags are
exactly NLTK's (tests compare them).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from reader.core.errors import MarginError

ROW_TYPE = "<i4"
COLUMN_TYPE = "u1"
WEIGHT_TYPE = "<f8"
TAGGER = "averaged_perceptron_tagger_eng"


def load_tagger(nltk_dir: Path) -> Any:
    """NLTK's English perceptron tagger with its installed weights, as `margin setup` reads them
    into the word index. NLTK's own loader walks
    each of the model's numbers in Python to refuse NaN and infinity, most of its loading time;
    here one sum per feature refuses them as surely (a sum with either is not finite)."""
    from nltk.tag.perceptron import PerceptronTagger

    tagger = PerceptronTagger(load=False, lang="eng")
    folder = nltk_dir / "taggers" / TAGGER
    weights, tagdict, classes = (json.loads((folder / name).read_bytes()) for name in tagger.param_files("eng"))
    if not all(isinstance(row, dict) for row in weights.values()) or not math.isfinite(
        sum(sum(row.values()) for row in weights.values())
    ):
        raise MarginError(f"the tagger's weights in {folder} are damaged: run `margin setup` again")
    tagger.decode_json_params((weights, tagdict, classes))
    return tagger


def predictor_classes(classes: Any) -> list[str]:
    """The tags in the predictor's column order: descending, so that argmax's first maximum is
    the alphabetically last tag, as NLTK's `max` over (score, tag) picks it."""
    return sorted(classes, reverse=True)


def pack(tagger: Any) -> dict[str, bytes]:
    """A loaded NLTK tagger's model as the index stores it."""
    import numpy

    column = {label: index for index, label in enumerate(predictor_classes(tagger.classes))}
    features = list(tagger.model.weights)
    rows = [0]
    columns: list[int] = []
    weights: list[float] = []
    for feature in features:
        for label, weight in tagger.model.weights[feature].items():
            columns.append(column[label])
            weights.append(weight)
        rows.append(len(weights))
    return {
        "features": json.dumps(features).encode(),
        "rows": numpy.array(rows, dtype=ROW_TYPE).tobytes(),
        "columns": numpy.array(columns, dtype=COLUMN_TYPE).tobytes(),
        "weights": numpy.array(weights, dtype=WEIGHT_TYPE).tobytes(),
        "tagdict": json.dumps(tagger.tagdict).encode(),
        "classes": json.dumps(sorted(tagger.classes)).encode(),
    }


def unpack(parts: dict[str, bytes]) -> Any:
    """NLTK's tagger with the stored model, predicting from the arrays (TablePredictor)."""
    from nltk.tag.perceptron import PerceptronTagger

    tagger = PerceptronTagger(load=False, lang="eng")
    tagger.tagdict = json.loads(parts["tagdict"])
    tagger.classes = tagger.model.classes = set(json.loads(parts["classes"]))
    tagger.model.predict = TablePredictor(parts, tagger.classes)
    return tagger


class TablePredictor:
    """NLTK's averaged perceptron `predict`, with each feature's weights as a numpy vector.

    Same weights, same summation order per tag and the same tie rule (the alphabetically
    last tag wins), so the tags are exactly NLTK's; about four times faster, which is most
    of the analyser's time. Vectors are made the first time a feature is seen.
    """

    def __init__(self, parts: dict[str, bytes], classes: set[str]) -> None:
        import numpy

        self._numpy = numpy
        self._classes = predictor_classes(classes)
        self._row = {feature: row for row, feature in enumerate(json.loads(parts["features"]))}
        self._bounds = numpy.frombuffer(parts["rows"], dtype=ROW_TYPE).tolist()
        self._columns = numpy.frombuffer(parts["columns"], dtype=COLUMN_TYPE)
        self._weights = numpy.frombuffer(parts["weights"], dtype=WEIGHT_TYPE)
        if not math.isfinite(float(self._weights.sum())):
            raise MarginError("the tagger's weights in the word index are damaged: run `margin setup` again")
        self._vectors: dict[str, Any] = {}

    def __call__(self, features: dict[str, float], return_conf: bool = False) -> tuple[str, None]:
        numpy = self._numpy
        scores = numpy.zeros(len(self._classes))
        for feature, value in features.items():
            if value == 0:
                continue
            vector = self._vectors.get(feature)
            if vector is None:
                vector = self._vector(feature)
                if vector is None:
                    continue
            scores += vector if value == 1 else vector * value
        return self._classes[int(scores.argmax())], None

    def _vector(self, feature: str) -> Any:
        """The feature's weights in the classes' columns (None for a feature the model lacks)."""
        row = self._row.get(feature)
        if row is None:
            return None
        start, end = self._bounds[row], self._bounds[row + 1]
        vector = self._vectors[feature] = self._numpy.zeros(len(self._classes))
        vector[self._columns[start:end]] = self._weights[start:end]
        return vector
