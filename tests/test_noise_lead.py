"""Regressions of the page-noise classes (tests/noise.py) mended outside the helpers' rounds."""
from __future__ import annotations

import pytest

from govkg.facts import Citation

from helpers import document, facts

NOTICE = """某市人民政府办公室文件
某政办发〔２０２４〕７号
某市人民政府办公室关于调整某市防汛抗旱指挥部成员的通知
各县区人民政府，市政府各部门：
根据《某省人民政府办公厅关于做好防汛工作的通知》（某政办发〔２０２３〕１９号）要求，现将有关事项通知如下。
某市人民政府办公室
２０２４年６月１２日
"""


def test_full_width_digits_are_read_as_digits():
    doc = document(NOTICE)
    assert (doc.number, doc.signed) == ("某政办发〔2024〕7号", "2024-06-12")
    cited = [(f.title, f.number) for f in facts(NOTICE) if isinstance(f, Citation)]
    assert cited == [("某省人民政府办公厅关于做好防汛工作的通知", "某政办发〔2023〕19号")]
