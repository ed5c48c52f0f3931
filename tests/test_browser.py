"""The pages in a real browser: headless Chromium (the Debian package; never downloaded)
opens the person, agency, group and notice pages of the example graph, served by a real
`govkg serve`, and the test reads what a reader sees. Screenshots go to test-output/.

Without Chromium the tests skip, unless GOVKG_REQUIRE_BROWSER=1 (set by CI) makes that
a failure."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from lxml import html as lxml_html

from serving import ROOT, Server, build_store

OUT = ROOT / "test-output"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--disable-dev-shm-usage"]

if CHROMIUM is None:
    pytestmark = pytest.mark.skipif(os.environ.get("GOVKG_REQUIRE_BROWSER") != "1",
                                    reason="no chromium (apt-get install chromium)")


def iri_path(kind: str, *segments: str) -> str:
    return f"/id/{kind}/" + "/".join(quote(s, safe="") for s in segments)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    assert CHROMIUM, "Chromium is required (GOVKG_REQUIRE_BROWSER=1): apt-get install chromium"
    store = build_store(tmp_path_factory.mktemp("browser") / "store")
    server = Server(store, "--quiet")
    OUT.mkdir(exist_ok=True)
    yield server.url, tmp_path_factory.mktemp("chrome")
    server.stop()


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=120)


def open_page(site, path: str, shot: str):
    """The page's DOM after Chromium rendered it, and a screenshot saved as test-output/SHOT.png."""
    url, tmp = site
    profile = tmp / f"profile-{shot}"
    dom = _chromium(profile, "--dump-dom", url + path)
    assert dom.returncode == 0, dom.stderr.decode()[-2000:]
    png = OUT / f"{shot}.png"
    png.unlink(missing_ok=True)
    taken = _chromium(profile, "--window-size=1200,1400", f"--screenshot={png}", url + path)
    assert taken.returncode == 0 and png.is_file(), taken.stderr.decode()[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1200, 1400)
    assert len(data) > 20_000  # a page with text and pictures, not a blank
    return lxml_html.fromstring(dom.stdout.decode("utf-8"))


def text(node) -> str:
    return "".join(node.itertext()).strip()


def test_person_page_shows_the_name_and_the_posts_in_time_order(site):
    doc = open_page(site, iri_path("person", "陈旭辉-e6a0a2ef"), "person")
    assert text(doc.xpath("//h1")[0]).startswith("陈旭辉")
    posts = doc.xpath("//ol[@class='posts']/li")
    labels = [text(li.xpath("a")[0]) for li in posts]
    assert labels == ["鄂尔多斯市行政审批和政务服务局局长", "鄂尔多斯市行政审批政务服务与数据管理局局长",
                      "鄂尔多斯市行政审批政务服务与数据管理局党组书记"]
    starts = [text(li.xpath("span[@class='dates']")[0])[:10] for li in posts]
    assert starts == sorted(starts) == ["2024-01-07", "2024-02-07", "2024-02-22"]
    # the timeline draws one bar per post, left to right in the same order, and the groups as markers
    bars = doc.xpath("//*[local-name()='svg'][@class='timeline']//*[local-name()='rect'][@class='bar']")
    xs = [float(b.get("x")) for b in bars]
    assert [b.get("data-start") for b in bars] == starts and xs == sorted(xs) and len(set(xs)) == 3
    assert len(doc.xpath("//*[local-name()='path'][@class='group-marker']")) == 4
    # every fact names its notice and quotes its words
    rows = doc.xpath("//table[@class='facts']//tr[td]")
    assert rows and all(r.xpath("td/a[contains(@href, '/id/notice/')]") and r.xpath("td/q") for r in rows)


def test_person_page_links_the_homonym(site):
    doc = open_page(site, iri_path("person", "李军-5ae6d990"), "person-homonym")
    links = doc.xpath("//p[@class='homonyms']/a/@href")
    assert links == [iri_path("person", "李军-25145224")]


def test_agency_page_shows_people_tasks_and_groups(site):
    doc = open_page(site, iri_path("agency", "鄂尔多斯市财政局"), "agency")
    assert text(doc.xpath("//h1")[0]).startswith("鄂尔多斯市财政局")
    people = [text(a) for a in doc.xpath("//table[@class='people']//td/a[contains(@href, '/id/person/')]")]
    assert "宋晓磊" in people and "孟军" in people
    assert "完善服务保障体系" in [text(td) for td in doc.xpath("//table[@class='tasks']//td")]
    assert doc.xpath("//table[@class='groups']//a[contains(@href, '/id/group/')]")


def test_group_page_shows_the_org_chart_in_rank_order(site):
    doc = open_page(site, "/id/group/b5729ddc2f12", "group")
    assert text(doc.xpath("//h1")[0]).startswith("鄂尔多斯市第四次全国文物普查领导小组")

    def top(level: int) -> list[float]:
        return [float(r.get("y")) for r in doc.xpath(
            f"//*[local-name()='g'][@class='member level-{level}']/*[local-name()='rect']")]

    heads, deputies, members = top(0), top(1), top(2)
    assert len(heads) == 2 and len(deputies) == 2 and len(members) == 20
    assert max(heads) < min(deputies) < min(members)
    names = [text(t) for t in doc.xpath("//*[local-name()='g'][@class='member level-0']/*[local-name()='text'][1]")]
    assert names == ["组长 张炜", "组长 苗程玉"]
    assert doc.xpath("//*[local-name()='g'][@class='subgroup']")  # the office set up inside the group
    roles = [text(td) for td in doc.xpath("//table[@class='members']//tr/td[1]")]
    assert roles[:4] == ["组长", "组长", "副组长", "副组长"]


def test_notice_page_highlights_each_fact_at_its_span(site):
    doc = open_page(site, iri_path("notice", "鄂府任字〔2024〕4号"), "notice")
    assert text(doc.xpath("//h1")[0]) == "鄂尔多斯市人民政府关于乔建江等职务任免的通知"
    marks = [text(m) for m in doc.xpath("//pre[@class='text']/mark")]
    assert "乔建江任市乡村振兴局局长" in marks and "免去王国良市民政局副局长职务" in marks
    assert len(doc.xpath("//table[@class='facts']//tr[td]")) == 20
    pre = "".join(doc.xpath("//pre[@class='text']")[0].itertext())
    first = doc.xpath("//mark[@id='f0']")[0]
    assert text(first) == "乔建江任市乡村振兴局局长" and pre.index(text(first)) == 92  # the span's offset in the text
