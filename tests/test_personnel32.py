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
    # 时任 before the posts of a person who leads an event, not signs a paper: a former post, no row
    text = "某委员会调整组成人员\n今年2月11日，时任国务院副总理郑和主持召开全体会议并讲话。\n"
    assert not [r for r in people(text, kinds=(Position,)) if r[1] == "郑和"]


def test_session_decisions_of_a_news_page():
    """A news page listing a session's decisions one per line, ；-closed, in a text not of the personnel kind:
    a committee of the congress named by its place without its level (某地人大…委员会, and its standing
    committee's office after 副秘书长、); a government's committee (市农业委员会); a removal with no 职务 then
    调任 (the new post an appointment); a court named short (市高院) with its adjudication committee and 审判员."""
    text = ("9月14日下午，某地召开人大常委会会议审议并表决通过一批官员的人事任免。\n"
            "当天的官员任免还有：\n"
            "任命周平为某地人大华侨民族宗教事务委员会副主任委员、外事委员会副主任委员；\n"
            "任命吴敏为某市农业委员会主任；\n"
            "免去郑和的某地人大常务委员会副秘书长、办公厅主任，调任某市文化局局长；免去何平的某市文化局局长职务；\n"
            "任命王立为某市高院副院长、审判委员会委员、审判员；\n")
    got = people(text)
    for row in [("appointment", "周平", "某地人大华侨民族宗教事务委员会", "副主任委员"),
                ("appointment", "周平", "某地人大外事委员会", "副主任委员"),
                ("appointment", "吴敏", "某市农业委员会", "主任"),
                ("removal", "郑和", "某地人大常务委员会", "副秘书长"),
                ("removal", "郑和", "某地人大常务委员会办公厅", "主任"),
                ("appointment", "郑和", "某市文化局", "局长"),
                ("appointment", "王立", "某市高院审判委员会", "委员"),
                ("appointment", "王立", "某市高院", "审判员")]:
        assert row in got, row
