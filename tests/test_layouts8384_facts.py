"""Made-up notices for the classes of layouts83/84: a personnel table's aside, pinyin gloss and concurrent post
in one cell; a court president who explains a motion, of a rarer surname."""
from govkg.build import build
from govkg.export import fact_rows
from govkg.store import Store


def _facts(tmp_path, text, name="n.txt"):
    d = tmp_path / "in"
    d.mkdir()
    (d / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "store")
    build([d], store, jobs=1)
    return [(r["type"], r.get("person"), r.get("agency"), r.get("title")) for r in fact_rows(store)]


def test_table_aside_gloss_and_concurrent_post(tmp_path):
    text = ("某省某厅关于甲乙等同志职务任免的通知\n\n經廳黨組研究決定,任命以下同志職務(wù):\n\n"
            "| 姓名 | 任職 | 備註 |\n|---|---|---|\n"
            "| 聞人芳(女) | 廳水產處(chù)副處長 | 試用期一年 |\n"
            "| 甯志強 | 廳規劃處處長,兼任廳統計處處長 | |\n\n某省某厅\n2020年3月1日\n")
    facts = _facts(tmp_path, text)
    assert ("appointment", "聞人芳", "廳水產處", "副處長") in facts
    assert ("appointment", "甯志強", "廳規劃處", "處長") in facts
    assert ("appointment", "甯志強", "廳統計處", "處長") in facts


def test_motion_explained_by_a_rare_surname(tmp_path):
    text = ("某县人大常委会举行会议\n\n2012年5月2日，某县人大常委会举行会议。县人大常委会主任王明主持会议，"
            "县人民法院院长保文华就提请任免的法院工作人员作了说明。会议决定：任命李强为县人民法院副院长。\n")
    facts = _facts(tmp_path, text)
    assert ("position", "保文华", "县人民法院", "院长") in facts


def test_support_body_wrapped_before_its_last_character(tmp_path):
    text = ("某区人民政府办公室关于印发某区环境整治工作任务分解方案的通知\n\n某政办发〔2016〕3号\n\n"
            "一、重点任务\n1.整治沿街广告牌匾。\n牵头单位：区城管局\n协办单位：区商务局、区市场监管局、各镇人民政\n府\n"
            "2.整治河道垃圾。\n牵头单位：区水务局\n")
    facts = [(r["type"], r.get("agency"), r.get("role")) for r in _rows(tmp_path, text)]
    assert ("assignment", "各镇人民政府", "support") in facts
    assert ("assignment", "各镇人民政", "support") not in facts


def _rows(tmp_path, text, name="n.txt"):
    d = tmp_path / "in"
    d.mkdir()
    (d / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "store")
    build([d], store, jobs=1)
    return list(fact_rows(store))


def test_rare_surnames_in_a_crawled_member_list_on_one_line(tmp_path):
    text = ("某区人民政府办公室关于成立某区防汛工作领导小组的通知\n\n某府办〔2017〕9号\n\n各乡镇人民政府：\n"
            "为加强领导，区政府决定成立某区防汛工作领导小组，组成人员如下： 组　长：王明　区长 "
            "副组长：李强　区政府副区长 成　员：琚文光　区水务局局长 　　　　蹇丽（女）　区财政局副局长 "
            "　　　　张华　区气象局局长\n")
    facts = [(r["type"], r.get("person"), r.get("agency"), r.get("title")) for r in _rows(tmp_path, text)]
    assert ("position", "琚文光", "区水务局", "局长") in facts
    assert ("position", "蹇丽", "区财政局", "副局长") in facts
