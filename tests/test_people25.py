"""people25: personnel classes of news reports of changes (made-up text only)."""
from helpers import posts

_LEAD = "2019年3月5日下午，某医院领导班子调整宣布会举行。"


def test_predecessor_removal_after_comma_without_zhiwu():
    # 甲同志任X，乙同志（因…）不再担任X: the predecessor's removal, printed without 职务
    got = posts(_LEAD + "市委组织部副部长李红宣读了市委决定：张文同志任某市第一人民医院院长，"
                        "赵明同志因年龄原因不再担任某市第一人民医院院长。")
    assert ("Appointment", "张文", "某市第一人民医院", "院长") in got
    assert ("Removal", "赵明", "某市第一人民医院", "院长") in got


def test_predecessor_removal_after_comma_with_zhiwu():
    got = posts(_LEAD + "宣读了集团决定：孙亮同志任某航运公司总经理，钱伟同志不再担任某航运公司总经理职务。")
    assert ("Appointment", "孙亮", "某航运公司", "总经理") in got
    assert ("Removal", "钱伟", "某航运公司", "总经理") in got


def test_no_longer_holds_with_bare_ren():
    # 甲同志不再任X: a removal like 不再担任 (不再任命 is not one)
    got = posts("2021年5月8日，某县人民医院召开干部大会宣布领导班子调整。县卫健局局长周平宣读任免决定："
                "马强同志不再任某县人民医院党委书记；林海同志任某县人民医院党委书记。")
    assert ("Removal", "马强", "某县人民医院", "党委书记") in got
    assert ("Appointment", "林海", "某县人民医院", "党委书记") in got
    assert not [r for r in got if r[0] == "Removal" and r[1] != "马强"]


def test_no_post_begins_inside_ren_ming():
    # 向新任命区人民政府副区长、代理区长甲颁发任命书: 任命 is one word, no body 命区人民政府
    got = posts("某区人大常委会召开会议，决定任命吴明为区人民政府副区长、代理区长。区人大常委会主任毛平向新任命"
                "区人民政府副区长、代理区长吴明颁发任命书。")
    assert not [r for r in got if r[2].startswith("命")]
    assert ("Position", "毛平", "区人大常委会", "主任") in got
