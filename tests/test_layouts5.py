"""What the blind corpus layouts5 found (issue 10, helper lfix): notices composed into real page layouts. Each class
is tested on made-up notices of its shape (names, bodies and tasks invented here, not the corpus's)."""
from __future__ import annotations

import pytest

from helpers import assignments

PLAN_HEAD = ("某市人民政府办公室关于印发某市推进某某产业发展重点任务分工的通知\n某政办〔2023〕7号\n"
             "各县（区）人民政府，市直各有关单位：\n现将《某市推进某某产业发展重点任务分工》印发给你们，请认真贯彻落实。\n"
             "某市人民政府办公室\n2023年3月1日\n")


# a task table flattened one cell per line whose 配合 column holds several bodies, one per line: the first body after the
# task is the lead, every body up to the next row's number a support (the last row's too, up to the end)
@pytest.mark.parametrize("table, expected", [
    ("序号\n重点任务\n牵头单位\n配合单位\n1\n建设光伏产业园区\n市工信局\n市发改委\n市商务局\n某区人民政府\n"
     "2\n培育龙头企业\n市商务局\n市科技局\n3\n完善人才支撑体系\n市人社局\n市教育局\n某职业技术学院\n",
     {("建设光伏产业园区", "lead", "市工信局"), ("建设光伏产业园区", "support", "市发改委"),
      ("建设光伏产业园区", "support", "市商务局"), ("建设光伏产业园区", "support", "某区人民政府"),
      ("培育龙头企业", "lead", "市商务局"), ("培育龙头企业", "support", "市科技局"),
      ("完善人才支撑体系", "lead", "市人社局"), ("完善人才支撑体系", "support", "市教育局"),
      ("完善人才支撑体系", "support", "某职业技术学院")}),
    ("序号\n工作任务\n牵头单位\n协办单位\n1\n推进老旧小区改造\n市住建局\n市财政局\n2\n整治城市道路\n市城管局\n市公安局\n"
     "市交通运输局\n市自然资源局\n— 3 —\n",
     {("推进老旧小区改造", "lead", "市住建局"), ("推进老旧小区改造", "support", "市财政局"),
      ("整治城市道路", "lead", "市城管局"), ("整治城市道路", "support", "市公安局"),
      ("整治城市道路", "support", "市交通运输局"), ("整治城市道路", "support", "市自然资源局")}),
    # a deadline column after the 配合 column: the bodies between the lead and the deadline are the supports
    ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n1\n建设冷链物流中心\n市商务局\n市发改委\n市交通运输局\n2023年底\n"
     "2\n培育电商企业\n市商务局\n市市场监管局\n2024年6月\n",
     {("建设冷链物流中心", "lead", "市商务局"), ("建设冷链物流中心", "support", "市发改委"),
      ("建设冷链物流中心", "support", "市交通运输局"), ("培育电商企业", "lead", "市商务局"),
      ("培育电商企业", "support", "市市场监管局")}),
])
def test_a_flattened_table_with_several_bodies_in_a_cell(table, expected):
    assert assignments(PLAN_HEAD + "某市推进某某产业发展重点任务分工\n" + table) == expected
