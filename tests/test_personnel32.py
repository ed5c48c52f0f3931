"""Personnel facts of news reports: a hiring ceremony's report that lists those newly hired to a
government's post and those kept on (续聘), the post named with its body only in the ceremony's name
after the report's verb of holding it. Each case is a short made-up report in the general form."""
from __future__ import annotations

from govkg.facts import Appointment, Position, Removal
from govkg.nlp import extract
from govkg.notice import RawNotice

_KIND = {Appointment: "appointment", Removal: "removal", Position: "position"}


def people(text: str, kinds=(Appointment, Removal)) -> list[tuple[str, str, str, str]]:
    nf = extract(RawNotice(source="inline.txt", index=0, text=text, meta={}))
    return sorted((_KIND[type(f)], f.person, f.post.agency, f.post.title) for f in nf.facts if type(f) in kinds)


def test_new_and_kept_counsellors_of_a_ceremony():
    """分别为 before the list of the new ones; ，续聘参事为 one more kept on; the body from the ceremony
    the report says the government held (举行市政府参事聘任仪式), not the words before 举行."""
    text = ("某市长为新聘和续聘的参事颁发聘书\n\n"
            "  某市政府昨天举行市政府参事聘任仪式，市长甲某为新聘和续聘的4位市政府参事颁发聘书并讲话。\n\n"
            "  副市长乙某宣读了市政府关于新聘、续聘参事的决定。此次新聘参事分别为周平、吴敏、郑和，续聘参事为何平。"
            "主要来自经济、卫生等领域。\n")
    got = [r for r in people(text) if r[0] == "appointment"]
    assert got == sorted(("appointment", n, "市人民政府", "参事") for n in ("周平", "吴敏", "郑和", "何平"))


def test_traditional_script_report():
    """The same report in traditional script: 舉行, 參事, 分別為, 續聘."""
    text = ("某市長為新聘和續聘的參事頒發聘書\n\n"
            "  某市政府昨天舉行市政府參事聘任儀式，市長甲某為新聘和續聘的3位市政府參事頒發聘書並講話。\n\n"
            "  此次新聘參事分別為周平、吳敏，續聘參事為何平。主要來自經濟、衛生等領域。\n")
    got = [r for r in people(text) if r[0] == "appointment"]
    assert got == sorted(("appointment", n, "市人民政府", "參事") for n in ("周平", "吳敏", "何平"))


def test_certificates_quoted_in_a_story():
    """A story quoting old appointment certificates (任命书): the number the certificate prints before its
    text (…字第1580号任命甲为…) opens the decision; the signer named after 由时任 with their posts, an epithet
    (抗日名将) between the posts and the name, then 签发, holds those posts."""
    text = ("7月20日,两份由时任某省人民政府主席、省长、抗日名将周平签发的任命书在某县发现。"
            "第一件内容是:“兹經本府第一三四次行政會議通过,任命吴敏为某縣人民政府稅務局副局長。特此通知。”"
            "第二件正文为 “某省人民政府委員會字第1580号任命吴敏为某縣人民政府稅務局局長。”\n")
    got = people(text, kinds=(Appointment, Position))
    assert ("appointment", "吴敏", "某縣人民政府稅務局", "局長") in got
    assert ("appointment", "吴敏", "某縣人民政府稅務局", "副局長") in got
    assert ("position", "周平", "某省人民政府", "主席") in got
    assert ("position", "周平", "某省人民政府", "省长") in got
