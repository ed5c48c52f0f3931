"""people39: personnel classes of the thirty-seventh session's real pages (made-up notices only)."""
import pytest

from govkg.facts import Position
from helpers import facts, posts


@pytest.mark.parametrize("gap", [" ", "\u3000"])
def test_bracketed_posts_after_a_space(gap):
    # 甲某 (某区副区长): a list copied with a space before the bracket, at the top of a page cut off above its label
    text = (f"柏运昌{gap}(青山区副区长)\n龙海生{gap}(白石县副县长)\n冉启明{gap}（河口市副市长）\n"
            "领导组下设办公室。\n(一)办公室\n设在市林业局，主任由市林业局副局长向仲伦担任。\n")
    got = posts(text, kind=Position)
    assert ("Position", "柏运昌", "青山区人民政府", "副区长") in got
    assert ("Position", "龙海生", "白石县人民政府", "副县长") in got
    assert ("Position", "冉启明", "河口市人民政府", "副市长") in got
    # 本报讯 (记者 甲某): a news byline in the same shape holds no post
    assert posts("青山区召开林业工作会议\n本报讯 (记者 柏运昌 通讯员 龙海生)\n5月20日，青山区召开林业工作会议。\n",
                 kind=Position) == []


@pytest.mark.parametrize("text, expected", [
    # a court's news: 党组书记、院长甲 after the chair's 由, of the court the report names (as it prints it most)
    ("青山区法院召开审判工作推进会\n5月20日，青山区法院召开审判工作推进会。会议由党组书记、院长柏运昌主持，"
     "副院长龙海生通报了上半年审判工作情况。青山区法院全体干警参加会议。\n",
     {("青山区法院", "党组书记", "柏运昌"), ("青山区法院", "院长", "柏运昌"), ("青山区法院", "副院长", "龙海生")}),
    # a procuratorate's news: 该院党组书记、检察长甲, on a line of its own
    ("白石县人民检察院召开派驻检察室工作会\n近日，白石县人民检察院召开派驻检察室工作会。该院全体党组成员参加了会议。\n"
     "会议上，该院党组书记、检察长冉启明要求全院干警提升派驻检察室建设水平。\n",
     {("白石县人民检察院", "党组书记", "冉启明"), ("白石县人民检察院", "检察长", "冉启明")}),
    # a school's own news, which calls itself 学校: its heads' bare titles, a professor's title after the name
    ("学校召开新一届学术委员会成立大会\n5月20日，学校新一届学术委员会成立大会举行。校长向仲伦教授出席会议。"
     "会议由副校长龙海生教授主持。向仲伦代表学校对新一届委员表示祝贺。\n",
     {("学校", "校长", "向仲伦"), ("学校", "副校长", "龙海生")}),
    # a committee's head, then 校长乙: a committee has no 校长, the school the report is on has
    ("学校召开校务委员会全体会议\n5月20日，校务委员会全体会议举行。第三届校务委员会主任柏运昌、校长冉启明出席会议。"
     "冉启明代表学校向委员致谢。\n",
     {("第三届校务委员会", "主任", "柏运昌"), ("学校", "校长", "冉启明")}),
])
def test_heads_named_by_bare_titles_in_their_bodys_own_news(text, expected):
    got = {(f.post.agency, f.post.title, f.person) for f in facts(text) if isinstance(f, Position)}
    assert expected <= got
    assert not {(a, t, p) for a, t, p in got if p in {e[2] for e in expected}} - expected
