#!/usr/bin/env python
"""Check the rendered documentation site (`_docs/`, made by `nbdev_docs`) the way a reader would meet it.

    python tools/check_site.py            # checks _docs/ against nbs/; exit 1 and a list of problems if any
    python tools/check_site.py --docs D --nbs N

What it checks:
- every local `href`/`src` resolves to a file of the site, and every `#anchor` to an element with that id on the
  page it points at (links within a page included);
- every chapter notebook has its page, with the notebook's title and description;
- no page shows notebook plumbing: cell directives (`#|`), `IN_TEST`, calls of private helpers (`_name(...)`)
  in the code a reader sees, or a progress bar left mid-run;
- a docstring's summary under its signature is in italics to its end (fastcore italicises only the first line of
  a docstring; `vit_nbdev._docs.DocRenderer` joins the summary's lines);
- `search.json` has entries for every page.

Tested by `tools/test_check_site.py`.
"""
import argparse, json, re, sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
SKIP_PAGES = {"404.html"}  # Quarto's own error page, if any: not a reader's page
PRIVATE_CALL = re.compile(r"(?<![\w.])_[A-Za-z]\w*\(")  # `_show_constant(`, not `obj._x(`, not `__init__(`
PROGRESS = re.compile(r"(\d{1,3})%\|[^|\n]*\|\s*(\d+)/(\d+)")  # tqdm: ' 45%|####     | 9/20 [...]'
DIRECTIVE = re.compile(r"^\s*#\|", re.M)
DOC_SUMMARY = re.compile(r"</pre></div>\s*<p><em>((?:(?!</p>).)*)</p>", re.S)  # the paragraph under a signature


class Page(HTMLParser):
    "What one HTML page holds: its ids, its local links, the text of its code, outputs and prose."
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.title, self.description = set(), [], "", ""
        self.code, self.text = [], []  # source code the reader sees; all visible text
        self._stack = []  # (tag, kind) for open elements that matter
        self._skip = 0  # inside <script>/<style>

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"): self.ids.add(a["id"])
        if tag == "a" and a.get("name"): self.ids.add(a["name"])
        for key in ("href", "src"):
            if a.get(key) is not None and tag in ("a", "img", "link", "script", "source", "iframe"):
                self.links.append(a[key])
        cls = (a.get("class") or "").split()
        kind = None
        if tag in ("script", "style"): self._skip += 1; kind = "skip"
        elif tag == "h1" and "title" in cls: kind = "title"
        elif tag == "div" and "description" in cls: kind = "description"
        elif tag == "code" and any(c in cls for c in ("sourceCode", "python")): kind = "code"
        if tag not in ("br", "img", "link", "meta", "input", "hr", "source", "col", "wbr"): self._stack.append((tag, kind))

    def handle_endtag(self, tag):
        while self._stack:
            t, kind = self._stack.pop()
            if kind == "skip": self._skip -= 1
            if t == tag: break

    def handle_data(self, data):
        if self._skip: return
        kinds = {k for _, k in self._stack}
        if "title" in kinds: self.title += data
        if "description" in kinds: self.description += data
        if "code" in kinds: self.code.append(data)
        self.text.append(data)


def parse(path: Path) -> Page:
    return parse_text(path.read_text(encoding="utf-8"))


def parse_text(html: str) -> Page:
    "A page from its HTML."
    p = Page()
    p.html = html
    p.feed(p.html)
    p.code, p.text = "".join(p.code), "".join(p.text)
    p.title, p.description = plain(p.title), plain(p.description)
    return p


def is_local(url: str) -> bool:
    s = urlsplit(url)
    return not (s.scheme or s.netloc or url.startswith(("mailto:", "javascript:", "data:")))


def site_url(nbs: Path) -> str:
    "The published site's address from `nbdev.yml` (nbdev links API names to it): its links are local too."
    m = re.search(r'site-url:\s*"?([^"\n]+)"?', (nbs / "nbdev.yml").read_text()) if (nbs / "nbdev.yml").exists() else None
    return m.group(1).rstrip("/") + "/" if m else ""


def check_links(docs: Path, pages: dict, site: str = "") -> list:
    "Every local href/src resolves, and so does every #anchor; links to `site` are local links."
    problems = []
    for rel, page in pages.items():
        here = (docs / rel).parent
        for url in page.links:
            in_site = bool(site) and url.startswith(site)
            if not (in_site or is_local(url)) or url in ("", "#"): continue
            s = urlsplit(url)
            if in_site: target = (docs / unquote(s.path[len(urlsplit(site).path):])).resolve()
            else: target = (here / unquote(s.path)).resolve() if s.path else (docs / rel).resolve()
            if target.is_dir(): target = target / "index.html"
            if not target.exists():
                problems.append(f"{rel}: link to {url}: no such file"); continue
            if s.fragment:
                try: trel = target.relative_to(docs.resolve()).as_posix()
                except ValueError: problems.append(f"{rel}: link to {url} leaves the site"); continue
                ids = pages[trel].ids if trel in pages else None
                if ids is not None and unquote(s.fragment) not in ids:
                    problems.append(f"{rel}: link to {url}: no element with id '{s.fragment}'")
    return problems


def page_name(nb: Path) -> str:
    """The page nbdev makes from a notebook: `06_training.ipynb` -> `training.html` (the number prefix goes, by
    nbdev's own rule, which also drops `06a_`)."""
    return re.sub(r"^\d+[a-zA-Z0-9]*_", "", nb.stem.lower()) + ".html"


def plain(text: str) -> str:
    "Text with its whitespace collapsed and Pandoc's typographic quotes made plain, for comparing."
    return " ".join(text.translate(str.maketrans("‘’“”", "''\"\"")).split())


def title_and_description(nb: Path) -> tuple:
    "The `# Title` and `> description` of a notebook's first Markdown cell."
    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    first = next(("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"), "")
    title = re.search(r"^#\s+(.+)$", first, re.M)
    desc = re.search(r"^>\s*(.+)$", first, re.M)
    clean = lambda m: plain(re.sub(r"[`*]", "", m.group(1))) if m else ""
    return clean(title), clean(desc)


def check_chapters(docs: Path, nbs: Path, pages: dict) -> list:
    "Every notebook has its page, with its title and description."
    problems = []
    for nb in sorted(nbs.glob("*.ipynb")):
        if nb.name.startswith("_"): continue
        rel = "index.html" if nb.stem == "index" else page_name(nb)
        if rel not in pages: problems.append(f"{nb.name}: its page {rel} is missing"); continue
        title, desc = title_and_description(nb)
        page = pages[rel]
        if title and page.title != title: problems.append(f"{rel}: title {page.title!r}, notebook says {title!r}")
        if desc and page.description != desc:
            problems.append(f"{rel}: description {page.description!r}, notebook says {desc!r}")
    return problems


def private_owners() -> dict:
    """Each private name of the package and the page that defines it (from `vit_nbdev._modidx`): `_decay_groups` ->
    `training_loop.html`."""
    try: from vit_nbdev._modidx import d
    except ImportError: return {}
    owners = {}
    for syms in d["syms"].values():
        for full, (link, _) in syms.items():
            name = full.split(".")[-1]
            if name.startswith("_") and not name.startswith("__") and full.count(".") == 2:  # module-level
                owners[name] = link.split("#")[0]
    return owners


def spine_pages(nbs: Path) -> set:
    "The pages of the spine's chapters (00-07, with 05a and 06a)."
    return {page_name(p) for p in nbs.glob("0[0-7]*.ipynb")}


def check_plumbing(pages: dict, owners: dict | None = None, spine: set | None = None) -> list:
    """No cell directives, test switches, private helper calls or unfinished progress bars on any page. A page may
    call the package's private helpers that it defines itself (the chapter builds them), and the chapters beyond
    the spine may call the spine's (they extend it from outside); a spine page calling another module's private
    helper, or any page calling a private name the package does not define, is plumbing shown to a reader."""
    owners, spine = owners or {}, spine if spine is not None else set(pages)
    problems = []
    for rel, page in pages.items():
        if DIRECTIVE.search(page.code): problems.append(f"{rel}: shows a cell directive ('#|')")
        if "IN_TEST" in page.text: problems.append(f"{rel}: shows IN_TEST")
        for m in sorted(set(PRIVATE_CALL.findall(page.code))):
            owner = owners.get(m[:-1])
            if owner == rel or (owner is not None and rel not in spine): continue
            problems.append(f"{rel}: shows a call of a private helper: {m}...)")
        for m in PROGRESS.finditer(page.text):
            pct, done, total = map(int, m.groups())
            if pct < 100 or done < total: problems.append(f"{rel}: a progress bar left mid-run: {m.group(0)!r}")
    return problems


def check_docstrings(pages: dict) -> list:
    "Every docstring summary under a signature is in italics to its end, not cut at a line break."
    problems = []
    for rel, page in pages.items():
        for m in DOC_SUMMARY.finditer(page.html):
            if not m.group(1).rstrip().endswith("</em>"):
                text = plain(re.sub(r"<[^>]+>", "", m.group(1)))
                problems.append(f"{rel}: a docstring summary leaves its italics mid-way: {text[:70]!r}")
    return problems


def check_search(docs: Path, pages: dict) -> list:
    "search.json has at least one entry for every page."
    path = docs / "search.json"
    if not path.exists(): return ["search.json is missing"]
    covered = {urlsplit(e.get("href", "")).path.lstrip("./") for e in json.loads(path.read_text(encoding="utf-8"))}
    return [f"search.json has no entry for {rel}" for rel in pages if rel not in covered]


def check_site(docs: Path, nbs: Path) -> list:
    "All the problems found in the rendered site `docs`, built from the notebooks in `nbs`."
    if not (docs / "index.html").exists(): return [f"{docs}/index.html is missing: render the site with nbdev_docs"]
    pages = {p.relative_to(docs).as_posix(): parse(p) for p in sorted(docs.rglob("*.html"))
             if "site_libs" not in p.parts and p.name not in SKIP_PAGES}
    return check_links(docs, pages, site_url(nbs)) + check_chapters(docs, nbs, pages) \
        + check_plumbing(pages, private_owners(), spine_pages(nbs)) \
        + check_docstrings(pages) + check_search(docs, pages)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=ROOT / "_docs")
    ap.add_argument("--nbs", type=Path, default=ROOT / "nbs")
    args = ap.parse_args(argv)
    problems = check_site(args.docs, args.nbs)
    n = len(list(args.docs.rglob("*.html")))
    if problems:
        print(f"FAIL: {len(problems)} problem(s) in the rendered site:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"site: {n} pages checked: links and anchors resolve, chapters titled, no plumbing, docstrings whole, search covers all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
