"""Patterns of the parts of an official notice that the layout reader (layout.py) and the re-liner of
notices run onto one line (reline.py) both use."""
from __future__ import annotations

import re

#: a body's name by its last word (a line that is only a body's name: an issuer, a masthead)
ORG_END = re.compile(r"(人民政府|政府|办公室|办公厅|委员会|委|局|厅|部|署|院|中心|公司|小组|指挥部|办事处|"
                     r"人民代表大会常务委员会|常委会|党委|党组|管委会|集团|队|所|站)$")

#: sentence punctuation: a line holding it is running text, not a title
SENTENCE = re.compile(r"[，。；,;]")

#: the end of a document's heading by its kind (方案, 通知, 实施意见), its notes after it ((草案)), and what may not
#: follow a heading's kind word inside a longer name (某某方案的通知, 某某计划生育, 某某规划局)
HEADING_KIND_END = re.compile(r"(?:通知|决定|通报|意见|办法|方案|批复|公告|通告|规定|决议|报告|纪要|细则|规划|计划|要点|"
                              r"条例|规则|制度|措施|清单|名单|预案|指南|公报)(?:[(（][^()（）\n，。；,;]{1,16}[)）])?"
                              r"(?![的和与及、局院部委办厅处科室所会生》”\"）)])")
