"""What the blind corpora layouts73 and layouts74 still lost (helper lfixg): each class tested on made-up notices
of its shape (names and bodies invented here, not the corpus's)."""
from __future__ import annotations

from helpers import document, members, positions

_HEAD = ("某县人民政府办公室关于建立某县物流发展联席会议制度的通知\n某政办发〔2016〕12号\n各乡镇人民政府，县直各部门：\n"
         "经县人民政府同意，建立某县物流发展联席会议制度。联席会议由以下人员组成：\n")
_TAIL = "联席会议办公室设在县发展改革局。\n某县人民政府办公室\n2016年5月9日\n"


# a member run on one line, each name then its post, parted by spaces, most of its names of surnames the lexicon
# lacks (亢, 禤): each three-character name read where its post is the whole next word
def test_name_post_run_mostly_rare_surnames():
    text = _HEAD + ("召集人：王建国 副县长\n成员：亢志远 县发展改革局局长 李红梅（女，壮族） 县公安局副局长 "
                    "禤文斌 县交通运输局副局长\n") + _TAIL
    got = positions(text)
    assert ("亢志远", "县发展改革局", "局长") in got
    assert ("李红梅", "县公安局", "副局长") in got
    assert ("禤文斌", "县交通运输局", "副局长") in got
    assert not [p for p in got if len(p[1]) > 12]  # (no post swallowing the run)
    names = {p for _, p, r in members(text) if r == "成员"}
    assert {"亢志远", "李红梅", "禤文斌"} <= names


# a model-text site's label before the document's title on its page: 【简介】:某厅关于…的通知
def test_intro_label_before_title():
    text = ("【简介】:某省农业厅关于张立新等同志职务任免的通知\n\n某省农业厅关于张立新等同志职务任免的通知\n\n"
            "某农人〔2013〕7号\n\n厅机关各处室、各直属单位：\n经厅党组研究决定：\n张立新同志任厅种植业管理处处长；\n"
            "免去刘文华同志的厅科技教育处副处长职务。\n\n某省农业厅\n二〇一三年三月五日\n")
    assert document(text).title == "某省农业厅关于张立新等同志职务任免的通知"
