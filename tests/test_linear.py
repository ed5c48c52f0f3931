"""Extraction time grows linearly with the text: crafted runs that used to make
regexes or loops quadratic (long runs without punctuation, of 、, of spaces, of
digits, repeated labels, thousands of groups or probation clauses) are fed through
``govkg.nlp.extract`` at 1k, 10k and 100k characters, and the time ratios must
stay near 10x per step (a quadratic pattern gives ~100x)."""
from __future__ import annotations

import random
import time

import pytest

from govkg.nlp import build_nlp, extract
from govkg.notice import RawNotice

_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
_GROUP = "关于成立领导小组的通知\n"
_PERSONNEL = "关于张三等同志职务任免的通知\n"


def _cjk(n: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice(_HAN) for _ in range(n))


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


#: name -> text of about n characters
CRAFTED = {
    "CJK without punctuation": lambda n: _GROUP + _cjk(n),
    "a run of 、": lambda n: _GROUP + "组长" + "、" * n,
    "a run of spaces in a person block": lambda n: _PERSONNEL + "张三" + " " * n + "张三",
    "a run of ideographic spaces": lambda n: "关于印发方案的通知\n" + "\u3000" * n + "一",
    "a run of digits": lambda n: _GROUP + "1" * n,
    "repeated 任命…为": lambda n: _PERSONNEL + _repeat("任命张三为", n),
    "repeated 组长：": lambda n: _GROUP + _repeat("组长：", n),
    "role verbs in one clause": lambda n: _GROUP + _repeat("张三任组长的", n),
    "clauses without a subject": lambda n: _GROUP + "张三任某领导小组组长" + _repeat("，并任某领导小组组长，任小组", n),
    "repeated 增补…为 without punctuation": lambda n: _GROUP + _repeat("增补张三同志为某领导小组办公室", n),
    "a lead sentence whose group holds a meeting": lambda n: _GROUP + _repeat("，某某专班在某某某某某某某某", n) + "召开会议。专班主任张三强调。",
    "a counted role in every clause": lambda n: _GROUP + "成立某某领导小组。组长为李四" + _repeat(
        "，副组长2人，分别是：市长张三、李四", n),
    "a glued task table's rows that never close": lambda n: ("关于印发实施方案的通知\n序号工作任务牵头单位配合单位完成时限1"
                                                             + _repeat("加强管理工作2项市财政局", n)),
    "a group named on every line": lambda n: _GROUP + "".join(f"成立第{i}号领导小组\n" for i in range(n // 10)),
    "an alias on every line": lambda n: _GROUP + "".join(
        f"成立{_cjk(4, i)}领导小组（以下简称{_cjk(3, -i)}）\n" for i in range(n // 20)),
    "probation after every appointment": lambda n: _PERSONNEL + "".join(
        f"任命张{_cjk(1, i)}为市财政局局长\n上述同志试用期一年\n" for i in range(n // 22)),
    "an open bracket of note words": lambda n: _PERSONNEL + "张三任市财政局局长（" + "级" * n,
    "a decision line whose last cell is no name": lambda n: _PERSONNEL + "任" + _cjk(n) + "　" + "某" * 8,
    "a citation on every line": lambda n: "关于印发方案的通知\n" + "".join(
        f"《{_cjk(6, i)}》（国发〔2023〕{i % 999}号）\n国发〔2022〕{i % 999}号\n" for i in range(n // 30)),
    "a page's number and a run of spaces": lambda n: _GROUP + "— 2 —" + " " * n + "某\n·3·" + "\u3000" * n + "某某",
    "a page's number and head over every page": lambda n: _GROUP + "".join(
        f"{_cjk(30, i)}\n— {i % 999} —\n某市人民政府公报　2024年第{i % 99}期\n" for i in range(n // 60)),
    "a viewer's number before every line": lambda n: "".join(f"{i}|{_cjk(16, i)}\n" for i in range(1, n // 20)),
    "a number and a run of spaces on every line": lambda n: "".join(
        f"{i}" + " " * 200 + "|\n" for i in range(1, n // 200)),
    "a list's header repeated on one line": lambda n: _PERSONNEL + _repeat("决定聘请下列人员担任市人民政府法律顾问。", n),
    "PDF enumerators with a space inside, glued": lambda n: "关于印发实施方案的通知\n" + _repeat("攻坚战1 .做好工作", n),
    "items glued on one line": lambda n: "关于印发实施方案的通知\n" + _repeat("整治工作（一）道路保洁专项整治道路保洁：要求（二）某某", n),
    "a digit before a run of spaces": lambda n: "关于印发实施方案的通知\n（一）任务1" + " " * n + "做",
    "many decisions in one sentence": lambda n: _PERSONNEL + "会议决定：" + _repeat("任命张三为市财政局局长，", n),
    "a dated sentence of many decisions": lambda n: _PERSONNEL + "2020年5月，会议表决通过" + _repeat(
        "免去张三的市财政局局长职务，", n),
    "a hiring list of people with their units": lambda n: _PERSONNEL + "市政府聘请的法律顾问是：" + _repeat(
        "某大学法学院院长田海涛教授、", n),
    "people with their units hired in every clause": lambda n: _PERSONNEL + "聘任仪式" + _repeat(
        "，某所主任田海涛律师和党支部书记孙明远律师受聘为区政府法律顾问", n),
    "a post handed over in every clause": lambda n: "关于调整河长的通知\n" + _repeat(
        "原由田海涛副市长担任的某河、某江市级河长调整为由孙明远", n),
    "a list's header over every few names": lambda n: _PERSONNEL + "".join(
        f"任命下列同志为市财政局副局长：\n张{_cjk(1, i)}　某某单位\n李{_cjk(1, -i)}\n" for i in range(n // 30)),
    "a body set up and named by its head noun in every clause": lambda n: _PERSONNEL + _repeat(
        "成立“某某工程建设项目部”，同意张三任项目部主任，李四任技术负责人，", n),
    "a removal of a run of names with no post": lambda n: _PERSONNEL + "会议决定，免去" + _repeat("张三、免去", n),
    "bare congress titles in one long sentence": lambda n: "某区人大常委会召开会议\n区人大常委会主任张三，" + _repeat(
        "副主任李四出席，", n),
    "a 现任 in every clause of one sentence": lambda n: _PERSONNEL + "任命张三为市财政局局长，" + _repeat(
        "张三现任市税务局局长，", n),
    "a Party group set up in every sentence": lambda n: "1962年某县大事记\n" + _repeat(
        "成立中共某专员公署党组。党组由张三、李四组成。张三任党组书记，李四任副书记。", n),
    "a body set up with its heads in every clause": lambda n: "江河省大事记\n" + _repeat(
        "江河省举行人大会议,成立省人委,张三为省长,李四、王五等六人为副省长,", n),
    "a member table run onto one line, its indents kept": lambda n: "某县人民政府办公室关于成立某某专班的通知\n"
        "某政办发〔2024〕3号\u3000各乡镇人民政府：\u3000经研究，决定成立某某专班。现通知如下：\u3000成\u3000员：张三\u3000县财政局局长" + _repeat(
        "\u3000\u3000\u3000\u3000李四\u3000县某局副局长", n),
    "a run of spaces after a post's title": lambda n: "某县人民政府办公室关于成立某某专班的通知\n某政办发〔2024〕3号\u3000各乡镇人民政府："
        "\u3000经研究，决定成立某某专班。\u3000成\u3000员：张三\u3000县财政局局长" + "\u3000" * n + "李四\u3000县某局局长",
    "任A，兼B in every clause": lambda n: _PERSONNEL + _repeat("甄海涛任市财政局副局长，兼市国资办主任，", n),
    "items closed by 负责 and 配合": lambda n: "某市人民政府办公室关于印发某某分工的通知\n" + _repeat(
        "一、某某工作。\n某某要做好。\n市甲局负责，市乙局、市丙局配合。\n", n),
}


def _seconds(text: str, nlp, repeat: int) -> float:
    notice = RawNotice(source="crafted", index=0, text=text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: other processes on a shared machine do not count
        extract(notice, nlp)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("name", list(CRAFTED))
def test_extraction_time_is_linear(name):
    nlp = build_nlp()
    make = CRAFTED[name]
    _seconds(make(10_000), nlp, 1)  # warm-up (spaCy's vocabulary learns each new character once)
    t1, t10 = _seconds(make(1_000), nlp, 3), _seconds(make(10_000), nlp, 2)
    t100 = _seconds(make(100_000), nlp, 1)
    floor = 0.01  # below this, timer noise on a shared machine dominates the ratio
    # linear is ~10x a step, quadratic ~100x: the bounds leave room for a loaded machine
    assert t100 / max(t10, floor) < 25, f"{name}: 10k {t10:.3f}s, 100k {t100:.3f}s"
    assert t10 / max(t1, floor) < 40, f"{name}: 1k {t1:.3f}s, 10k {t10:.3f}s"
