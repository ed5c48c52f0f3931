"""What Chinese official writing is made of: post titles, body suffixes, group
roles, region levels, surnames. General knowledge of the genre, not of any one
corpus: nothing here names a person or a particular government.
"""
from __future__ import annotations

import re

#: heads of a government: the post belongs to that level's 人民政府 (the State Council's: 国务院)
GOV_HEAD_CORES = ("省长", "市长", "区长", "县长", "旗长", "州长", "盟长", "镇长", "乡长", "主席", "总理", "国务委员",
                  "政务委员",  # (the 政务院's members: the State Council of 1949-1954)
                  "苏木长")  # (the head of a 苏木, a township of Inner Mongolia's pastoral areas)
#: the State Council's own members: 总理, 副总理, 国务委员
STATE_COUNCIL_CORES = ("总理", "国务委员")
_GOV_HEAD_LEVEL = {"省长": "省", "市长": "市", "区长": "区", "县长": "县", "旗长": "旗",
                   "州长": "州", "盟长": "盟", "镇长": "镇", "乡长": "乡", "苏木长": "苏木"}

#: cores of post titles; modifiers (副, 常务副, 党组, 三级, ...) attach in TITLE_RE
TITLE_CORES = (
    "局长", "主任", "书记", "部长", "秘书长", "馆长", "队长", "支队长", "大队长", "中队长", "经理",
    "总经理", "董事长", "委员", "常委", "调研员", "巡视员", "主任科员", "科员", "院长", "校长",
    "所长", "站长", "行长", "社长", "台长", "会长", "厅长", "处长", "科长", "署长", "司长", "总监",
    "总工程师", "总经济师", "总会计师", "总规划师", "总农艺师", "总畜牧师", "总兽医师", "总审计师", "总建筑师",
    "总统计师", "总飞行师", "总设计师", "总质量师", "总法律顾问",
    "首席经济师", "首席工程师", "首席专家", "首席科学家", "首席信息官",  # (a body's chief economist, engineer, expert)
    "首席研究员",  # a research institute's chief fellow, a post it engages one for (聘任甲为某研究所首席研究员)
    "段长",  # the head of a road or railway section (某公路管理总段段长, 某工务段段长)
    "检察长", "庭长", "政委", "司令员", "主编",
    "理事长", "监事长", "监事会主席", "专员", "督学", "参事", "园长", "场长", "总指挥", "指挥长",
    "负责人", "组长", "主席", "团长", "审判长", "审判员", "检察员", "助理审判员", "助理检察员", "关长", "董事", "监事", "总裁",
    "秘书", "干事", "常务委员", "纪检监察组组长", "纪检组组长", "纪检组长",
    "政法委员", "组织委员", "宣传委员", "纪检委员", "统战委员", "主任督学", "督察长", "总队长", "教导员", "馆员", "总编辑",
    "副总", "党组成员", "党委委员", "首席", "院士", "执行官", "舰长", "审计长", "参谋长", "总规划师", "委员长", "助理",
    "部长助理", "省长助理", "市长助理", "区长助理", "县长助理", "州长助理", "旗长助理", "盟长助理", "秘书长助理", "主任委员",
    "主席助理", "行长助理", "院长助理", "局长助理", "署长助理", "总经理助理", "主任助理", "校长助理",
    "厅长助理", "司长助理", "处长助理",
    # the chiefs of a level's rivers, lakes and forests (河长制, 林长制): 县级总河长, 副总林长
    "总河长", "河长", "湖长", "总林长", "林长",
    "支书",  # a village Party branch secretary (村支书), 党支部书记 in short
    # a township or street Party committee's members in charge of one line of work (党委政法委员, 组织委员)
    "政法委员", "组织委员", "宣传委员", "纪检委员", "统战委员", "武装委员",
    "纪检组长", "主任督学",  # a bureau's discipline inspection head (纪检组长); an education bureau's chief inspector
    "联络员", "组织员",  # a unit's liaison to a group (某局联络员); a Party committee's organiser (县委组织员)
    # the ranks a county's task-force lists name their staff by: a bureau section's head (某局某某股股长),
    # a police officer (某局某大队民警), a unit's staff member (某社区工作人员)
    "股长", "民警", "工作人员",
    # envoys abroad, named by the state and the country (中华人民共和国驻某国特命全权大使, 驻某市总领事)
    "特命全权大使", "大使", "总领事", "领事", "公使", "参赞",
    "行政长官",  # the head of a special administrative region (某特别行政区行政长官)
    "新闻发言人",  # a body's spokesperson (某部新闻发言人), a post its holder is named to
    "编委",  # a member of a newspaper's editorial board (某某日报编委)
    # the staff posts a township's or a community's lists name their members by: a commune's or township's clerk
    # (公社管委会文书, 乡文书), a health centre's doctor (公社卫生院医生), a community's grid worker (社区专职网格员)
    "文书", "医生", "网格员",
    "主任医师",  # a hospital doctor's senior grade (县人民医院副主任医师), the post a seconded doctor holds where they come from
    # the heads of army (and the Production and Construction Corps') units: 某师师长, 某团团长 (above), 某连连长
    "军长", "师长", "旅长", "营长", "连长",
    "苏木达",  # the head of a sumu, in Mongolian (某某苏木苏木达)
    "厂长", "矿长",  # the heads of a works and a mine (某采油厂厂长, 某煤矿矿长)
    # a company's chief officers for one line of work (集团财务总监, 某公司安全总监): the line is part of the title
    "财务总监", "安全总监", "技术总监", "质量总监",
) + GOV_HEAD_CORES

#: the words that may come before a title's core, in this order, each optional
_TITLE_MOD_WORDS = (("党组", "党委", "党工委", "党总支", "党支部", "纪检监察组", "机关党委", "分党组"), ("代理", "代"),
                    ("常务", "执行", "第一", "第二", "专职", "驻会", "名誉", "荣誉"), ("副",), tuple(c + "级" for c in "一二三四五六七八九"),
                    ("高级",))
_TITLE_MODS = "(?:%s)" % "".join(f"(?:{'|'.join(words)})?" for words in _TITLE_MOD_WORDS)
#: the characters a title opens with (a modifier's first or a core's): a look-ahead for one of them lets the
#: engine pass over the other positions at once (it would try every core at every character of a text)
_TITLE_OPENS = "".join(sorted({w[0] for words in _TITLE_MOD_WORDS for w in words} | {c[0] for c in TITLE_CORES}))
TITLE_RE = re.compile(rf"(?=[{_TITLE_OPENS}]){_TITLE_MODS}(?:{'|'.join(sorted(set(TITLE_CORES), key=len, reverse=True))})$")

#: a site's name, no body's (某某网, 某某门户网站, 某某在线): a page's <title> after its title, or what an info table gives
#: as the body that posted it (发布机构: 某部门户网站)
SITE_NAME_RE = re.compile(r"(?:网|网站|门户|在线)$")

#: endings of bodies (government departments, Party organs, units, companies)
AGENCY_END_RE = re.compile(
    r"(人民政府|政府|办公室|办公厅|委员会|管委会|工委|委|局|厅|部|署|院|中心|站|所|馆|公司|集团|"
    r"支队|大队|总队|中队|队|办|处|科|室|会|社|行|台|校|学|团|组|联|盟|企业|机构|分局|分公司|调查队|党委|党组|海关|关|"
    # a road or railway administration's sections (某公路管理总段, 某公路段, 某工务段)
    r"总段|公路段|养护段|工务段|机务段|车务段|电务段|供电段)$"
)

#: levels of government, largest first; a name starting with one is qualified
LEVEL_CHARS = "省市区县旗州盟镇乡"
#: the township-level and village-level units of two characters whose word opens a body's name as a level
#: character does (苏木派出所所长, 嘎查党支部书记, 街道办事处主任: the 苏木's, 嘎查's, street's own body)
LOWER_LEVEL_WORDS = ("苏木", "嘎查", "街道", "社区")
REGION_END_RE = re.compile(r"^(?P<region>[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|"
                           r"新区|林区|矿区|省|市|县|区|旗|州|盟|镇|乡|苏木|街道|村|社区|嘎查))")
#: the provincial-level governments, by their full names (provinces, autonomous regions, municipalities)
PROVINCES = ("北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
             "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
             "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
             "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区")
#: the provinces' and autonomous regions' short names (四川, 广西): a place printed without its level
PROVINCE_SHORTS = tuple(p[:-1] for p in PROVINCES if p.endswith("省")) + ("广西", "内蒙古", "宁夏", "新疆", "西藏")
#: the leagues of Inner Mongolia (盟, a prefecture's level), today's and those since made cities
LEAGUES = ("锡林郭勒盟", "兴安盟", "阿拉善盟", "哲里木盟", "昭乌达盟", "伊克昭盟", "乌兰察布盟", "巴彦淖尔盟", "呼伦贝尔盟")
#: national and regional bodies print their own full names
NATIONAL_PREFIXES = ("国家", "中国", "中华人民共和国", "中共", "中央", "全国", "国务院")

#: the State Council's departments and agencies as notices print them (full and short names): a
#: name printed straight against one of these ends where the body begins
NATIONAL_BODIES = (
    "外交部", "国防部", "发展改革委", "国家发展改革委", "教育部", "科技部", "科学技术部", "工业和信息化部", "国家民委",
    "公安部", "国家安全部", "民政部", "司法部", "财政部", "人力资源社会保障部", "人力资源和社会保障部", "自然资源部",
    "国土资源部", "生态环境部", "环境保护部", "住房城乡建设部", "住房和城乡建设部", "交通运输部", "水利部",
    "农业农村部", "农业部", "商务部", "文化和旅游部", "文化部", "卫生健康委", "国家卫生健康委", "卫生部",
    "退役军人事务部", "应急管理部", "人民银行", "中国人民银行", "审计署", "国资委", "海关总署", "税务总局",
    "市场监管总局", "广电总局", "体育总局", "统计局", "国家统计局", "医保局", "国管局", "港澳办", "国务院研究室",
    "新华社", "中科院", "中国科学院", "社科院", "工程院", "气象局", "银保监会", "证监会", "信访局", "粮食和储备局",
    "能源局", "国家能源局", "国防科工局", "烟草局", "移民局", "林草局", "林业局", "铁路局", "民航局", "邮政局",
    "文物局", "中医药局", "外汇局", "药监局", "知识产权局", "测绘地信局", "海洋局", "地震局", "旅游局",
    "总参谋部", "总政治部", "总后勤部", "总装备部", "中央宣传部", "中宣部", "中央组织部", "中组部", "中央统战部",
    "中央编办", "中央网信办", "中央农办", "全国总工会", "共青团中央", "全国妇联", "中国残联", "中国科协", "国务院办公厅",
)
#: national people's organisations by the short names their own notices print (全总副主席、书记处书记: the 书记处 is
#: 全总's); only as a whole post's body, never as the start of a longer word (安全总监)
NATIONAL_ORG_SHORTS = ("全总", "团中央", "全国工商联", "中国文联", "中国作协", "中国侨联", "全国台联")

#: Party organs: a prefix-less one after a Party post belongs to the Party committee
PARTY_ORGAN_RE = re.compile(r"(部|政法委|纪委|监委|编办|网信办|政研室|党校|工委|直属机关工委|督查室|保密办|"
                            r"机构编制委员会办公室|委员会办公室)$")

#: roles inside groups, as printed (longest first)
GROUP_ROLES = (
    "常务副组长", "执行副组长", "第一副组长", "副组长", "组长", "组员", "成员",
    "常务副主任", "执行副主任", "副主任", "主任",
    "常务副指挥长", "执行副指挥长", "副指挥长", "指挥长", "常务副总指挥", "副总指挥", "总指挥",
    "总召集人", "第一召集人", "副召集人", "召集人", "副秘书长", "秘书长", "副主席", "主席", "委员",
    "联络员", "顾问", "首席专家", "专家", "副队长", "队长", "副团长", "团长",
    "联络人",  # (a subgroup's liaison, printed under its head: 组长：甲 / 责任单位：某科 / 联络人：乙)
    "指导员",  # (a 工作专班's or 工作队's political instructor: 指导员：甲 乡党委书记)
    "办公室主任", "办公室副主任", "常务副会长", "副会长", "会长",
    "主持人",  # (an 办公会议's chair: 办公会议由副市长甲主持 / 主持人：甲)
)
GROUP_ROLE_RE = re.compile("|".join(sorted(GROUP_ROLES, key=len, reverse=True)))

#: working committees printed by a short form (执委会 of an event, 筹委会, 爱卫会 for 爱国卫生运动委员会), and the
#: standing coordinating committees (议事协调机构) a government at every level keeps for one task, chaired by
#: its leaders and made of departments (禁毒委, 安委会 for 安全生产委员会, 绿化委, 老龄委, 减灾委, 妇儿工委,
#: 食安委, and by their full names: 禁毒委员会, 安全生产委员会 …): a 主任 or 秘书长 of one is a member of a group,
#: not the holder of a post
GROUP_SHORT_RE = re.compile(r"(执委会|筹委会|爱卫会|禁毒委|(?<![公治])安委[会办]?|绿化委|绿委|老龄委|减灾委|妇儿工委|食安委|国动委|"
                            r"(?:禁毒|安全生产|绿化|老龄工作|减灾|妇女儿童工作|食品安全|国防动员)委员会)$")

#: bodies that groups are named by (an event's 组委会, 执委会, 筹委会: its organising, executive, preparatory committee)
#: a task team a group sets up or sends (扑火突击队, 抢险救援队, 驻村工作队): not a police or army unit (大队, 支队)
TASK_TEAM = r"(?:工作|突击|救援|抢险|应急|服务|巡查|巡逻)队"
GROUP_SUFFIX_RE = re.compile(rf"(组|专班|指挥部|指挥所|联席会议|委员会|[组执筹]委会|办公室|{TASK_TEAM}|领导机构|协调机制|工作机制)$")

#: the commonest single-character surnames (百家姓 by frequency) and compound surnames
SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阎练郇"
    "矫修逯缑阚亓郗訾綦仉邸蒯笪羿揭桓汲糜宓宦竺苍漆禹郦雍荀酆阙扈宰郏"
    "赖洪鹿阴戈邰屠晁权逄尉"
)
SURNAMES = set(SURNAMES_BY_FREQUENCY)
#: further surnames common enough in officials' names (洪, 傅, 赖, 朴...)
SURNAMES.update("洪傅赖朴薄芮晁檀丘裘鹿雒栗廉戈招邴茆习衣宾弓茹萧贝")
#: rare surnames of the west and south-west whose characters open no common word (璩, 佴, 庹, 濮, 辜, 谯, 琚, 蹇, 乜;
#: 刀, a Dai surname of Yunnan: 县国土资源局局长刀某汇报)
SURNAMES.update("璩佴庹濮辜谯琚蹇乜刀")
#: rare surnames of the 百家姓 that open no common word of a notice (厍, 殳, 隗, 贲, 钮, 苌, 沐)
SURNAMES.update("厍殳隗贲钮苌沐")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
                     "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "申屠", "独孤", "南宫", "西门", "万俟",
                     "赫连", "呼延", "拓跋", "澹台", "闻人", "淳于", "濮阳", "宗政", "公冶", "太史",
                     "鲜于", "司空", "东郭", "左丘", "梁丘", "仲孙", "公羊", "完颜",
                     # (the rest of 百家姓's compound surnames whose two characters make no common word)
                     "巫马", "乐正", "夹谷", "公西", "漆雕", "壤驷", "公良", "宰父", "谷梁", "段干", "归海", "羊舌",
                     "微生", "闾丘", "亓官", "司寇", "颛孙")

#: words that never occur inside a person's name in a notice
NOT_NAME_CHARS = set("的了在和与及或等为由从对将把被有是于以中各市县区省局委厅部办组会所院校站队长员任免职务同志其")


def gov_head_agency(title: str, region: str) -> str | None:
    """The government a head-of-government title belongs to (``副县长`` -> ``县人民政府``,
    ``副总理`` -> ``国务院``)."""
    if title.endswith(STATE_COUNCIL_CORES):
        return "国务院"
    if title.endswith("政务委员"):
        return "政务院"  # the State Council's name of 1949-1954
    if title.endswith("主席") and region.endswith("自治区"):
        return region + "人民政府"  # 自治区主席 heads the region's government
    for core in GOV_HEAD_CORES:
        if title.endswith(core) and core in _GOV_HEAD_LEVEL:
            if region:
                return region + "人民政府"
            return _GOV_HEAD_LEVEL[core] + "人民政府"
    return None


_BODY_SUFFIX = re.compile(r"(人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|行政公署办公室|行政公署|办事处|管理委员会|管委会|"
                          r"党工委|党委|委员会|办公室|办公厅)$")
_LEVEL_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|自治旗|地区|新区|街道|苏木|省|市|县|区|旗|州|盟|镇|乡|村)$")


def region_of(issuer: str | None) -> tuple[str, str]:
    """(region, level) of an issuer, the most specific government it names:
    ``鄂尔多斯市人民政府`` -> (``鄂尔多斯市``, ``市``); ``厦门市思明区人民政府办公室`` ->
    (``厦门市思明区``, ``区``); ``青岛市即墨区通济街道办事处`` -> (``…通济街道``, ``街道``)."""
    if not issuer:
        return "", ""
    place = issuer
    while True:
        stripped = _BODY_SUFFIX.sub("", place)
        if stripped == place:
            break
        place = stripped
    m = _LEVEL_SUFFIX.search(place)
    if not m or len(place) < 2:
        m2 = REGION_END_RE.match(issuer)
        if not m2:
            return "", ""
        region = m2["region"]
        return region, ("自治区" if region.endswith("自治区") else region[-1])
    return place, _PRINTED_LEVEL.get(m.group(1), m.group(1))


#: how a government's own notices print its level: 自治州 notices say 州财政局
_PRINTED_LEVEL = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


#: labels of a notice's metadata (a page's info table, or lines above the text) and the field each names
INFO_LABELS = {
    "发文机关": "issuer", "发布机构": "issuer", "发文单位": "issuer", "发文机构": "issuer", "发布机关": "issuer",
    "发布单位": "issuer", "制发机关": "issuer", "颁布单位": "issuer", "颁布机关": "issuer", "印发机关": "issuer",
    "发文字号": "number", "文号": "number", "文件编号": "number", "发文编号": "number", "文件字号": "number",
    "字号": "number", "发布文号": "number",
    "成文日期": "signed", "发文日期": "signed", "成文时间": "signed", "签发日期": "signed", "印发日期": "signed",
    "发布日期": "published", "公开日期": "published", "发布时间": "published", "公布日期": "published",
    "公开时间": "published", "更新日期": "published", "更新时间": "published", "上传日期": "published",
    "上传时间": "published",
    "标题": "title", "名称": "title", "文件名称": "title", "生成日期": "signed", "文献题名": "title",
}


#: labels of a page's info block that name nothing the notice's document row carries; known so that
#: a block flattened to one line (``索引号…发文机关X成文日期…``) splits at every label
INFO_OTHER_LABELS = (
    "索引号", "信息索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "服务对象分类", "公开方式", "公开范围",
    "公开责任部门", "公开时限", "有效性", "生效时间", "生效日期", "废止时间", "废止日期", "失效时间", "信息时效期",
    "时效", "信息来源", "来源", "关键词", "关键字", "主题词", "浏览次数", "访问量", "内容概述", "摘要",
    "签署日期", "登记日期", "归档时间", "所属机构", "统一编号", "效力状态", "信息名称",
    "实施时间", "实施日期", "法规类型", "所属行业", "所属区域", "阅读人次", "评论人次", "时效性",
    "作者", "编辑", "责任编辑",
    # (a literature database's record of a notice printed in a periodical: 文献类型 期刊论文 / 母体文献 某某通讯 / 年卷期)
    "文献类型", "作者单位", "母体文献", "年卷期", "分类号", "中图分类号", "文摘内容", "刊名", "页码",
)

#: more labels of a document number, printed by some CMSs (a value is still taken only when it has a 文号's shape)
INFO_LABELS.update({"发文号": "number", "文件号": "number", "公文编号": "number", "发文文号": "number",
                    "文件文号": "number", "发文字": "number", "签发时间": "signed", "成文时间日期": "signed"})
#: a law database's block over the text (发文标题: X / 发文文号: Y / 发文部门: Z / 发文时间: 2016-12-20)
INFO_LABELS.update({"发文标题": "title", "文件标题": "title", "法规标题": "title", "法规名称": "title",
                    "发文部门": "issuer", "颁布部门": "issuer", "发文时间": "signed"})


#: provinces and autonomous regions by the one-character short name their document numbers open with
#: (鄂政发 is 湖北省人民政府's, 内政发 内蒙古自治区人民政府's)
PROVINCE_ABBREVIATIONS = {
    "冀": "河北省", "晋": "山西省", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省",
    "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
    "粤": "广东省", "琼": "海南省", "川": "四川省", "黔": "贵州省", "云": "云南省", "陕": "陕西省", "甘": "甘肃省",
    "青": "青海省", "内": "内蒙古自治区", "桂": "广西壮族自治区", "藏": "西藏自治区", "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}
#: the provinces and autonomous regions by their full names
PROVINCES = tuple(PROVINCE_ABBREVIATIONS.values())
