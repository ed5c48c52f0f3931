"""people39: personnel classes of the thirty-seventh session's real pages (made-up notices only)."""
import pytest

from govkg.facts import Position
from helpers import posts


@pytest.mark.parametrize("gap", [" ", "\u3000"])
def test_bracketed_posts_after_a_space(gap):
    # 甲某 (某区副区长): a list copied with a space before the bracket, at the top of a page cut off above its label
    text = (f"柏运昌{gap}(青山区副区长)\n龙海生{gap}(白石县副县长)\n冉启明{gap}（河口市副市长）\n"
            "领导组下设办公室。\n(一)办公室\n设在市林业局，主任由市林业局副局长向仲伦担任。\n")
    got = posts(text, kind=Position)
    assert ("Position", "柏运昌", "青山区人民政府", "副区长") in got
    assert ("Position", "龙海生", "白石县人民政府", "副县长") in got
    assert ("Position", "冉启明", "河口市人民政府", "副市长") in got
    # 本报讯 (记者 甲某): a news byline in the same shape holds no post
    assert posts("青山区召开林业工作会议\n本报讯 (记者 柏运昌 通讯员 龙海生)\n5月20日，青山区召开林业工作会议。\n",
                 kind=Position) == []
