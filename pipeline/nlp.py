"""The spaCy pipeline: ``spacy.blank("zh")`` plus govkg's components, by name.

Each component is a thin *write* step around a pure *find* function in
``govkg.extract``: it reads what earlier components stored on the ``Doc`` and
appends facts to ``Doc._.facts``. Components run in this order:

    govkg_script -> govkg_layout -> govkg_document -> govkg_personnel -> govkg_groups -> govkg_holders
    -> govkg_assignments -> govkg_citations -> govkg_printed_script

A notice printed in traditional characters is matched through a simplified copy
(``govkg_script``; a rare name's character beyond U+4E00-U+9FFF as a common one too); the
last component puts every value back into the script the notice prints it in.
"""
from __future__ import annotations

import re

from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .extract.assignments import find_assignments
from .extract.citations import find_citations
from .extract.document import allocating_kind, find_document
from .lexicon import region_of
from .extract.groups import find_groups, restates_membership
from .extract.holders import council_era, find_holders, misread_name, plausible_post, sole_place
from .extract.layout import find_layout
from .extract.posts import with_term
from .extract.punct import blank_ornaments, fullwidth_copy, letter_zeros
from .extract.script import PrintedScript, reading_copy, restore
from .extract.personnel import (listed_postings, drop_left, drop_restated, find_body_heads, find_header_lists, find_hired_lists, find_party_groups, find_elections, find_handovers, find_news_positions, find_report_decisions, find_report_removals, find_reported_acts, merge_decisions, find_personnel, is_chronicle, find_prose_positions, later_probation, place_bare_heads, place_units, find_narrated_appointments, positions_from_table, task_table_leaders,
                                 signature_positions)
from .facts import Appointment, Membership, NoticeFacts, Position, Removal
from .notice import RawNotice
from .text import strip_copy_noise

COMPONENTS = ("govkg_script", "govkg_layout", "govkg_document", "govkg_personnel", "govkg_groups", "govkg_holders",
              "govkg_assignments", "govkg_citations", "govkg_printed_script")

for _name, _default in (("meta", None), ("raw", None), ("layout", None), ("document", None), ("facts", None),
                        ("known", None), ("region", None), ("printed", None), ("printed_meta", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _text(doc: Doc) -> str:
    """The notice's raw text (``Doc.text`` rebuilds it from tokens on every access)."""
    if doc._.raw is None:
        doc._.raw = doc.text
    return doc._.raw


def _facts(doc: Doc) -> list:
    if doc._.facts is None:
        doc._.facts = []
    return doc._.facts


@Language.component("govkg_script")
def script_component(doc: Doc) -> Doc:
    """A traditional-script notice is read through a simplified copy of the same length, a rare name's character
    beyond the basic block through a common one."""
    simple = reading_copy(_text(doc))
    if simple is not None:
        doc._.printed = _text(doc)
        doc._.raw = simple
        meta = doc._.meta or {}
        # (the meta's values as printed and as read: a listing item's title, no part of its text, is put back too)
        doc._.printed_meta = [(v, c) for v in meta.values() if isinstance(v, str) and (c := reading_copy(v))
                              and len(c) == len(v)]
        doc._.meta = {k: (reading_copy(v) or v) if isinstance(v, str) else v for k, v in meta.items()}
    return doc


@Language.component("govkg_printed_script")
def printed_script_component(doc: Doc) -> Doc:
    """Values back in the script the notice prints them in (spans are unchanged)."""
    if doc._.printed is not None:
        pairs = doc._.printed_meta or []
        table = PrintedScript(doc._.printed + "".join("\n" + p for p, _ in pairs),
                              doc._.raw + "".join("\n" + c for _, c in pairs))
        doc._.document = restore(doc._.document, table)
        doc._.facts = [restore(f, table) for f in _facts(doc)]
    return doc


@Language.component("govkg_layout")
def layout_component(doc: Doc) -> Doc:
    doc._.layout = find_layout(_text(doc), doc._.meta or {})
    return doc


@Language.component("govkg_document")
def document_component(doc: Doc) -> Doc:
    document = find_document(doc._.layout, doc._.meta or {})
    doc._.document = document
    region, level = region_of(document.issuer)
    doc._.region = (region, level)
    known = {region, region[:-1]} if len(region) > 2 else set()
    doc._.known = frozenset(k for k in known if k)
    return doc


@Language.component("govkg_personnel")
def personnel_component(doc: Doc) -> Doc:
    layout, (region, level) = doc._.layout, doc._.region
    _facts(doc).extend(find_prose_positions(layout, level) + signature_positions(layout, level)
                       + find_news_positions(layout, level) + find_elections(layout, level)
                       + find_body_heads(layout, level) + find_hired_lists(layout, level) + find_header_lists(layout, level)
                       + find_handovers(layout, level)
                       + find_party_groups(layout, level))
    if doc._.document.kind != "personnel" and not is_chronicle(layout):
        acts = find_reported_acts(layout, level)  # a news report of a session's decisions, whatever its kind
        _facts(doc).extend(acts if region else place_bare_heads(layout, acts))
        _facts(doc).extend(task_table_leaders(layout, level))  # 牵头县领导: 副县长 甲某 (a plan's task table)
        return doc  # member tables of groups are read by govkg_groups
    first = find_personnel(layout, doc._.known, level)
    known = doc._.known | {f.post.agency for f in first}
    facts = find_personnel(layout, frozenset(known), level) + positions_from_table(layout, level)
    facts = later_probation(layout, facts)
    facts = [f for f in facts if "的" not in f.post.agency[:4]  # 免去A、B的Y职务 misread as A + "B的Y"
             and not f.post.agency.endswith("为")]  # 甲某乙任丙为Y: glued names misread as 甲某乙 任 "丙为"
    facts = merge_decisions(facts, find_report_removals(layout, level)
                            + find_report_decisions(layout, level)
                            + find_narrated_appointments(layout, level)
                            + listed_postings(layout, level))  # each decision once
    if not region:
        facts = place_bare_heads(layout, facts)  # a report names the government of each decision
    facts = place_units(_text(doc), facts)  # 某委员会下设办公厅，任命甲为办公厅主任
    # a decision names a congress's body with the term it prints (某省十二届人大常委会委员)
    facts = [replace(f, post=with_term(f.post)) if isinstance(f, (Appointment, Removal)) else f for f in facts]
    _facts(doc)[:] = _positions_once(drop_restated(drop_left(_facts(doc), facts) + facts))
    return doc


def _positions_once(facts: list) -> list:
    """Each post a person holds stated once, where two readers of this notice found it (a sentence that sends the
    person on secondment names the posts held, which a holder's reader reads too): the first kept."""
    seen: set[tuple] = set()
    out = []
    for f in facts:
        if isinstance(f, Position):
            key = (f.person, f.post.agency, f.post.title)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


@Language.component("govkg_groups")
def groups_component(doc: Doc) -> Doc:
    _facts(doc).extend(find_groups(doc._.layout, doc._.known, doc._.region[1], doc._.document.issuer))
    return doc


_BARE_BODY = re.compile(r"(?:省|自治区|市|州|盟|县|区|旗|乡|镇)(?:委|人民政府|政府|人大常委会|政协)")


def named_bodies(text: str, facts: list, held: list) -> list:
    """A post another reader gave with a bare body (``市委书记谢兆村`` in a story: ``市委``) is the
    roster's post of the same person and title when the roster prints that body in full before
    the title (``平度市委书记:谢兆村``, ``平度市市长:赵兴绩``, a body ending in the bare one): the bare row gives way to the
    named. A place read off a group's name (``甲市征兵工作领导小组组长、副市长``) is not printed
    with the title, and the bare row stays."""
    fuller = {}
    for f in held:
        agency = f.post.agency  # a government's head printed with its place: 乙市市长
        if agency + f.post.title in text or agency.removesuffix("人民政府") + f.post.title in text:
            fuller.setdefault((f.person, f.post.title), []).append(f.post.agency)
    out = []
    for f in facts:
        if isinstance(f, Position) and _BARE_BODY.fullmatch(f.post.agency):
            names = [a for a in fuller.get((f.person, f.post.title), ())
                     if len(a) > len(f.post.agency) and a.endswith(f.post.agency)]
            if len(set(names)) == 1:
                continue
        out.append(f)
    return out


@Language.component("govkg_holders")
def holders_component(doc: Doc) -> Doc:
    """Office-holders reports and leaders' division of work name with their posts; a post another
    reader gave the person, or a decision of this notice names for them, is not stated twice; a
    "post" in a piece of a sentence or in a working group (a membership) is dropped."""
    text = _text(doc)
    decided = {(f.person, f.post.agency, f.post.title) for f in _facts(doc) if isinstance(f, (Appointment, Removal))}
    members = [f for f in _facts(doc) if isinstance(f, Membership)]
    doc._.facts = [f for f in _facts(doc) if not isinstance(f, Position)
                   or (plausible_post(f.post) and not misread_name(text, f) and not restates_membership(f, members))]
    held = [f for f in find_holders(doc._.layout, doc._.region[1])
            if (f.person, f.post.agency, f.post.title) not in decided and plausible_post(f.post)
            and not restates_membership(f, members)]
    doc._.facts = named_bodies(text, _facts(doc), held)
    said = {(f.person, f.post.title) for f in _facts(doc) if isinstance(f, Position)}
    _facts(doc).extend(f for f in held if (f.person, f.post.title) not in said)
    doc._.facts = council_era(_text(doc), _facts(doc))  # 1954–1967: 省长 of the 省人民委员会
    if not doc._.region[0]:
        doc._.facts = sole_place(_text(doc), _facts(doc))  # 街道办事处主任 in a report on one street
    return doc


@Language.component("govkg_assignments")
def assignments_component(doc: Doc) -> Doc:
    _facts(doc).extend(find_assignments(doc._.layout))
    document = doc._.document  # an untitled page whose facts are tasks allocated to units: a plan
    kind = allocating_kind(document.kind, document.title, _facts(doc), _text(doc))
    if kind != document.kind:
        doc._.document = replace(document, kind=kind)
    return doc


@Language.component("govkg_citations")
def citations_component(doc: Doc) -> Doc:
    _facts(doc).extend(find_citations(_text(doc), doc._.layout))
    return doc


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The pipeline, built by name from ``spacy.blank("zh")`` (character segmentation)."""
    nlp = spacy.blank("zh")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


_WS_RUN = re.compile(r"(\s+)")


def _words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """The tokens spaCy's character segmenter makes of ``text`` (each character; a run of
    whitespace one token; one ASCII space after a character its trailing space), in
    linear time: ``spacy.util.get_words_and_spaces`` copies the rest of the text for
    every character, which is quadratic on a long notice. The text is cut at whitespace
    runs once; the characters between them are tokens as they are."""
    parts = _WS_RUN.split(text)  # text, run, text, run, ..., text
    words, spaces = list(parts[0]), [False] * len(parts[0])
    for k in range(1, len(parts), 2):
        run, chars = parts[k], parts[k + 1]
        if run[0] == " " and words:  # the space after a character
            spaces[-1] = True
            run = run[1:]
        if run:
            words.append(run)
            spaces.append(False)
        words += chars
        spaces += [False] * len(chars)
    return words, spaces


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` for the character-segmented pipeline, in linear time."""
    if len(text) > nlp.max_length:
        return nlp.make_doc(text)  # spaCy's own message (E088)
    words, spaces = _words_and_spaces(text)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _fullwidth(text: str) -> str:
    """The text as matched: ASCII marks typed for full-width ones in Chinese writing read as
    full-width (``任命:`` -> ``任命：``), and the ornaments before a line (📢, ◆) as spaces, in a
    copy of the same length."""
    text = fullwidth_copy(text) or text
    text = letter_zeros(text) or text  # 1996年1O月3O日: a typist's letter O for a zero
    return blank_ornaments(text) or text


def extract(notice: RawNotice, nlp: Language | None = None) -> NoticeFacts:
    """Run the pipeline over one notice and return its facts. Noise a copying site put inside
    words (pinyin notes, filter dots) is removed first; spans point into the text without it.
    Punctuation is read by its role: the text is matched through a copy of the same length
    with full-width marks where ASCII ones were typed for them (values print them full-width)."""
    nlp = nlp or build_nlp()
    text = strip_copy_noise(notice.text)
    doc = make_doc(nlp, text)
    doc._.meta = {k: _fullwidth(strip_copy_noise(v)) for k, v in notice.meta.items()}
    doc._.raw = _fullwidth(text)  # (same length: spans point into ``text`` too)
    doc._.facts = []
    doc._.printed = None
    doc = nlp(doc)
    return NoticeFacts(source=notice.source, index=notice.index, text=text,
                       document=doc._.document, facts=list(doc._.facts), origin=notice.origin)
