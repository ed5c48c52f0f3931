"""people38: personnel classes of the thirty-sixth session's blind sets (made-up notices only)."""
import pytest

from govkg.facts import Appointment
from helpers import facts, posts

_CITY_HEAD = "青州市人民政府\n关于甲等同志任免职的通知\n青政任〔1997〕14号\n各县人民政府，市府直属各单位：\n    经市人民政府研究决定：\n"
_CITY_FOOT = "青州市人民政府\n一九九七年四月二日\n"


@pytest.mark.parametrize("line, person, agency, title, dates", [
    # 选派某厅甲同志到某局挂职任…: the body alone the person comes from, no post or 干部 before the name
    ("    选派自治区林业厅储海涛同志到市林业局挂职任副局长，挂职时间二年（1997年4月至1999年4月）；\n",
     "储海涛", "市林业局", "副局长", ("1997-04", "1999-04")),
    # 另，选派县某委员会干部甲同志到…: 另 sets the decision off; 委员会干部, not 委员
    ("    另，选派县经济委员会干部柏运昌同志到白石区公所挂职任副区长，挂职时间为一年（1996年6月至1997年6月）。\n",
     "柏运昌", "白石区公所", "副区长", ("1996-06", "1997-06")),
])
def test_seconded_from_a_body_to_another(line, person, agency, title, dates):
    got = [f for f in facts(_CITY_HEAD + "    罗振声任市计划委员会主任；\n" + line + _CITY_FOOT) if isinstance(f, Appointment)]
    seconded = [f for f in got if f.secondment]
    assert [(f.person, f.post.agency, f.post.title) for f in seconded] == [(person, agency, title)]
    assert (seconded[0].start, seconded[0].end) == dates
    assert not any(f.person != person and f.person != "罗振声" for f in facts(_CITY_HEAD + line + _CITY_FOOT))


def test_removal_noted_in_brackets_after_a_post_first_row():
    # 任命：⏎县某局局长　　甲某（免去其县某局副局长职务）: the post left, in brackets after the one taken
    text = ("青州县人民政府关于甲等同志职务任免的通知\n(1996年5月20日青府发〔1996〕27号)  各区公所，县级各部门：\n"
            "  经县人民政府常务会议研究，决定：\n  任命：\n  县计划经济委员会主任　　　　柏运昌\n"
            "  县林业局局长　　　　龙海生（免去其县水利局副局长职务）\n  县政府办公室副主任　　　　　冉启明\n"
            "  免去：\n  向仲伦的县林业局局长职务（退休）；\n青州县人民政府\n一九九六年五月二十日\n")
    got = posts(text)
    assert ("Appointment", "龙海生", "县林业局", "局长") in got
    assert ("Removal", "龙海生", "县水利局", "副局长") in got


def test_removal_with_a_transfer_note():
    # 免去：⏎甲某的县某局副局长职务（调州某局工作）: the note on where they go is no part of the post
    text = ("青州县人民政府关于甲等同志任免职务的通知\n青政任〔1995〕12号\n各乡人民政府：\n    任命：\n"
            "    才仁旦巴为县畜牧局局长；\n    免去：\n    吴德厚的县畜牧局局长职务；\n"
            "    桑周的县民政局副局长职务（调州民政局工作）。\n青州县人民政府\n一九九五年四月二日\n")
    assert ("Removal", "桑周", "县民政局", "副局长") in posts(text)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_resignation_of_a_dotted_name_longer_than_four(script):
    # 会议接受阿某·买某辞去县人民政府副县长职务的请求: a name of another people, with its dot, seven characters
    text = ("青州县人民代表大会常务委员会任免名单\n（2009年6月28日青州县第十五届人民代表大会常务委员会第十次会议通过）\n"
            "    任命：\n    柏运昌为县财政局局长；\n\n    会议接受阿不都·买买提辞去县人民政府副县长职务的请求。\n")
    title = "副县长"
    if script == "traditional":
        text = text.translate(str.maketrans("议务请县长财辞买", "議務請縣長財辭買"))
        title = "副縣長"
    got = posts(text)
    assert any(r[0] == "Removal" and r[1] in ("阿不都·买买提", "阿不都·買買提") and r[3] == title for r in got)


def test_holder_whose_name_ends_in_he_before_the_act():
    # 县人大常委会主任甲某和主持会议: 和 is the name's own last character when the act follows it at once
    text = ("青州县人大常委会举行会议\n　　8月29日，青州县第十七届人民代表大会常务委员会第五次会议召开。"
            "县人大常委会主任龙海和主持会议，副主任柏运昌、高立民及委员共20人出席会议。\n")
    got = posts(text)
    assert ("Position", "龙海和", "县人大常委会", "主任") in got
    assert not any(r[1] == "龙海" for r in got)


def test_labelled_record_run_together_gives_current_posts():
    # 姓名甲某性别男…现任职务X拟任职务Y: a 任前公示 record with its labels glued to the values; the posts held
    # now are positions, the proposed one is no decision
    text = ("中共青州县委组织部干部任前公示公告\n    根据有关规定，现将拟任职干部予以公示：\n"
            "    1.姓名柏运昌性别男出生年月1979.03学历大学现任职务县委办公室副主任拟任职务县委办公室主任\n"
            "    2.姓名龙　海性别男出生年月1981.11学历研究生现任职务白石镇党委副书记、镇长拟任职务白石镇党委书记\n"
            "    3.姓名高立民性别男出生年月1976.01学历大专现任职务县交通运输局党组成员、副局长拟任职务县港口管理局局长（试用期一年）\n"
            "    公示时间：2017年6月3日至6月9日（5个工作日）。\n中共青州县委组织部\n2017年6月2日\n")
    got = posts(text)
    assert ("Position", "柏运昌", "县委办公室", "副主任") in got
    assert ("Position", "龙海", "白石镇党委", "副书记") in got
    assert ("Position", "高立民", "县交通运输局", "副局长") in got
    assert not any(r[0] == "Appointment" or r[3] == "局长" for r in got)


def test_leader_field_names_a_holder_of_another_people():
    # 责任领导：副乡长甲某某某；: a task field's one holder, a four-character name of another people
    text = ("白石乡人民政府关于印发2013年春季草原防火工作方案的通知\n白政发〔2013〕8号\n各村委会，乡属各单位：\n"
            "为做好2013年春季草原防火工作，特制定本方案。\n一、工作任务\n"
            "（三）组建扑火应急队伍。牵头单位：乡武装部；配合单位：各村委会；责任领导：副乡长扎西才让；时限：3月底前。\n"
            "白石乡人民政府\n2013年2月20日\n")
    assert any(r[:2] == ("Position", "扎西才让") and r[3] == "副乡长" for r in posts(text))


_BUREAU_HEAD = ("青州市水利局关于印发《青州市2019年河道整治责任清单》的通知\n青水发〔2019〕58号\n各县区水利局，局属各单位：\n"
                "    现将《青州市2019年河道整治责任清单》印发给你们，请认真贯彻落实。\n    附件：青州市2019年河道整治责任清单\n"
                "青州市水利局\n2019年4月12日\n")


def test_comma_separated_task_table_leader_glued_before_a_bare_title():
    # 序号,工作任务,…,责任领导,完成时限 ⏎ 1,…,"甲单位,乙单位",甲某副局长,…: an exported table's rows, a quoted cell
    # with a line break; a bare head's title of the issuing bureau is the bureau's
    text = _BUREAU_HEAD + ("青州市2019年河道整治责任清单,,,,,\n序号,工作任务,牵头科室,配合单位,责任领导,完成时限\n"
                           "1,开展河道清障,河湖管理科,\"市水政监察支队,各县区水利局\",柏运昌副局长,2019年6月30日前\n"
                           "2,开展采砂清查,,市水政监察支队,,2019年6月30日前\n"
                           "3,开展堤防加固,工程建设科,\"市水利工程管理中心\n各县区水利局\",龙海生副局长,2019年9月30日前\n")
    got = posts(text)
    assert ("Position", "柏运昌", "青州市水利局", "副局长") in got
    assert ("Position", "龙海生", "青州市水利局", "副局长") in got


def test_task_table_printed_a_cell_a_line_title_over_name():
    # a PDF's table copied a cell a line: under 责任领导, a bare title's line and the name's line below it
    text = _BUREAU_HEAD + ("青州市2019年河道整治重点任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n责任领导\n完成时限\n"
                           "1\n完成河道清障\n任务\n河湖管理\n科\n水政监察支队\n副局长\n柏运昌\n2019年10月\n底前\n"
                           "2\n建立河道管护机\n制\n各县区水利局\n/\n副局长\n龙海生\n长期\n")
    got = posts(text)
    assert ("Position", "柏运昌", "青州市水利局", "副局长") in got
    assert ("Position", "龙海生", "青州市水利局", "副局长") in got


def test_post_with_a_note_that_the_deputy_runs_the_body():
    # 州审计局副局长（主持工作）: the note is no part of the post; the member's post still read
    text = ("青州市人民政府办公室关于成立青州市河道整治工作领导小组的通知\n青政办〔2011〕63号\n各县人民政府，州直各部门：\n"
            "    为加强对河道整治工作的领导，州人民政府决定成立青州市河道整治工作领导小组，其组成人员如下：\n"
            "组　长：\t州委常委、常务副州长\t柏运昌\n成　员：\t州财政局局长\t高立民\n"
            "\t州审计局副局长（主持工作）\t冉启明\n青州市人民政府办公室\n2011年5月12日\n")
    assert ("Position", "冉启明", "州审计局", "副局长") in posts(text)
    # a member list copied onto one line, the note closing a run of posts and names: no post made of the run
    run = ("青州县人民政府办公室关于成立青州县食品安全委员会的通知\n青政办〔2012〕47号\n各乡镇人民政府：\n"
           "    经县政府研究，决定成立青州县食品安全委员会，组成人员如下： 主　任：柏运昌 副县长 委　员：龙海生 "
           "县卫生局局长 高立民 县农委主任 冉启明（女） 县工商局副局长（主持工作） 今后委员会组成人员如有变动，由成员单位"
           "接任领导自然替补，不再另行发文。\n青州县人民政府办公室\n2012年5月12日\n")
    assert not any("局长" in r[2] or "主任" in r[2] for r in posts(run))
