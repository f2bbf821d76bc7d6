"""Tests of tools/check_pages.py on small pages written here, each with one fault: the browser check catches that fault
(and only it), and a clean page passes. Without Chromium (or Playwright) the browser tests skip, saying so in a line.

    python tools/test_check_pages.py        # or: python -m unittest tools/test_check_pages.py
"""
import contextlib, io, json, struct, sys, tempfile, unittest, zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_pages  # noqa: E402
from check_pages import check_pages as check, key, shown_call, split_known, unlinked_chapters  # noqa: E402

SITE = "https://example.github.io/proj/"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ margin: 0; font: 16px/1.5 sans-serif; }}
main {{ max-width: 800px; margin: 0 auto; padding: 0 8px; }}
pre {{ font: 14px/20px monospace; white-space: pre; overflow-x: auto; margin: 0; }}
.cell-output pre {{ white-space: pre-wrap; }}
pre.sourceCode > code {{ white-space: normal; }}                             /* Quarto's code, as styles.css sets it */
pre.sourceCode > code > span {{ display: block; white-space: pre-wrap; }}
img {{ display: block; }}
</style></head><body><main><h1>{name}</h1>
{body}
</main></body></html>"""


def cell(code, output=None, cid=""):
    "A Quarto code cell: its code, and its printed output if any."
    out = f'<div class="cell-output cell-output-stdout"><pre><code>{output}</code></pre></div>' if output is not None else ""
    return f'<div class="cell" id="{cid}"><div class="sourceCode"><pre><code>{code}</code></pre></div>{out}</div>'


def quarto_code(*lines):
    "A code block as Quarto writes it: a span per line."
    spans = "\n".join(f'<span id="cb1-{i}"><a href="#cb1-{i}" aria-hidden="true"></a>{l}</span>' for i, l in enumerate(lines, 1))
    return f'<div class="cell"><div class="sourceCode"><pre class="sourceCode"><code class="sourceCode python">{spans}</code></pre></div></div>'


PAGES = {  # page: (its body, the problems expected as {(check, width)})
    "clean.html": ("""
<p>As <a href="#">chapter 04a</a> shows, and chapters <a href="#">05</a> and <a href="#">06</a>; not <code>chapter 07</code>.</p>
<ul><li>A list item that links <a href="#">Chapter 08</a>.</li></ul>
""" + cell('print("hello")\nx = 1', output="hello") + cell("def show(x):\n    print(x)") + cell('plt.savefig("a.png")  # no output')
        + cell('print("not run")', cid="c4")  # `#| eval: false` in clean.ipynb, found by id
        + cell("display(big)", cid="other")  # `#| eval: false` in clean.ipynb, found by its code
        + quarto_code("import numpy as np", "x = np.zeros(3)")
        + '<div class="cell"><div class="cell-output-display"><figure><img src="fig.png" alt="fig"></figure></div></div>'
        + '<div class="cell-output-display"><img src="fig2x.png" width="300" alt="a 2x figure shown at half: fine"></div>'
        + f'<img src="{SITE}fig.png" alt="from the site\'s own address">'
        + '<div style="overflow-x: auto"><table style="width: 1000px"><tr><td>a wide table scrolls in its box</td></tr></table></div>',
        set()),
    "wide.html": ('<div class="banner" style="width: 1500px">a banner too wide</div>', {("wide", 1280), ("wide", 400)}),
    "scrolls.html": (cell('x = "' + "a" * 150 + '"'), {("code", 1280)}),
    "wraps.html": (cell("print(s)", output="word " * 40), {("code", 1280)}),
    "wraps_code.html": (quarto_code("import numpy as np", "y = [" + ", ".join(["12345"] * 25) + "]"), {("code", 1280)}),
    "broken.html": (f'<img src="missing.png" alt="gone"><img src="{SITE}gone.png" alt="gone too">', {("image", 1280), ("image", 400)}),
    "small.html": ('<div class="cell-output-display"><img src="big.png" style="width: 300px" alt="big"></div>', {("small", 1280)}),
    "silent.html": (cell('print("where is my output")', cid="s1"), {("silent", "-")}),
    "chapter.html": ('<p>See chapters <a href="#">05</a> and 06 for the data.</p>', {("chapter", "-")}),
}


def png(path: Path, w: int, h: int):
    "A grey PNG of w x h pixels, written with zlib."
    raw = b"".join(b"\0" + b"\x80" * w for _ in range(h))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def notebook(*cells):
    return json.dumps({"cells": [{"cell_type": "code", "id": i, "source": s, "metadata": {}, "outputs": []} for i, s in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def make_site(root: Path):
    "The pages above in root/_docs, with their images and notebooks: (docs, nbs)."
    docs, nbs = root / "_docs", root / "nbs"
    docs.mkdir(); nbs.mkdir()
    (docs / "index.html").write_text(PAGE.format(name="index", body="<p>Home.</p>"))
    for name, (body, _) in PAGES.items(): (docs / name).write_text(PAGE.format(name=name, body=body))
    png(docs / "fig.png", 200, 100); png(docs / "big.png", 1000, 100); png(docs / "fig2x.png", 601, 100)
    (nbs / "nbdev.yml").write_text(f'website:\n  site-url: "{SITE.rstrip("/")}"\n')
    (nbs / "clean.ipynb").write_text(notebook(("c4", '#| eval: false\nprint("not run")'), ("zz", "#| eval: false\ndisplay(big)")))
    (nbs / "silent.ipynb").write_text(notebook(("s1", 'print("where is my output")')))  # evaluated: no excuse
    return docs, nbs


def browser_missing() -> str:
    "Why the browser tests cannot run, or ''."
    if not check_pages.find_chromium(): return f"Chromium is not installed ({check_pages.INSTALL})"
    try: import playwright  # noqa: F401
    except ImportError: return "Playwright is not installed (pip install playwright)"
    return ""


class CheckPagesInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        why = browser_missing()
        if why:
            print(f"skipped: browser tests of check_pages not run: {why}", file=sys.stderr)
            raise unittest.SkipTest(why)
        cls.tmp = tempfile.TemporaryDirectory()
        docs, nbs = make_site(Path(cls.tmp.name))
        cls.problems = check(docs, nbs=nbs, site=SITE)  # every page at 1280 and 400 px, in one browser

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def found(self, page):
        return [p for p in self.problems if p["page"] == page]

    def assertOnly(self, page):
        "The page's problems are exactly those expected of it."
        got = {(p["check"], p["width"]) for p in self.found(page)}
        self.assertEqual(got, PAGES[page][1], "\n".join(map(check_pages.line, self.found(page))))
        return self.found(page)

    def test_clean_page_passes(self):
        self.assertOnly("clean.html")
        self.assertEqual(self.found("index.html"), [])

    def test_wide(self):
        for p in self.assertOnly("wide.html"):
            self.assertIn("div.banner", p["where"]); self.assertIn("a banner too wide", p["where"])

    def test_code_that_scrolls(self):
        [p] = self.assertOnly("scrolls.html")
        self.assertIn("code block scrolls sideways", p["what"]); self.assertIn('x = "aaaa', p["where"])

    def test_output_that_wraps(self):
        [p] = self.assertOnly("wraps.html")
        self.assertIn("output block wraps", p["what"]); self.assertIn("word word", p["where"])

    def test_quarto_code_line_that_wraps(self):
        [p] = self.assertOnly("wraps_code.html")
        self.assertIn("code block wraps", p["what"]); self.assertIn("y = [12345", p["where"])

    def test_broken_images(self):
        ps = self.assertOnly("broken.html")
        self.assertEqual(len(ps), 4, ps)  # two images, two widths
        self.assertEqual({p["where"] for p in ps}, {"missing.png", "proj/gone.png"})

    def test_small_figure(self):
        [p] = self.assertOnly("small.html")
        self.assertIn("300 px wide, drawn 1000 px", p["what"]); self.assertEqual(p["where"], "big.png")

    def test_silent_cell(self):
        [p] = self.assertOnly("silent.html")
        self.assertIn("cell s1 prints but shows no output", p["what"]); self.assertIn("where is my output", p["where"])

    def test_unlinked_chapter(self):
        [p] = self.assertOnly("chapter.html")
        self.assertEqual(p["what"], "chapter 06 is not a link"); self.assertIn("chapters 05 and 06 for the data", p["where"])


class Rules(unittest.TestCase):
    "The rules judged in Python, and the skip without a browser: no browser needed."
    def test_shown_call(self):
        self.assertEqual(shown_call("x = 1\nprint(x)"), "print(x)")
        self.assertEqual(shown_call("fig, ax = plt.subplots()"), "fig, ax = plt.subplots()")
        self.assertEqual(shown_call("for i in range(3):\n    display(i)"), "display(i)")
        self.assertIsNone(shown_call("def f(x):\n    print(x)\n    plt.plot(x)\ny = f"))
        self.assertIsNone(shown_call("class A:\n    def show(self): print(1)"))
        self.assertEqual(shown_call("def f(x):\n    return x\nMarkdown(f('a'))"), "Markdown(f('a'))")
        self.assertIsNone(shown_call("import matplotlib.pyplot as plt\n# print(x) in a comment"))
        self.assertIsNone(shown_call('probe = "import sys; print(sys.path)"\nrun(probe)'))  # in a string
        self.assertIsNone(shown_call('probe = \"\"\"\nimport sys\nprint(sys.path)\n\"\"\"\nrun(probe)'))
        self.assertEqual(shown_call('!ls "print(" \nprint(x)'), "print(x)")  # not Python: the rough cut

    def test_known_problems(self):
        a = {"page": "a.html", "width": 1280, "check": "code", "what": "code block wraps (2 rows)", "where": "'x = 1'"}
        b = {"page": "b.html", "width": "-", "check": "chapter", "what": "chapter 04 is not a link", "where": "'see 04'"}
        self.assertEqual(key(a), "a.html @1280px [code] 'x = 1'")  # the counts in `what` are not part of the key
        self.assertEqual(key(b), "b.html @- [chapter] 'see 04'")
        new, old, stale = split_known([a, b], [key(a), "c.html @400px [wide] 'gone'"])
        self.assertEqual((new, old, stale), ([b], [a], ["c.html @400px [wide] 'gone'"]))
        self.assertEqual(split_known([a], []), ([a], [], []))

    def test_chapters(self):
        text = lambda *pieces: [[(s, k) for s, k in pieces]]
        self.assertEqual([n for n, _ in unlinked_chapters(text(("see chapter 04a, then Chapters 05 and 06-07.", "t")))],
                         ["04a", "05", "06", "07"])
        self.assertEqual(unlinked_chapters(text(("see ", "t"), ("chapter 04a", "a"), (".", "t"))), [])
        self.assertEqual([n for n, _ in unlinked_chapters(text(("chapters ", "t"), ("05", "a"), (" and 06", "t")))], ["06"])
        self.assertEqual(unlinked_chapters(text(("chapter 04_model.ipynb, chapter 4, chapter 123", "t"))), [])
        self.assertEqual([n for n, _ in unlinked_chapters(text(("the recipe of chapter 05a, 15 epochs", "t")))], ["05a"])

    def test_no_browser(self):
        with tempfile.TemporaryDirectory() as d:
            (Path(d) / "index.html").write_text("<p>x</p>")
            find, check_pages.find_chromium = check_pages.find_chromium, lambda: None
            try:
                for flags, rc in (([], 0), (["--require-browser"], 1)):
                    out = io.StringIO()
                    with contextlib.redirect_stdout(out): self.assertEqual(check_pages.main(["--docs", d, *flags]), rc)
                    self.assertEqual(len(out.getvalue().splitlines()), 1, out.getvalue())
                    self.assertIn("Chromium is not installed (apt-get install chromium)", out.getvalue())
            finally:
                check_pages.find_chromium = find


if __name__ == "__main__":
    unittest.main()
