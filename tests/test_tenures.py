"""A build compares only the holdings its facts can change (``changed_holdings``) and gets
the changes of comparing every holding of the post."""
import random

from govkg.resolve.tenures import changed_holdings, holdings


def _fact(i, person, event, date, post="post/局长", notice="n1", **more):
    return person, {"fact": f"f{i}", "event": event, "post": post, "title": post.split("/")[1],
                    "date": date, "notice": notice, "mention": f"m{i}", **more}


def _changes(before, after):
    return {k: (before.get(k), after.get(k)) for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def test_a_new_appointment_ends_the_tenure_of_the_holder_before_without_touching_his_facts():
    held = [_fact(1, "甲", "appointment", "2019-03-01"), _fact(2, "乙", "appointment", "2016-01-05"),
            _fact(3, "乙", "removal", "2018-12-01")]
    later = held + [_fact(4, "丙", "appointment", "2022-07-01", notice="n2")]
    before, after = changed_holdings(held, later)
    changes = _changes(before, after)
    assert set(changes) == {("甲", "post/局长"), ("丙", "post/局长")}
    assert changes[("甲", "post/局长")][0].end is None and changes[("甲", "post/局长")][1].end == "2022-07-01"
    assert ("乙", "post/局长") not in before  # (his holding cannot change: not built at all)


def test_a_deputy_post_is_shared_so_a_new_deputy_changes_no_one_else():
    held = [_fact(1, "甲", "appointment", "2019-03-01", post="post/副局长")]
    later = held + [_fact(2, "丙", "appointment", "2022-07-01", post="post/副局长", notice="n2")]
    assert set(_changes(*changed_holdings(held, later))) == {("丙", "post/副局长")}


def _world(rng, n, start=0):
    people = ["甲", "乙", "丙", "丁", "戊"]
    facts = []
    for i in range(start, start + n):
        post = rng.choice(["post/局长", "post/副局长"])
        event = rng.choice(["appointment", "appointment", "removal", "listing"])
        date = f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" if rng.random() > 0.1 else None
        more = {"start": f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}"} if rng.random() < 0.2 else {}
        if rng.random() < 0.1:
            more["probation"] = "P1Y"
        facts.append(_fact(i, rng.choice(people), event, date, post, f"n{rng.randint(0, 20)}", **more))
    return facts


def test_the_changes_are_those_of_comparing_every_holding_on_random_histories():
    rng = random.Random(9704)
    for _ in range(2000):
        before = _world(rng, rng.randint(1, 40))
        rebuilt = {f"n{rng.randint(0, 20)}" for _ in range(rng.randint(0, 3))}
        moved = {f["mention"] for _, f in before if rng.random() < 0.05}  # (now denoting someone else)
        after = [(rng.choice("甲乙丙丁戊") if f["mention"] in moved else p, f)
                 for p, f in before if f["notice"] not in rebuilt] + _world(rng, rng.randint(0, 5), 100)
        every_before, every_after = holdings(before), holdings(after)
        some_before, some_after = changed_holdings(before, after)
        assert _changes(some_before, some_after) == _changes(every_before, every_after)
        assert all(h == every_before[k] for k, h in some_before.items())
        assert all(h == every_after[k] for k, h in some_after.items())
