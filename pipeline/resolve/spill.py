"""What a full resolution reads of the store, in one scan of each notice graph, kept on disk.

A full resolution reads every mention of every name and every fact of every post. Read by
lookups from a name or a post, that is a dozen index lookups a mention (most of a full
resolution's time at 10k notices); read whole, a notice graph is one scan. The resolver wants
the mentions by name (its slices, whole names at a time) and the facts by post (the tenures),
neither of which is the order of the notices, so what the scan finds waits in a temporary
SQLite file, sorted there: memory stays flat in the size of the store. The file lives in a
folder of its own inside the store's folder (on the store's disk, which has room for the store:
a system temp folder may be a RAM disk), and goes when the resolution ends; one a killed build
left behind goes at the next full resolution (a build holds the store's lock, so no other is
reading it).
"""
from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import tempfile
from pathlib import Path
from itertools import groupby
from typing import Iterable, Iterator

import pyoxigraph as ox

from .people import Mention
from .read import Reader
from .spelling import key as script_key

#: the start of a spill folder's name (``tempfile`` adds a unique tail)
PREFIX = "govkg-resolve-"
_SCHEMA = """
CREATE TABLE mentions (name TEXT, region TEXT, date TEXT, notice TEXT, iri TEXT, mention BLOB);
CREATE TABLE facts (post TEXT, mention TEXT, fact BLOB);
CREATE TABLE people (mention TEXT PRIMARY KEY, person TEXT);
"""


class Spill:
    """Every mention and post fact of the store's notices, read in one scan of each notice graph
    (``Reader.scan``) into a file in ``directory`` (the store's folder; None: the system's temp
    folder); then the mentions name by name (``names``), the people they were found to denote
    (``denote``), and each post's facts with those people (``post_facts``)."""

    def __init__(self, reader: Reader, directory: str | os.PathLike | None = None):
        if directory is not None:
            for stale in Path(directory).glob(PREFIX + "*"):  # (left by a build killed while resolving)
                shutil.rmtree(stale, ignore_errors=True)
        self._dir = tempfile.TemporaryDirectory(prefix=PREFIX, dir=directory)
        self.db = sqlite3.connect(os.path.join(self._dir.name, "spill.sqlite"))
        self.db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        for g in reader.notice_graphs():
            node = ox.NamedNode(g)
            mentions, facts = reader.scan(node)
            region = script_key(reader.region(node))
            self.db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", (
                (script_key(m.name), region, m.date, m.notice, m.iri, pickle.dumps(m, pickle.HIGHEST_PROTOCOL))
                for m in mentions))
            self.db.executemany("INSERT INTO facts VALUES (?, ?, ?)", (
                (post, mention, pickle.dumps(f, pickle.HIGHEST_PROTOCOL)) for post, mention, f in facts))
        self.db.executescript("CREATE INDEX mentions_by_name ON mentions (name, region, date, notice, iri);"
                              "CREATE INDEX facts_by_post ON facts (post);")
        self.db.commit()

    def names(self) -> Iterator[tuple[str, int, list[Mention]]]:
        """(name key, number of governments, its mentions) for every name in order: the mentions of
        each government's block together, blocks by government, each in (date, notice, IRI) order —
        the order of ``Reader.block`` over ``Reader.regions_of``."""
        rows = self.db.execute("SELECT name, region, mention FROM mentions ORDER BY name, region, date, notice, iri")
        for name, group in groupby(rows, key=lambda r: r[0]):
            mentions, regions = [], set()
            for _, region, blob in group:
                regions.add(region)
                mentions.append(pickle.loads(blob))
            yield name, len(regions), mentions

    def denote(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Note that each mention denotes the person (a mention decided twice, under two names it carries,
        keeps the person the identity graph gives first: the lower IRI)."""
        self.db.executemany(
            "INSERT INTO people VALUES (?, ?) ON CONFLICT (mention) DO UPDATE SET person = "
            "CASE WHEN '<' || excluded.person || '>' < '<' || person || '>' THEN excluded.person ELSE person END",
            pairs)

    def post_facts(self, posts: Iterable[str]) -> Iterator[tuple[str, list[tuple[str, dict]]]]:
        """(post, [(person, fact)]) for each of ``posts`` in the order given: its appointments, removals and
        listings whose mention denotes someone (as ``Reader.post_facts`` reads them after the identity graph
        is written)."""
        for post in posts:
            rows = self.db.execute("SELECT people.person, facts.fact FROM facts JOIN people USING (mention) "
                                   "WHERE facts.post = ?", (post,))
            yield post, [(person, pickle.loads(blob)) for person, blob in rows]

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
