"""One key for the spellings of a name across scripts: 張高麗 and 张高丽 are one name.

Names and agencies stay as printed in the graph; the resolver compares them by their
key, the name in simplified script, character by character (so a key has the length
of the name). ``spellings`` gives back every printed form a key can stand for, so a
block of one name is read from the store by index lookups, not by a scan.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

#: a name with more printed forms than this is looked up as printed and as its key only
MAX_SPELLINGS = 256


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    from zhconv import zhconv

    zhconv.loaddict()
    pairs = {k: v for k, v in zhconv.zhcdicts["zh2Hans"].items() if len(k) == 1 and len(v) == 1 and k != v}
    forms: dict[str, str] = {}
    for trad, simple in sorted(pairs.items()):
        forms[simple] = forms.get(simple, simple) + trad
    return str.maketrans(pairs), forms


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """``text`` in simplified script, character by character: the key two spellings share."""
    return text.translate(_tables()[0])


def spellings(name: str) -> list[str]:
    """Every form of ``name`` in either script (``张高丽`` -> ``张高丽``, ``張高麗``, …), in a
    stable order; the name as printed and its key only, past ``MAX_SPELLINGS`` forms."""
    forms = _tables()[1]
    simple = key(name)
    choices = [forms.get(ch, ch) for ch in simple]
    count = 1
    for c in choices:
        count *= len(c)
    if count > MAX_SPELLINGS:
        return sorted({name, simple})
    return sorted({"".join(p) for p in product(*choices)} | {name})
