"""Document rows of real notices (session 18, docs25). Every text is made up.

- A hijacked mirror prints a search keyword of its own (某某论坛视频) where the copied story's headline was: a line that
  shares no two-character word and few characters with the story under it is not the page's title; a story's real
  headline (its subject named again in the story), and a chronicle's genre title (某年政务大事记, its characters in the
  entries), still are."""
from __future__ import annotations

from helpers import document

_STORY = ("  来源:北方周刊 \n\n"
          "  地方国企负责人调整在持续,3月2日,某省国资委官网发布消息,6家省属企业9名领导人员职务任免。\n\n"
          "  分别是甲乙丙任青川能源集团董事长,丁戊己任江屿交通投资集团董事长;庚辛任云岭医药集团党委副书记、董事,"
          "提名为集团总经理人选。\n\n"
          "  上述人事调整,是今年以来省属企业主要领导密集调整的缩影。据北方周刊不完全统计,今年以来至少已有十余家省属企业"
          "调整了董事长或总经理。\n\n"
          "  从领域看,能源类与交通类企业主要领导调整数量最多,两者合计至少六家。具体而言,能源方面,青川能源集团总经理"
          "壬癸升任董事长;交通方面,江屿交通投资集团副总经理子丑升任总经理。\n\n"
          "  与上述二人在集团内部升任不同,云岭医药集团总经理寅卯,跨企业任青川能源集团总经理。\n")


def test_mirror_keyword_over_a_copied_story_is_no_title():
    doc = document("首页\n\n海岛垂钓直播平台\n\n时间:2031-04-03 10:20:31 作者:某地启动防汛四级响应 浏览量:5123\n\n" + _STORY)
    assert not doc.title and not doc.number


def test_story_headline_that_names_its_subject_stays():
    doc = document("首页\n\n省属企业负责人密集调整\n\n时间:2031-04-03 10:20:31 作者:北方周刊 浏览量:5123\n\n" + _STORY)
    assert doc.title == "省属企业负责人密集调整"


def test_chronicle_genre_title_stays():
    entries = "".join(f"  {d}日,某市{w}在市区举行大会,市领导出席并讲话,各区代表参加,会议部署了下一阶段的事务。\n\n"
                      for d, w in zip(range(1, 12), ["教育局", "文化馆", "科协", "农业局", "妇联", "团市委", "工商联",
                                                     "体育局", "档案馆", "民政局", "卫生局"]))
    doc = document("某市人民政府\n\n2031年政务大事记(三)\n来源:某市人民政府办公室 作者: 发布时间:2032-01-05 10:00:00\n\n"
                   "  5月\n\n" + entries)
    assert doc.title == "2031年政务大事记(三)"


# - An untitled news report that a government engaged named counsellors or advisers (某区政府聘任甲某等12人为区政府参事 /
#   向其颁发了聘书 / 甲律师受聘为区政府法律顾问) reports a personnel act: kind personnel. Certificates handed to a new
#   body's members (向各委员颁发了聘任书) set the body up: no personnel act.

def test_report_of_counsellors_engaged_is_personnel():
    doc = document("5月9日上午,临川市江北区人民政府召开区政府法律顾问聘任会,会议由区司法局局长主持,副区长出席并讲话。"
                   "会上,对本次聘任的区政府法律顾问颁发了聘书,本所主任甲乙丙律师和合伙人丁戊己律师受聘为区政府法律顾问。\n"
                   "推进依法行政,建设法治政府,是一项长期任务。本所自成立以来,始终致力于为法治政府建设贡献力量。\n")
    assert doc.kind == "personnel"


def test_report_of_government_counsellors_named_is_personnel():
    doc = document("8月3日,青州市人民政府举行市政府参事聘任仪式暨座谈会。经过研究决定,市政府聘任某大学教授甲乙丙等15人为"
                   "市政府参事,聘期为5年。市长向市政府参事颁发聘任证书,并进行了座谈。\n"
                   "座谈会上,新聘任的政府参事围绕产业发展、城市建设等问题提出了意见和建议。\n")
    assert doc.kind == "personnel"


def test_certificates_to_a_new_bodys_members_are_no_appointment():
    doc = document("6月2日下午,某某街道召开“联合党委”成立大会,街道党工委班子成员及驻地单位领导参加。\n"
                   "会上宣读了《成立“联合党委”的决定》,向各“联合党委”委员颁发了聘任书,同时审议通过了例会、督查两项工作制度。\n")
    assert doc.kind == "notice"


# - An untitled news report of a change at the top: 甲同志不再兼任某市委书记职务；乙同志代理某市委书记职务 (the
#   verbs 不再兼任 and 代理…职务, not only 不再担任): kind personnel. A report whose biographies give birth years and
#   years of joining work (生于1961年, 1983年8月参加工作) narrates no history of decades: its moves make it personnel.

def test_report_of_a_secretary_no_longer_holding_and_an_acting_one_is_personnel():
    doc = document("日前,上级党委决定:对某某市委主要负责同志职务进行了调整。甲乙丙同志不再兼任某某市委书记、常委、委员职务;"
                   "某某市委副书记、市长丁戊己同志代理某某市委书记职务。\n"
                   "   3月2日,某某市召开领导干部会议,宣布了上述决定,称这次调整是从大局出发、根据工作需要慎重研究决定的。\n"
                   "   据悉,甲乙丙同志将另有任用。\n")
    assert doc.kind == "personnel"


def test_biography_years_do_not_make_a_report_a_history():
    doc = document("【某某网讯】某市近日连番人事调整。连日来,人事变动的消息不断:20日,某区召开干部大会,原常务副部长甲乙丙"
                   "任某区委书记。此前一天,原宣传部部长丁戊己调任某县县委书记,原县委书记庚辛不再兼任,改任市政府秘书长。\n"
                   "甲乙丙生于1962年,1984年8月参加工作,曾任某县县长。丁戊己1966年出生,1988年入党。\n"
                   "今年4月,壬癸调任某市委常委、副书记。2019年以来,该市已有多名区县主要负责人调整,2021年、2022年也有调整。\n")
    assert doc.kind == "personnel"
