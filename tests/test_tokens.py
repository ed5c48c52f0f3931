"""The linear-time tokeniser gives the tokens spaCy's own Chinese character segmenter gives."""
from __future__ import annotations

import random

from govkg.ingest import read_inputs
from govkg.nlp import build_nlp, make_doc
from govkg.notice import RawNotice

from conftest import CORPUS, SEED


def _same(nlp, text: str) -> None:
    ours, theirs = make_doc(nlp, text), nlp.make_doc(text)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs], repr(text)
    assert ours.text == text


def test_tokens_of_notices_and_of_whitespace_mixtures_are_spacys():
    nlp = build_nlp()
    texts = [i.text for i in read_inputs([SEED, CORPUS / "mixed" / "notices"]) if isinstance(i, RawNotice)]
    rng = random.Random(9)
    alphabet = [" ", "  ", "\t", "\n", "\r\n", "\u3000", "\xa0", "\x1c", "\u2028", "a", "中", "。", "1"]
    texts += ["", " ", "a", " a", "a ", "a  b", "中 \n文"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25))) for _ in range(3000)]
    for text in texts:
        _same(nlp, text)
