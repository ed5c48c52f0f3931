"""Member lists a page ran onto one line: the aside after a name (（女）, （女，蒙古族）, （兼）) in a run of members
glued to their posts, a long name of the northern peoples or a name of a rarer surname between two members' posts,
entries parted by commas; and a group a 联席会议制度's article names by its short name after the article's number."""
from __future__ import annotations

from helpers import notice as run, membership_set as members, position_set as positions


_HEAD = ("某县人民政府办公室关于调整县道路交通安全工作领导小组成员的通知 某政办发〔2011〕7号 各乡镇人民政府，县政府各部门："
         "因人事变动，经县政府同意，对县道路交通安全工作领导小组成员调整如下：")
_TAIL = "领导小组办公室设在县交通局，办公室主任由柏文涛同志兼任。 某县人民政府办公室 2011年3月2日\n"


def test_aside_inside_a_run_of_glued_members():
    nf = run(_HEAD + "组长：柏文涛县政府副县长成员：卢志刚县农业局副局长韦春燕（女）县卫生局副局长"
             "秦海波县质监局副局长（兼）邵明远县教育局副局长" + _TAIL)
    got = positions(nf)
    assert ("韦春燕", "县卫生局", "副局长") in got
    assert ("卢志刚", "县农业局", "副局长") in got
    assert ("秦海波", "县质监局", "副局长") in got
    assert ("邵明远", "县教育局", "副局长") in got
    assert ("县道路交通安全工作领导小组", "韦春燕", "成员") in members(nf)


def test_long_name_between_members_posts_on_one_line():
    nf = run(_HEAD.replace("县", "旗") + "组长：柏文涛　副旗长　成　员：卢志刚　旗财政局局长　韦春燕　旗民政局局长　"
             "巴雅尔图其格（女，蒙古族）　旗国土资源局副局长　秦海波　旗扶贫办主任　" + _TAIL.replace("县", "旗"))
    got = positions(nf)
    assert ("巴雅尔图其格", "旗国土资源局", "副局长") in got
    assert ("韦春燕", "旗民政局", "局长") in got
    assert ("秦海波", "旗扶贫办", "主任") in got


def test_rare_surname_four_character_name_between_members_posts():
    nf = run(_HEAD + "组长：柏文涛　副县长 成　　员：卢志刚　县安全生产监督管理局局长 韦春燕（女）　县市场监督管理局副局长（兼） "
             "秦海波　县公安局副局长 乌兰图雅（女，蒙古族）　县城市管理行政执法局局长 " + _TAIL)
    got = positions(nf)
    assert ("乌兰图雅", "县城市管理行政执法局", "局长") in got
    assert ("秦海波", "县公安局", "副局长") in got


def test_entries_parted_by_commas_rare_surname():
    nf = run(_HEAD + "组长：柏文涛　县人民政府副县长；成员：韦春燕（女）　县旅游局局长，禚海波　县公安局副局长（兼），"
             "卢志刚　县交通局副局长。" + _TAIL)
    got = positions(nf)
    assert ("禚海波", "县公安局", "副局长") in got
    assert ("韦春燕", "县旅游局", "局长") in got


def test_article_number_before_a_joint_meetings_short_name():
    nf = run("某县人民政府办公室关于印发某县食品安全监管联席会议制度的通知\n某政办发〔2014〕9号 各乡镇人民政府，县各有关部门："
             "经县政府同意，决定建立某县食品安全监管联席会议制度。现印发给你们，请认真贯彻执行。 某县人民政府办公室 2014年9月1日 "
             "某县食品安全监管联席会议制度 第一条 为加强部门协作，制定本制度。 第二条 联席会议由副县长柏文涛担任召集人，"
             "县农业委员会主任卢志刚担任副召集人。 第三条 联席会议办公室设在县农业委员会，办公室主任由卢志刚同志兼任。\n")
    got = members(nf)
    assert ("某县食品安全监管联席会议", "柏文涛", "召集人") in got
    assert not any(g.startswith("第") for g, _, _ in got)
