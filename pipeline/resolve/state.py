"""What the store says about its own resolution: whether the identity data matches
the notices (a ``resolved`` flag, written in the same transaction as the identity
data), per government and agency who was named in its posts when (the input of
rename detection, so that a build need not read a whole government's notices),
and a pause hook the crash tests use to stop a build at a named point.
"""
from __future__ import annotations

import os
import sys
import time

from ..namespaces import GOV, ID, digest
from ..store import Store

#: the resolver's bookkeeping: the resolved flag and the agency summaries
STATE_GRAPH = ID["graph/resolver"]
#: reviewer overrides, one node each (see ``overrides``)
OVERRIDES_GRAPH = ID["graph/overrides"]
#: rename events of one government live in their own graph, replaced as a block
RENAMES_PREFIX = str(ID["graph/renames/"])
_FLAG = f"<{STATE_GRAPH}> <{GOV.resolved}> true"


def renames_graph(region: str) -> str:
    return f"{RENAMES_PREFIX}{digest(region)}"


def summary_iri(government: str, agency: str) -> str:
    """The state node that sums up who was named in posts of ``agency`` in ``government``'s notices."""
    return f"{STATE_GRAPH}/agency/{digest(government, agency)}"


def is_resolved(store: Store) -> bool:
    return bool(store.ox.query(f"ASK {{ GRAPH <{STATE_GRAPH}> {{ {_FLAG} }} }}"))


def mark_unresolved(store: Store) -> bool:
    """Clear the resolved flag before notices change; returns whether it was set.
    A build that dies after this leaves a store that says it is unresolved, and
    the next build resolves it in full."""
    was = is_resolved(store)
    if was:
        store.ox.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{ {_FLAG} }} }}")
    return was


def flag_quad():
    """The quad that says the identity data is complete (the resolver writes it with the data)."""
    import pyoxigraph as ox

    return ox.Quad(ox.NamedNode(str(STATE_GRAPH)), ox.NamedNode(str(GOV.resolved)), ox.Literal(True),
                   ox.NamedNode(str(STATE_GRAPH)))


def pause_point(name: str) -> None:
    """Stop here forever when ``GOVKG_PAUSE_AT`` names this point (the kill -9 tests
    wait for the message, then kill the process)."""
    if os.environ.get("GOVKG_PAUSE_AT") == name:
        print(f"govkg: paused at {name}", file=sys.stderr, flush=True)
        while True:
            time.sleep(60)
