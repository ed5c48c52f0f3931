"""Store helpers: emptying large graphs."""
from __future__ import annotations


def test_remove_graphs_empties_and_drops_only_those_graphs_in_steps(tmp_path, monkeypatch):
    import pyoxigraph as ox

    from govkg import store as store_module
    from govkg.store import Store, remove_graphs

    monkeypatch.setattr(store_module, "REMOVE_STEP", 2)
    s = Store(tmp_path / "s")
    a, b = ox.NamedNode("urn:g:a"), ox.NamedNode("urn:g:b")
    s.ox.extend([ox.Quad(ox.NamedNode(f"urn:s:{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)), g)
                 for g in (a, b) for i in range(7)])
    remove_graphs(s.ox, ["urn:g:a"])
    assert not list(s.ox.quads_for_pattern(None, None, None, a)) and "urn:g:a" not in s.graphs()
    assert len(list(s.ox.quads_for_pattern(None, None, None, b))) == 7
