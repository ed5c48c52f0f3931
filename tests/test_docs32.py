"""Page-level classes of the thirty-second session (blind layouts96 and the sets written in this session). Every
text is made up.

- A blog's tag page: each post under its day header (2031年3月25日 星期五), the notice's title boxed as the post's
  heading (【某县人民政府关于…的通知】), the notice run on one line under it.
- A page's path labelled 目前位置 (not 当前位置), its steps set apart by slashes, is no title, in either script.
"""
from __future__ import annotations

from helpers import document, read_notices


def test_blog_posts_under_day_headers_with_boxed_titles(tmp_path):
    text = ("某县风物\n标签：某政任 某政办发\n\n"
            "2031年3月25日 星期五\n【某县人民政府关于甲乙等同志任职的通知】\n资料时间:2031.3.22\n"
            "某县人民政府关于甲乙等同志任职的通知 某政任〔2031〕5号 各乡（镇）人民政府，县直各部门：经县人民政府研究决定："
            "甲乙同志任县教育局局长；丙丁同志任县卫生局副局长。特此通知。 某县人民政府 2031年3月22日\n"
            "张贴者：某某 於 下午3:12　　0 則留言\n\n"
            "2031年5月9日 星期一\n【某县人民政府办公室关于成立某县技能培训工作专班的通知】\n资料时间:2031.5.6\n"
            "某县人民政府办公室关于成立某县技能培训工作专班的通知 某政办发〔2031〕19号 各乡（镇）人民政府，县直各部门："
            "决定成立某县技能培训工作专班。组成人员如下：专班长：戊己　县人民政府副县长；成员：庚辛　县农牧局副局长。"
            " 某县人民政府办公室 2031年5月6日\n张贴者：某某 於 上午10:40　　0 則留言\n\n較舊的文章　　首頁\n")
    found = read_notices(tmp_path, text)
    assert [n.meta.get("published") for n in found] == ["2031-03-25", "2031-05-09"]
    assert [document(n.text).number for n in found] == ["某政任〔2031〕5号", "某政办发〔2031〕19号"]


_MEASURES = ("\n\n某省某局关于印发《某省电力需求管理实施办法》的通知\n\n某能源运行〔2031〕86号\n\n各市（州）能源主管部门：\n\n"
             "　　现将《某省电力需求管理实施办法》印发给你们，请遵照执行。\n\n某省某局\n\n2031年6月23日\n")


def test_path_labelled_as_present_position_is_no_title():
    doc = document("目前位置: 首页 / 政策法规 / 地方法规 / 某省某局关于印发《某省电力需求管理实施办法》的通知" + _MEASURES)
    assert doc.title == "某省某局关于印发《某省电力需求管理实施办法》的通知"
    assert doc.number == "某能源运行〔2031〕86号"


def test_path_labelled_as_present_position_in_traditional_script():
    doc = document("目前位置: 首頁 / 政策法規 / 某省某局關於印發《某省電力需求管理實施辦法》的通知\n\n"
                   "某省某局關於印發《某省電力需求管理實施辦法》的通知\n\n某能源運行〔2031〕86號\n\n各市（州）能源主管部門：\n\n"
                   "　　現將《某省電力需求管理實施辦法》印發給你們，請遵照執行。\n\n某省某局\n\n2031年6月23日\n")
    assert doc.title == "某省某局關於印發《某省電力需求管理實施辦法》的通知"
