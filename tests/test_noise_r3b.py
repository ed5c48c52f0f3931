"""An aside after a name of a list that shares one decision or post (tests/noise.py: list_notes): 甲（女）、乙同志任X,
任命甲、乙（女，满族）为X, 免去甲（女）、乙同志的X职务, a news report quoting the decisions. The aside is blanked
(offsets kept); the list readers see through the blank after any name of the list. Each case is a made-up notice."""
from __future__ import annotations

import pytest

from govkg.facts import Appointment, Membership, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice


def facts(text: str) -> set[tuple]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text))
    out: set[tuple] = set()
    for f in nf.facts:
        if isinstance(f, Membership):
            out.add(("membership", f.person, f.role))
        elif isinstance(f, (Appointment, Removal, Position)):
            out.add((type(f).__name__.lower(), f.person, f.post.agency, f.post.title))
    return out


_P = "某市人民政府关于张立新等同志职务任免的通知\n\n各区人民政府，市政府各部门：\n　　经市人民政府研究，决定：\n"
_NEWS = ("某研究所召开领导班子宣布大会\n5月8日，某分院在某研究所召开大会，宣读了分院党组《关于某研究所领导班子任免的通知》"
         "（某分院人字〔2019〕7号）：")
_APP = {("appointment", n, "市水利局", "副局长") for n in ("赵国庆", "钱晓燕")}
_APP3 = _APP | {("appointment", "孙丽华", "市水利局", "副局长")}
_REM = {("removal", n, "市水利局", "副局长") for n in ("赵国庆", "钱晓燕")}
_INST = {("appointment", n, "某研究所", "副所长") for n in ("闵涛", "洪亮", "戚岚")} | {("appointment", "龚远", "某研究所", "所长")}


@pytest.mark.parametrize("text, expected", [
    (_P + "赵国庆（女，满族）、钱晓燕、孙丽华同志任市水利局副局长。\n", _APP3),  # first, before 、
    (_P + "赵国庆、钱晓燕（女，满族）、孙丽华同志任市水利局副局长。\n", _APP3),  # inside
    (_P + "赵国庆、钱晓燕、孙丽华（女，满族）同志任市水利局副局长。\n", _APP3),  # last, before 同志
    (_P + "赵国庆（女，满族）和钱晓燕同志任市水利局副局长。\n", _APP),  # before 和
    (_P + "任命赵国庆（女，满族）、钱晓燕为市水利局副局长。\n", _APP),
    (_P + "一、任命\n赵国庆（女）、钱晓燕为市水利局副局长；\n", _APP),  # a 任命 section's item
    (_P + "一、任命\n赵国庆、钱晓燕（女，满族）为市水利局副局长；\n", _APP),
    (_P + "二、免去\n赵国庆（女）、钱晓燕的市水利局副局长职务；\n", _REM),  # a 免去 section's item
    (_P + "免去赵国庆（女，满族）、钱晓燕同志的市水利局副局长职务。\n", _REM),
    (_P + "免去赵国庆、钱晓燕（女）同志的市水利局副局长职务。\n", _REM),
    (_NEWS + "龚远同志任某研究所所长，闵涛（女）、洪亮、戚岚同志任某研究所副所长。\n", _INST),  # a report quoting them
    (_NEWS + "龚远同志任某研究所所长，闵涛、洪亮（蒙古族）、戚岚同志任某研究所副所长。\n", _INST),
    (_NEWS + "龚远（女）同志任某研究所所长，闵涛、洪亮、戚岚（女）同志任某研究所副所长。\n", _INST),
])
def test_aside_in_a_list_of_names(text, expected):
    got = facts(text)
    assert expected <= got, sorted(expected - got)
    assert not any("同志" in f[2] or "、" in f[2] for f in got if len(f) == 4), sorted(got)
