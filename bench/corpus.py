"""A deterministic synthetic corpus of government notices for benchmarks.

``generate(n, seed)`` yields ``n`` notices as JSON Lines records (``title``, ``text``,
``published``) written the way the seed's governments write them: personnel decisions
(任免), notices that set up leading groups (领导小组 / 工作专班), and implementation
plans that assign tasks (牵头单位 / 配合单位). Real prefecture-level cities issue them;
each government has its own pool of officials (200–400 names drawn from common
surnames and given-name characters, so the same name recurs inside a government and
across governments as it does in life), its own departments, and a running state of
who holds which post, so appointments, removals and group memberships refer to one
consistent world. The same ``(n, seed)`` gives the same bytes; ``start`` continues a
corpus (the notices ``start..start+n`` of the same world) for incremental adds.

Usage: python bench/corpus.py N OUT_DIR [--seed 7] [--start 0] [--per-file 1000]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Iterator

#: (city, province abbreviation used in 文号, districts)
CITIES = (
    ("鄂尔多斯市", "鄂", ("东胜区", "康巴什区", "达拉特旗")), ("包头市", "包", ("昆都仑区", "青山区", "九原区")),
    ("株洲市", "株", ("荷塘区", "芦淞区", "石峰区")), ("湘潭市", "潭", ("雨湖区", "岳塘区", "湘潭县")),
    ("岳阳市", "岳", ("岳阳楼区", "云溪区", "君山区")), ("常德市", "常", ("武陵区", "鼎城区", "汉寿县")),
    ("宜宾市", "宜", ("翠屏区", "南溪区", "叙州区")), ("绵阳市", "绵", ("涪城区", "游仙区", "安州区")),
    ("南充市", "南", ("顺庆区", "高坪区", "嘉陵区")), ("徐州市", "徐", ("鼓楼区", "云龙区", "贾汪区")),
    ("扬州市", "扬", ("广陵区", "邗江区", "江都区")), ("镇江市", "镇", ("京口区", "润州区", "丹徒区")),
    ("洛阳市", "洛", ("老城区", "西工区", "涧西区")), ("开封市", "汴", ("龙亭区", "顺河回族区", "鼓楼区")),
    ("赣州市", "赣", ("章贡区", "南康区", "赣县区")), ("九江市", "浔", ("浔阳区", "濂溪区", "柴桑区")),
    ("泉州市", "泉", ("鲤城区", "丰泽区", "洛江区")), ("漳州市", "漳", ("芗城区", "龙文区", "龙海区")),
    ("温州市", "温", ("鹿城区", "龙湾区", "瓯海区")), ("嘉兴市", "嘉", ("南湖区", "秀洲区", "嘉善县")),
    ("潍坊市", "潍", ("潍城区", "寒亭区", "坊子区")), ("烟台市", "烟", ("芝罘区", "福山区", "牟平区")),
    ("保定市", "保", ("竞秀区", "莲池区", "满城区")), ("唐山市", "唐", ("路南区", "路北区", "古冶区")),
    ("大同市", "同", ("平城区", "云冈区", "新荣区")), ("榆林市", "榆", ("榆阳区", "横山区", "神木市")),
    ("遵义市", "遵", ("红花岗区", "汇川区", "播州区")), ("曲靖市", "曲", ("麒麟区", "沾益区", "马龙区")),
    ("柳州市", "柳", ("城中区", "鱼峰区", "柳南区")), ("襄阳市", "襄", ("襄城区", "樊城区", "襄州区")),
    ("宜昌市", "宜", ("西陵区", "伍家岗区", "点军区")), ("芜湖市", "芜", ("镜湖区", "鸠江区", "弋江区")),
)

#: municipal departments: (name without the 市 prefix, head title)
DEPARTMENTS = (
    ("发展和改革委员会", "主任"), ("教育局", "局长"), ("科学技术局", "局长"), ("工业和信息化局", "局长"),
    ("公安局", "局长"), ("民政局", "局长"), ("司法局", "局长"), ("财政局", "局长"),
    ("人力资源和社会保障局", "局长"), ("自然资源局", "局长"), ("生态环境局", "局长"),
    ("住房和城乡建设局", "局长"), ("交通运输局", "局长"), ("水利局", "局长"), ("农业农村局", "局长"),
    ("商务局", "局长"), ("文化和旅游局", "局长"), ("卫生健康委员会", "主任"), ("退役军人事务局", "局长"),
    ("应急管理局", "局长"), ("审计局", "局长"), ("市场监督管理局", "局长"), ("统计局", "局长"),
    ("医疗保障局", "局长"), ("林业局", "局长"), ("能源局", "局长"), ("国有资产监督管理委员会", "主任"),
    ("行政审批政务服务与数据管理局", "局长"), ("乡村振兴局", "局长"), ("城市管理综合执法局", "局长"),
    ("公共资源交易中心", "主任"), ("就业服务中心", "主任"), ("疾病预防控制中心", "主任"),
    ("政务服务中心", "主任"), ("检验检测中心", "主任"),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "建国军华明伟强海平红霞芳丽勇杰涛斌超波辉刚健峰磊鹏飞宇晓燕玲静敏娟文志永春林德俊"

TOPICS = (
    "温暖工程", "第四次全国文物普查", "消费品以旧换新", "高标准农田建设", "新型储能产业发展", "城乡环境整治",
    "地下管线普查", "食品安全", "安全生产", "森林防灭火", "营商环境优化", "数字政府建设", "乡村振兴",
    "河湖长制", "生活垃圾分类", "老旧小区改造", "招商引资", "全国文明城市创建", "人口普查", "秸秆综合利用",
)
TASK_VERBS = ("推进", "完善", "加强", "落实", "开展", "健全", "提升", "强化", "优化", "建立")
TASK_OBJECTS = ("监测体系", "资金保障", "宣传引导", "信息共享机制", "督查考核", "项目建设", "标准体系",
                "应急处置能力", "基层服务网络", "数据归集", "安全监管", "人才培养", "政策支持", "示范创建")
PROSE = (
    "各地各部门要提高政治站位，切实增强责任感和紧迫感，把各项工作抓细抓实。",
    "坚持问题导向和目标导向，统筹发展和安全，确保各项任务按期完成。",
    "建立健全工作台账，明确时间表和路线图，定期调度工作进展情况。",
    "加大财政资金投入力度，积极争取上级资金支持，引导社会资本参与。",
    "强化宣传引导，充分利用报刊、广播电视和新媒体，营造良好社会氛围。",
    "对工作推进不力、造成不良影响的，依法依规严肃追究相关人员责任。",
    "要及时总结推广先进经验和典型做法，形成可复制可推广的工作模式。",
)


class _Government:
    """One city's government: departments, a pool of officials, and who holds which post."""

    def __init__(self, rng: random.Random, city: tuple) -> None:
        self.city, self.abbr, self.districts = city
        self.depts = [f"市{d}" for d, _ in DEPARTMENTS]
        self.head = {f"市{d}": t for d, t in DEPARTMENTS}
        size = rng.randint(200, 400)
        self.pool = [self._name(rng) for _ in range(size)]
        self.holders: dict[tuple[str, str], str] = {}
        self.serial: dict[tuple[str, int], int] = {}
        self.leaders = rng.sample(self.pool, 8)

    @staticmethod
    def _name(rng: random.Random) -> str:
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        return rng.choice(SURNAMES) + given

    def number(self, kind: str, year: int) -> str:
        key = (kind, year)
        self.serial[key] = self.serial.get(key, 0) + 1
        return f"{self.abbr}{kind}〔{year}〕{self.serial[key]}号"

    def post(self, rng: random.Random) -> tuple[str, str]:
        dept = rng.choice(self.depts)
        head = self.head[dept]
        return dept, head if rng.random() < 0.25 else "副" + head


def _date(rng: random.Random, year: int) -> tuple[str, str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}"


def _personnel(rng: random.Random, g: _Government, year: int) -> dict:
    lines, first, named = [], None, set()
    for _ in range(rng.randint(6, 20)):
        person = rng.choice(g.pool)
        first = first or person
        dept, title = g.post(rng)
        old = next(((d, t) for (d, t), h in g.holders.items() if h == person), None)
        earlier = sorted(kv for kv in g.holders.items() if kv[1] not in named)
        if rng.random() < 0.2 and earlier:
            (d, t), holder = rng.choice(earlier)
            del g.holders[(d, t)]
            lines.append(f"免去{holder}{d}{t}职务；")
            continue
        g.holders[(dept, title)] = person
        named.add(person)
        line = f"{person}任{dept}{title}"
        if old and rng.random() < 0.6:
            del g.holders[old]
            line += f"，免去{old[0]}{old[1]}职务"
        elif rng.random() < 0.15:
            line += "（试用期一年）"
        lines.append(line + "；")
    lines[-1] = lines[-1][:-1] + "。"
    number = g.number("府任字", year)
    signed, published = _date(rng, year)
    title = f"{g.city}人民政府关于{first}等职务任免的通知"
    body = "\n".join("　　" + ln for ln in lines)
    text = (f"{title}\n\n{number}\n\n各区县人民政府，市人民政府各部门，各直属单位：\n"
            f"　　根据工作需要，决定：\n{body}\n\n{g.city}人民政府\n{signed}\n")
    return {"title": title, "text": text, "published": published}


def _group(rng: random.Random, g: _Government, year: int) -> dict:
    topic = rng.choice(TOPICS)
    name = f"{g.city}{topic}工作领导小组"
    number = g.number("政办发", year)
    signed, published = _date(rng, year)
    title = f"{g.city}人民政府办公室关于成立{name}的通知"
    lead, deputy = rng.sample(g.leaders, 2)
    members = []
    for dept in rng.sample(g.depts, rng.randint(6, 18)):
        head = g.head[dept]
        person = g.holders.get((dept, head)) or rng.choice(g.pool)
        members.append(f"　　　　　　{person}　{dept}{head}")
    members[0] = "　　成　员：" + members[0].lstrip("　")
    office = rng.choice(g.depts)
    text = (f"{title}\n\n{number}\n\n各区县人民政府，市人民政府各部门：\n"
            f"　　为加强对{topic}工作的组织领导，经市人民政府同意，决定成立{name}（以下简称领导小组）。"
            f"现将有关事项通知如下：\n　　一、组成人员\n"
            f"　　组　长：{lead}　市人民政府副市长\n　　副组长：{deputy}　市人民政府副秘书长\n"
            + "\n".join(members) + "\n"
            f"　　二、主要职责\n　　统筹推进全市{topic}工作，研究解决工作中的重大问题。{rng.choice(PROSE)}\n"
            f"　　领导小组办公室设在{office}，负责领导小组日常工作。领导小组成员因工作变动需要调整的，"
            f"由所在单位提出意见，报领导小组办公室按程序调整。\n\n{g.city}人民政府办公室\n{signed}\n")
    return {"title": title, "text": text, "published": published}


def _plan(rng: random.Random, g: _Government, year: int) -> dict:
    topic = rng.choice(TOPICS)
    plan = f"{g.city}{topic}实施方案"
    number = g.number("政办发", year)
    signed, published = _date(rng, year)
    title = f"{g.city}人民政府办公室关于印发{plan}的通知"
    tasks = []
    numerals = "一二三四五六七八九十"
    for i in range(rng.randint(4, 10)):
        task = rng.choice(TASK_VERBS) + topic + rng.choice(TASK_OBJECTS)
        lead, *support = rng.sample(g.depts, rng.randint(2, 5))
        prose = "".join(rng.sample(PROSE, rng.randint(2, 5)))
        tasks.append(f"　　（{numerals[i]}）{task}。{prose}\n　　牵头单位：{lead}\n"
                     f"　　配合单位：{'、'.join(support)}，各区县人民政府")
    text = (f"{title}\n\n{number}\n\n各区县人民政府，市人民政府各部门：\n"
            f"　　《{plan}》已经市人民政府同意，现印发给你们，请结合实际认真贯彻落实。\n\n"
            f"{g.city}人民政府办公室\n{signed}\n\n{plan}\n\n"
            f"　　为深入贯彻落实党中央、国务院决策部署，扎实推进{topic}工作，结合我市实际，制定本方案。\n"
            f"　　一、工作目标\n　　到{year + 2}年，全市{topic}工作取得明显成效。{rng.choice(PROSE)}\n"
            f"　　二、重点任务\n" + "\n".join(tasks) + "\n"
            f"　　三、保障措施\n　　" + "".join(rng.sample(PROSE, 3)) + "\n")
    return {"title": title, "text": text, "published": published}


def generate(n: int, seed: int = 7, start: int = 0) -> Iterator[dict]:
    """Notices ``start .. start+n`` of the world made from ``seed`` (40% personnel, 25% groups, 35% plans)."""
    world = random.Random(seed)
    govs = [_Government(world, c) for c in CITIES]
    for i in range(start + n):
        rng = random.Random(seed * 1_000_003 + i)
        g = govs[rng.randrange(len(govs))]
        year = 2015 + i % 11  # from i alone, so a continued corpus numbers as the original
        roll = rng.random()
        make = _personnel if roll < 0.4 else _group if roll < 0.65 else _plan
        record = make(rng, g, year)  # state (holders, serials) advances for every notice
        if i >= start:
            yield record


def write(n: int, out: Path, seed: int = 7, start: int = 0, per_file: int = 1000) -> list[Path]:
    """Write the notices as JSON Lines files of ``per_file`` notices each; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    files, handle = [], None
    for k, record in enumerate(generate(n, seed, start)):
        if k % per_file == 0:
            if handle:
                handle.close()
            files.append(out / f"notices-{start + k:07d}.jsonl")
            handle = files[-1].open("w", encoding="utf-8")
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--per-file", type=int, default=1000)
    args = ap.parse_args()
    files = write(args.n, args.out, args.seed, args.start, args.per_file)
    print(f"{args.n} notices in {len(files)} files under {args.out}")


if __name__ == "__main__":
    main()
