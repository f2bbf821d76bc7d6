"""Tests of tools/check_site.py on small sites written here: each check passes a clean site and catches its fault.

    python -m unittest tools/test_check_site.py
"""
import json, sys, tempfile, unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_site import check_site  # noqa: E402

SITE = "https://example.github.io/proj/"
PAGE = """<html><head><link href="site_libs/x.css" rel="stylesheet"><script src="site_libs/x.js"></script></head>
<body><h1 class="title">{title}</h1><div class="description">{desc}</div>
<nav><a href="#sec">Section</a> <a href="{other}">other page</a> <a href="https://python.org">out</a></nav>
<section id="sec"><div class="sourceCode"><pre><code class="sourceCode python">{code}</code></pre></div>{doc}
<pre><code>{output}</code></pre></section></body></html>"""


def notebook(title, desc):
    cell = {"cell_type": "markdown", "metadata": {}, "source": [f"# {title}\n", "\n", f"> {desc}"]}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


class CheckSite(unittest.TestCase):
    def make(self, code="x = 1", output="done", other="index.html#sec", search=("index.html", "model.html"),
             title="The model", desc="It's the model.", doc=""):
        "A two-page site (index and the chapter 04_model) with its notebooks; returns (docs, nbs)."
        tmp = tempfile.TemporaryDirectory(); self.addCleanup(tmp.cleanup)
        root = Path(tmp.name)
        docs, nbs = root / "_docs", root / "nbs"
        (docs / "site_libs").mkdir(parents=True); nbs.mkdir()
        for f in ("x.css", "x.js"): (docs / "site_libs" / f).write_text("")
        (nbs / "nbdev.yml").write_text(f'website:\n  site-url: "{SITE.rstrip("/")}"\n')
        (nbs / "index.ipynb").write_text(notebook("proj", "Home."))
        (nbs / "04_model.ipynb").write_text(notebook("The model", "It's the model."))
        (docs / "index.html").write_text(PAGE.format(title="proj", desc="Home.", other="model.html", code="", output="", doc=""))
        (docs / "model.html").write_text(PAGE.format(title=title, desc=desc, other=other, code=code, output=output, doc=doc))
        (docs / "search.json").write_text(json.dumps([{"href": h, "text": "t"} for h in search]))
        return docs, nbs

    def test_clean_site(self):
        self.assertEqual(check_site(*self.make(desc="It\u2019s the model.")), [])  # typographic quote is fine

    def test_missing_file_and_anchor(self):
        self.assertIn("no such file", " ".join(check_site(*self.make(other="nowhere.html"))))
        self.assertIn("no element with id 'nope'", " ".join(check_site(*self.make(other="index.html#nope"))))
        self.assertIn("no element with id 'x'", " ".join(check_site(*self.make(other="#x"))))  # self-link
        self.assertEqual(check_site(*self.make(other=SITE + "index.html#sec")), [])  # the site's own URL is local
        self.assertIn("no such file", " ".join(check_site(*self.make(other=SITE + "gone.html"))))

    def test_chapter_pages(self):
        self.assertIn("title", " ".join(check_site(*self.make(title="Model"))))
        self.assertIn("description", " ".join(check_site(*self.make(desc="Other."))))
        docs, nbs = self.make()
        (nbs / "05_data.ipynb").write_text(notebook("Data", "Images."))
        self.assertIn("05_data.ipynb: its page data.html is missing", check_site(docs, nbs))

    def test_plumbing(self):
        self.assertIn("directive", " ".join(check_site(*self.make(code="#| export\nx = 1"))))
        self.assertIn("IN_TEST", " ".join(check_site(*self.make(code="if IN_TEST: pass"))))
        self.assertIn("_show_constant", " ".join(check_site(*self.make(code="_show_constant(X)"))))
        for fine in ("model._init_weights()", "super().__init__()", "x_max(2)"):
            self.assertEqual(check_site(*self.make(code=fine)), [], fine)
        from check_site import check_plumbing, parse_text
        owners, spine = {"_decay_groups": "training_loop.html"}, {"training_loop.html", "training.html"}
        pages = {name: parse_text('<code class="sourceCode python">_decay_groups(model)</code>')
                 for name in ("training_loop.html", "training.html", "small_data.html")}
        found = " ".join(check_plumbing(pages, owners, spine))
        self.assertIn("training.html: shows a call of a private helper: _decay_groups(", found)  # another spine page
        self.assertNotIn("training_loop.html:", found)  # the page that defines it
        self.assertNotIn("small_data.html:", found)  # a chapter beyond the spine
        bar = "epochs:  40%|####      | 6/15 [03:00<04:30]"
        self.assertIn("mid-run", " ".join(check_site(*self.make(output=bar))))
        self.assertEqual(check_site(*self.make(output="epochs: 100%|##########| 15/15 [08:50<00:00]")), [])

    def test_docstrings(self):
        whole = "\n<p><em>Cut <code>images</code> into patches, flattened.</em></p>\n<p>More.</p>"
        self.assertEqual(check_site(*self.make(doc=whole)), [])
        cut = "\n<p><em>Cut <code>images</code> into patches,</em> flattened.</p>"
        self.assertIn("leaves its italics mid-way: 'Cut images into patches, flattened.'",
                      " ".join(check_site(*self.make(doc=cut))))

    def test_page_names(self):
        from check_site import page_name
        self.assertEqual(page_name(Path("06_training.ipynb")), "training.html")
        self.assertEqual(page_name(Path("06a_Inference.ipynb")), "inference.html")
        self.assertEqual(page_name(Path("index.ipynb")), "index.html")

    def test_search(self):
        self.assertEqual(check_site(*self.make(search=("index.html", "model.html#sec"))), [])
        self.assertIn("search.json has no entry for model.html", check_site(*self.make(search=("index.html",))))


if __name__ == "__main__":
    unittest.main()
