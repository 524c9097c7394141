from dateline.read import read_paths

PAGE = """<html lang="en"><head><title>Blast hits port - Example Herald</title>
<meta property="og:site_name" content="Example Herald">
<meta name="article:published_time" content="2024-05-02">
<meta name="dateline:synthetic" content="true"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Blast hits port</h1>
<p>ODESA, May 2 (Example Herald) - A drone struck the port of Odesa early on Thursday, killing two
dock workers and wounding seven, regional officials said, in the latest attack on the harbour.</p>
<p>Firefighters put out a blaze at a grain terminal, the regional governor wrote on Telegram,
adding that air defences had destroyed most of the drones launched overnight.</p></article>
<aside><h3>Most read</h3><ul><li>Recipe of the week</li><li>Football: cup results</li></ul></aside>
<footer>Copyright Example Herald. All rights reserved.</footer></body></html>"""


def test_html_page_gives_main_text_title_date_and_site(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = list(read_paths([path]))
    assert "drone struck the port of Odesa" in doc.text
    assert "Recipe of the week" not in doc.text and "All rights reserved" not in doc.text
    assert doc.published == "2024-05-02"
    assert doc.source == "Example Herald"
    assert doc.meta["synthetic"] is True
    assert doc.id == "page"
