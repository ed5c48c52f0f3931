"""What the blind corpora layouts81 and layouts82 found in the facts' readers (helper lfixj2): each class tested on
made-up notices of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import assignments, posts


# a markdown task table whose support column names the kind of body twice: 配合处室（单位） — the bracket a second kind
# of body, the column still the bodies that support (a 牵头处室 column beside it leads)
def test_task_table_support_column_with_a_bracketed_kind_of_body():
    text = ("某省某厅关于印发某项工作方案的通知\n某发〔2019〕5号\n各市州某局：\n现将方案印发给你们，请认真贯彻执行。\n"
            "某省某厅\n2019年3月1日\n某项工作方案\n一、重点任务\n\n"
            "| 序号 | 重点任务 | 牵头处室 | 配合处室（单位） | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 开展档案清理检查 | 厅办公室 | 厅财务处、各市州某局 | 2019年12月 |\n"
            "| 2 | 完善统计报送制度 | 厅规划处 | — | 2020年6月 |\n\n二、保障措施\n加强组织领导。\n")
    got = assignments(text)
    assert ("开展档案清理检查", "lead", "厅办公室") in got
    assert ("开展档案清理检查", "support", "厅财务处") in got
    assert ("开展档案清理检查", "support", "各市州某局") in got
    assert ("完善统计报送制度", "lead", "厅规划处") in got


# a report of a session: 会议任命甲、乙（女，苗族）为X — an aside of sex and nation after the last name of a list,
# its comma no end of the clause: each person takes the post
def test_report_appoints_several_with_an_aside_of_sex_and_nation():
    text = ("某县人大常委会举行第五次会议\n\n　　2015年3月2日，某县第十届人大常委会举行第五次会议。\n"
            "　　根据县人民法院院长的提请，会议任命张明华、李秀兰（女，苗族）为县人民法院审判员；"
            "免去王德才的县人民法院审判委员会委员职务。\n")
    got = posts(text)
    assert ("Appointment", "张明华", "县人民法院", "审判员") in got
    assert ("Appointment", "李秀兰", "县人民法院", "审判员") in got
    assert ("Removal", "王德才", "县人民法院审判委员会", "委员") in got
