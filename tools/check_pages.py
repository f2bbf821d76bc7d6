#!/usr/bin/env python
"""Check the rendered documentation site (`_docs/`, made by `nbdev_docs`) in a real browser, the way a reader sees it.

    python tools/check_pages.py                       # every page of _docs/ at 1280 and 400 px; exit 1 and a list of problems if any
    python tools/check_pages.py --pages training.html data.html --widths 1280
    python tools/check_pages.py --json /tmp/pages.json  # the problems as JSON too
    python tools/check_pages.py --require-browser     # exit 1 (not 0) when no Chromium/Playwright to check with
    python tools/check_pages.py --known tools/check_pages_known.txt   # as CI runs it: listed problems do not fail

It drives the system Chromium with Playwright (`pip install playwright`; no `playwright install` needed: it uses
`chromium` from PATH, `apt-get install chromium`). Without Chromium or Playwright it says, in one line, that the check
is skipped and exits 0 (1 with `--require-browser`). The site is served from a local http.server on 127.0.0.1;
requests for the published site's own address (`site-url` in nbs/nbdev.yml) are answered from `_docs/` too, and every
other outside request is refused, so the check runs offline (formulas that need KaTeX from its CDN stay raw TeX).

Each page (but 404.html) is opened at each width and, once loaded (network idle, `document.fonts.ready`, every image
settled), checked for:
- wide: the page is wider than the viewport (`scrollWidth > innerWidth + 1`); names the elements that stick out of
  a parent that fits (not those inside a box that scrolls or clips). At every width.
- code: at 1280 px only (the first width when 1280 is not asked for), a code block (`div.sourceCode pre`) or output (`.cell-output pre`, any
  visible `pre`) that scrolls sideways, or a line of it that wraps onto more rows than one; names the first such line.
- image: an image that did not load (`img.complete && naturalWidth == 0`, or a 4xx/5xx or failed request for an
  image). Images from outside the site are not checked (offline). At every width.
- small: at 1280 px only, a figure (`img` in `.cell-output-display`, `figure` or `.quarto-figure`) shown at
  less than half its drawn width (natural pixel width; 1 px of rounding allowed, so a 2x image shown at exactly half
  passes): the text in it would be too small to read. SVGs are skipped.
- silent: a code cell that should print but shows no output. A `div.cell` is suspect when a line of its code, outside
  a `def`/`class` body and outside strings and comments, calls `print(`, `display(`, `Markdown(`, `.show(` or `plt.`, and the cell has no
  `.cell-output*` child. Exceptions: the code has the comment `# no output`, or its notebook cell (nbs/<page's
  notebook>.ipynb, found by cell id or by its code) has `#| eval: false`. Width-independent: reported with width "-".
- chapter: a chapter reference in prose (`p`, `li`, `td`; not in `code`/`pre`) that is not a link: each number of
  `chapter 04a`, `chapters 05 and 06`, `chapters 05, 06a and 07-08` (a list only after `chapters`: in `chapter 05a,
  15 epochs` the 15 is no chapter) that is not inside an `<a>`. Width-independent.

Each problem is one line: `page @width [check] what: where`; a count per check (and per page) ends the report.
With `--known FILE`, the problems whose `page @width [check] where` is a line of FILE are reported as known and do
not fail the check; a line of FILE that matches no problem does fail it (the problem was fixed: the line must go),
so the list only shrinks. `--write-known FILE` writes the problems found as that list.
Tested by `tools/test_check_pages.py`.
"""
import argparse, functools, http.server, io, json, mimetypes, re, shutil, sys, threading, time, tokenize
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_site import page_name, site_url  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SKIP_PAGES = {"404.html"}
CHECKS = {  # name: what it means, in the summary
    "wide": "page wider than the viewport",
    "code": "code or output block scrolls sideways or wraps (at {w} px)",
    "image": "image did not load",
    "small": "figure shown at under half its drawn width (at {w} px)",
    "silent": "code cell that prints but shows no output",
    "chapter": "chapter reference that is not a link",
}
INSTALL = "apt-get install chromium"
TRIGGER = re.compile(r"\bprint\(|\bdisplay\(|\bMarkdown\(|\.show\(|\bplt\.")
NO_OUTPUT = re.compile(r"#\s*no output", re.I)
EVAL_FALSE = re.compile(r"^\s*#\|\s*eval:\s*false\b", re.M | re.I)
NUM = r"\d\d[a-z]?\b"
CHAPTER = re.compile(rf"\bchapter\s+{NUM}|\bchapters\s+{NUM}(?:\s*(?:,|and|or|&|to|/|-|\u2013)\s*{NUM})*", re.I)

# --- what the browser measures -------------------------------------------------------------------------------------
# One call per page and width: waits for fonts, formulas and images, then returns what Python judges.
MEASURE_JS = r"""
async (full) => {
  await document.fonts.ready;
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) { try { await MathJax.startup.promise; } catch (e) {} }
  const imgs = [...document.images];
  for (const i of imgs) if (i.loading === 'lazy') i.loading = 'eager';
  await Promise.all(imgs.map(i => i.complete ? null : new Promise(r => {
    i.addEventListener('load', r, {once: true}); i.addEventListener('error', r, {once: true}); setTimeout(r, 5000); })));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));

  const snip = (s, n = 60) => (s || '').replace(/\s+/g, ' ').trim().slice(0, n);
  const desc = e => {
    let s = e.tagName.toLowerCase();
    if (e.id) s += '#' + e.id;
    const c = (e.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
    if (c.length) s += '.' + c.join('.');
    if (e.tagName === 'IMG') s += `[${(e.getAttribute('src') || '').split('/').pop().slice(0, 40)}]`;
    const t = snip(e.innerText || e.textContent, 40);
    return t ? `${s} "${t}"` : e.parentElement && e.parentElement !== document.body ? `${s} in ${desc(e.parentElement)}` : s;
  };
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  const W = window.innerWidth, out = {wide: null, code: [], images: [], small: [], cells: [], prose: []};

  // 1. wider than the viewport: the elements sticking out of a parent that fits, not clipped by a scrolling box
  const sw = document.documentElement.scrollWidth;
  if (sw > W + 1) {
    const off = new Set();
    for (const e of document.body.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.width <= 0 || r.right <= W + 1 || getComputedStyle(e).visibility === 'hidden') continue;
      let clipped = false;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= W + 1) { clipped = true; break; }
      if (!clipped) off.add(e);
    }
    const roots = [...off].filter(e => !off.has(e.parentElement));
    out.wide = {scrollWidth: sw, width: W, n: roots.length,
                culprits: roots.slice(0, 3).map(e => `${desc(e)} (right edge at ${Math.round(e.getBoundingClientRect().right)} px)`)};
  }

  // 3. images that did not load (outside images are not checked: offline)
  for (const i of imgs) {
    const src = i.currentSrc || i.src || '';
    if (!src.startsWith(location.origin) && !src.startsWith('data:')) continue;
    const svg = /\.svg(\?|#|$)/i.test(src) || src.startsWith('data:image/svg');
    if (!i.complete) out.images.push({src, why: 'still loading after 5 s'});
    else if (i.naturalWidth === 0 && !svg) out.images.push({src, why: 'broken (no pixels)'});
  }
  if (!full) return out;

  // the text lines of a pre: one Range per source line, with its text
  const lines = pre => {
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT,
      {acceptNode: n => n.parentElement.closest('button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
    const res = []; let start = null, text = '', node, last = null;
    const finish = (n, o) => {
      if (start && text.trim()) { const r = document.createRange(); r.setStart(start[0], start[1]); r.setEnd(n, o); res.push({text, range: r}); }
      start = null; text = '';
    };
    while ((node = walker.nextNode())) {
      const s = node.data;
      for (let i = 0; i < s.length; i++) {
        if (s[i] === '\n') { finish(node, i); continue; }
        if (!start) start = [node, i];
        text += s[i];
      }
      last = node;
    }
    if (last) finish(last, last.data.length);
    return res;
  };
  const rects = r => [...r.getClientRects()].filter(q => q.width > 0.5);
  const rows = (r, lh) => {
    const tops = rects(r).map(q => q.top).sort((a, b) => a - b);
    let n = 0, prev = -1e9;
    for (const t of tops) if (t - prev > lh * 0.5) { n++; prev = t; }
    return n;
  };

  // 2. code and output blocks that scroll sideways or wrap
  for (const pre of document.querySelectorAll('pre')) {
    if (!visible(pre)) continue;
    const kind = pre.closest('div.sourceCode') && !pre.closest('[class*="cell-output"]') ? 'code' : pre.closest('[class*="cell-output"]') ? 'output' : 'pre';
    const code = pre.querySelector(':scope > code');
    const cs = getComputedStyle(code || pre);
    const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
    const ls = lines(pre);
    const sc = [pre, code, pre.closest('div.sourceCode')].find(e => e && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1);
    if (sc) {
      const r = sc.getBoundingClientRect();
      const edge = r.left + sc.clientLeft + sc.clientWidth - parseFloat(getComputedStyle(sc).paddingRight) + 1;
      const bad = ls.filter(l => Math.max(...rects(l.range).map(q => q.right), -1e9) > edge);
      const first = bad.length ? bad[0] : ls.reduce((a, b) => (b.text.length > (a ? a.text.length : -1) ? b : a), null);
      out.code.push({kind, how: 'scrolls sideways', n: bad.length, line: snip(first ? first.text : '', 60),
                     extra: `${sc.scrollWidth} px in ${sc.clientWidth} px`});
    }
    const wrapped = ls.filter(l => rows(l.range, lh) > 1);
    if (wrapped.length)
      out.code.push({kind, how: 'wraps', n: wrapped.length, line: snip(wrapped[0].text, 60),
                     extra: `${rows(wrapped[0].range, lh)} rows`});
  }

  // 4. figures shown at under half their drawn width
  for (const i of document.querySelectorAll('.cell-output-display img, figure img, .quarto-figure img')) {
    const src = i.currentSrc || i.src || '';
    if (/\.svg(\?|#|$)/i.test(src) || src.startsWith('data:image/svg') || !i.naturalWidth || !visible(i)) continue;
    const w = i.getBoundingClientRect().width;
    if (w + 1 < 0.5 * i.naturalWidth) out.small.push({src, shown: Math.round(w), natural: i.naturalWidth});
  }

  // 5. code cells and whether they show an output (judged in Python)
  for (const c of document.querySelectorAll('div.cell')) {
    const code = [...c.querySelectorAll('div.sourceCode code')].filter(x => !x.closest('[class*="cell-output"]'))
      .map(x => x.textContent).join('\n');
    out.cells.push({id: c.id || '', code,
                    output: !!c.querySelector('.cell-output, .cell-output-display, .cell-output-stdout, .cell-output-stderr')});
  }

  // 6. prose text, block by block, each piece marked as link ('a'), code ('c') or plain ('t') (judged in Python)
  const blocks = new Map();
  const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let t;
  while ((t = tw.nextNode())) {
    const p = t.parentElement;
    if (!p || p.closest('script, style, pre, template')) continue;
    const b = p.closest('p, li, td');
    if (!b) continue;
    if (!blocks.has(b)) blocks.set(b, []);
    blocks.get(b).push([t.data, p.closest('a') ? 'a' : p.closest('code') ? 'c' : 't']);
  }
  out.prose = [...blocks.values()];
  return out;
}
"""


# --- what Python judges --------------------------------------------------------------------------------------------
def code_only(code: str) -> str:
    """The code with its strings and comments blanked out (same lines, same columns), so that a `print(` inside a
    string (a probe for a subprocess) or a comment does not count. Code Python cannot tokenize (a `!` shell line) gets
    a rougher cut: one-line strings and `#` comments."""
    rows = [list(r) for r in code.splitlines(keepends=True)]
    blank = {tokenize.STRING, tokenize.COMMENT, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type not in blank: continue
            (r0, c0), (r1, c1) = tok.start, tok.end
            for r in range(r0, r1 + 1):
                row = rows[r - 1]
                for i in range(c0 if r == r0 else 0, c1 if r == r1 else len(row)):
                    if row[i] != "\n": row[i] = " "
    except (tokenize.TokenError, SyntaxError, IndexError):
        return re.sub(r"#.*", "", re.sub(r'"[^"\n]*"|\'[^\'\n]*\'', '""', code))
    return "".join("".join(r) for r in rows)


def shown_call(code: str) -> str | None:
    "The first line of a cell's code, outside a def/class body and strings, that would print or display something."
    body = None  # the indent of a def/class line whose body we are in
    for line, bare in zip(code.splitlines(), code_only(code).splitlines()):
        s = bare.strip()
        if not s: continue
        ind = len(bare) - len(bare.lstrip())
        if body is not None:
            if ind > body: continue
            body = None
        if re.match(r"(async\s+)?(def|class)\b", s): body = ind; continue
        if TRIGGER.search(s): return line.strip()
    return None


def normal_code(code: str) -> str:
    "Code without cell directives or trailing blanks, for matching a page's cell to its notebook cell."
    return "\n".join(l.rstrip() for l in code.splitlines() if not l.lstrip().startswith("#|")).strip()


@functools.lru_cache(maxsize=None)
def not_evaluated(nbs: Path, page: str) -> tuple:
    "(ids, codes) of the notebook cells of `page` marked `#| eval: false`."
    nb = next((p for p in sorted(nbs.glob("*.ipynb"))
               if ("index.html" if p.stem == "index" else page_name(p)) == page), None) if nbs.is_dir() else None
    if nb is None: return frozenset(), frozenset()
    ids, codes = set(), set()
    for c in json.loads(nb.read_text(encoding="utf-8")).get("cells", []):
        src = "".join(c.get("source", ""))
        if c.get("cell_type") == "code" and EVAL_FALSE.search(src):
            if c.get("id"): ids.add(c["id"])
            codes.add(normal_code(src))
    return frozenset(ids), frozenset(codes)


def silent_cells(cells: list, nbs: Path, page: str) -> list:
    "(line, cell id) of each cell that would print but shows no output, less the exceptions."
    ids, codes = not_evaluated(nbs, page)
    found = []
    for c in cells:
        if c["output"] or NO_OUTPUT.search(c["code"]): continue
        line = shown_call(c["code"])
        if line and c["id"] not in ids and normal_code(c["code"]) not in codes: found.append((line, c["id"]))
    return found


def unlinked_chapters(blocks: list) -> list:
    "(number, snippet) of each chapter number in prose that is not inside a link."
    found = []
    for pieces in blocks:
        text = "".join(s for s, _ in pieces)
        kinds = "".join(k * len(s) for s, k in pieces)
        for m in CHAPTER.finditer(text):
            for n in re.finditer(NUM, text[m.start():m.end()]):
                a, b = m.start() + n.start(), m.start() + n.end()
                if "a" in kinds[a:b] or "c" in kinds[a:b]: continue
                lo, hi = max(0, m.start() - 40), min(len(text), m.end() + 40)
                snippet = ("..." if lo else "") + " ".join(text[lo:hi].split()) + ("..." if hi < len(text) else "")
                found.append((n.group(0), snippet))
    return found


def judge(page: str, width, m: dict, full: bool, failed: list, nbs: Path) -> list:
    "The problems of one page at one width, from what the browser measured."
    P = lambda check, what, where, w=width: {"page": page, "width": w, "check": check, "what": what, "where": where}
    out = []
    if m["wide"]:
        w = m["wide"]
        more = f" and {w['n'] - 3} more" if w["n"] > 3 else ""
        out.append(P("wide", f"page is {w['scrollWidth']} px wide in a {w['width']} px window",
                     "; ".join(w["culprits"]) + more or "(no element found)"))
    seen = set()
    for i in m["images"]:
        seen.add(i["src"]); out.append(P("image", f"image {i['why']}", short(i["src"])))
    for url, why in failed:
        if url not in seen: seen.add(url); out.append(P("image", f"image request failed ({why})", short(url)))
    if not full: return out
    for c in m["code"]:
        many = f" (and {c['n'] - 1} more lines)" if c["n"] > 1 else ""
        out.append(P("code", f"{c['kind']} block {c['how']} ({c['extra']}){many}", repr(c["line"])))
    for s in m["small"]:
        out.append(P("small", f"figure shown {s['shown']} px wide, drawn {s['natural']} px", short(s["src"])))
    for line, cid in silent_cells(m["cells"], nbs, page):
        out.append(P("silent", f"cell {cid or '(no id)'} prints but shows no output", repr(line[:60]), "-"))
    for num, snippet in unlinked_chapters(m["prose"]):
        out.append(P("chapter", f"chapter {num} is not a link", repr(snippet), "-"))
    return out


def short(url: str) -> str:
    s = urlsplit(url)
    return url[:60] + "..." if s.scheme == "data" else unquote(s.path.lstrip("/")) or url


def line(p: dict) -> str:
    w = f"{p['width']}px" if p["width"] != "-" else "-"
    return f"{p['page']} @{w} [{p['check']}] {p['what']}: {p['where']}"


def key(p: dict) -> str:
    "A problem as a line of the known list: page, width, check and where (not the counts in `what`)."
    w = f"{p['width']}px" if p["width"] != "-" else "-"
    return f"{p['page']} @{w} [{p['check']}] {p['where']}"


def read_known(path: Path) -> list:
    "The lines of a known-problems file, without blank lines and `#` comments."
    if not path.exists(): return []
    return [l.rstrip("\n") for l in path.read_text().splitlines() if l.strip() and not l.startswith("#")]


def split_known(problems: list, known: list) -> tuple:
    """(new problems, known problems, stale lines): a problem is known when its `key` is a line of `known`; a line
    that matches no problem any more is stale (fixed: it should leave the list, so that the list only shrinks)."""
    keys = set(known)
    new = [p for p in problems if key(p) not in keys]
    old = [p for p in problems if key(p) in keys]
    found = {key(p) for p in problems}
    return new, old, [k for k in known if k not in found]


# --- the browser ---------------------------------------------------------------------------------------------------
class BrowserMissing(Exception): pass


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name): return shutil.which(name)
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass


def serve(docs: Path):
    "An http.server for `docs` on 127.0.0.1 in a thread: (server, base URL)."
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(docs)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}/"


def site_pages(docs: Path, names=None) -> list:
    pages = [p.relative_to(docs).as_posix() for p in sorted(docs.rglob("*.html"))
             if "site_libs" not in p.parts and p.name not in SKIP_PAGES]
    if names:
        missing = [n for n in names if n not in pages]
        if missing: raise SystemExit(f"no such page in {docs}: {', '.join(missing)}")
        pages = [p for p in pages if p in names]
    return pages


def check_pages(docs: Path, names=None, widths=(1280, 400), nbs: Path = ROOT / "nbs", site: str = "",
                chromium: str | None = None, log=None) -> list:
    """All the problems of the pages of `docs` (or of `names`) at each of `widths`, as dicts (page, width, check,
    what, where); 1280 px (or the first width, without 1280) also gets the checks for code blocks, figures, silent cells and chapter links.
    Raises BrowserMissing when there is no Chromium or no Playwright."""
    chromium = chromium or find_chromium()
    if not chromium or not Path(chromium).exists(): raise BrowserMissing(f"Chromium is not installed ({INSTALL})")
    try: from playwright.sync_api import sync_playwright
    except ImportError: raise BrowserMissing("Playwright is not installed (pip install playwright)")
    pages = site_pages(docs, names)
    srv, base = serve(docs)
    site = site.rstrip("/") + "/" if site else ""
    problems = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            tabs, failed = [], []

            def route(r):
                url = r.request.url
                if url.startswith(base): return r.continue_()
                if site and url.startswith(site):  # the published site's own address: answer from docs
                    f = docs / unquote(urlsplit(url).path[len(urlsplit(site).path):])
                    if f.is_dir(): f = f / "index.html"
                    if f.is_file():
                        return r.fulfill(path=str(f), content_type=mimetypes.guess_type(f.name)[0] or "application/octet-stream")
                    return r.fulfill(status=404, body="not found")
                return r.abort()  # offline: nothing from outside

            def on_response(resp):
                if resp.request.resource_type == "image" and resp.status >= 400: failed.append((resp.url, f"HTTP {resp.status}"))

            def on_failed(req):
                if req.resource_type == "image" and (req.url.startswith(base) or (site and req.url.startswith(site))):
                    failed.append((req.url, req.failure or "failed"))

            for w in widths:
                tab = browser.new_page(viewport={"width": w, "height": 900})
                tab.route("**/*", route)
                tab.on("response", on_response); tab.on("requestfailed", on_failed)
                tabs.append(tab)
            main_w = 1280 if 1280 in widths else widths[0]  # the width that gets every check
            for rel in pages:
                for w, tab in zip(widths, tabs):
                    t0 = time.time()
                    failed.clear()
                    try:
                        tab.goto(base + rel, wait_until="load", timeout=30_000)
                        try: tab.wait_for_load_state("networkidle", timeout=10_000)
                        except Exception: pass
                        m = tab.evaluate(MEASURE_JS, w == main_w)
                    except Exception as e:
                        problems.append({"page": rel, "width": w, "check": "load", "what": "page did not load",
                                         "where": str(e).splitlines()[0][:120]}); continue
                    found = judge(rel, w, m, w == main_w, list(failed), nbs)
                    problems += found
                    if log: log(f"{rel} @{w}px: {len(found)} problem(s) ({time.time() - t0:.1f} s)")
            browser.close()
    finally:
        srv.shutdown(); srv.server_close()
    return problems


def summary(problems: list, main_w: int = 1280) -> list:
    "A line per check: its count, and the count per page."
    lines = []
    for check, what in {**CHECKS, "load": "page did not load"}.items():
        ps = [p for p in problems if p["check"] == check]
        if not ps and check == "load": continue
        per = Counter(p["page"] for p in ps)
        lines.append(f"{check:8} {len(ps):3}  {what.format(w=main_w)}" + (": " + ", ".join(f"{k} {v}" for k, v in per.most_common()) if ps else ""))
    return lines


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=ROOT / "_docs")
    ap.add_argument("--nbs", type=Path, default=ROOT / "nbs", help="the notebooks (for cells marked `#| eval: false`)")
    ap.add_argument("--pages", nargs="+", metavar="NAME", help="only these pages (e.g. training.html)")
    ap.add_argument("--widths", nargs="+", type=int, default=[1280, 400], metavar="PX",
                    help="viewport widths; 1280 (or the first) also gets the code, figure, cell and chapter checks")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write all the problems as JSON to OUT too")
    ap.add_argument("--chromium", help="the Chromium to drive (default: chromium on PATH)")
    ap.add_argument("--require-browser", action="store_true", help="exit 1 when there is no browser to check with")
    ap.add_argument("--known", type=Path, metavar="FILE",
                    help="problems known and not yet fixed, one `key` per line: they do not fail the check, but a line "
                         "that no longer matches does (remove it)")
    ap.add_argument("--write-known", type=Path, metavar="FILE", help="write every problem found to FILE as the known list")
    ap.add_argument("-v", "--verbose", action="store_true", help="a line per page and width as it is checked")
    args = ap.parse_args(argv)
    if not (args.docs / "index.html").exists():
        print(f"FAIL: {args.docs}/index.html is missing: render the site with nbdev_docs", file=sys.stderr); return 1
    t0 = time.time()
    try:
        problems = check_pages(args.docs, args.pages, tuple(args.widths), args.nbs, site_url(args.nbs) if args.nbs.is_dir() else "",
                               args.chromium, log=(lambda s: print(s, file=sys.stderr)) if args.verbose else None)
    except BrowserMissing as e:
        print(f"{'FAIL' if args.require_browser else 'skipped'}: browser check of the pages not run: {e}")
        return 1 if args.require_browser else 0
    if args.json: args.json.write_text(json.dumps(problems, indent=1))
    n, secs = len(site_pages(args.docs, args.pages)), time.time() - t0
    widths = " and ".join(f"{w} px" for w in args.widths)
    if args.write_known:
        head = "# problems tools/check_pages.py found and that are not fixed yet; a fixed one must leave this list\n"
        args.write_known.write_text(head + "".join(key(p) + "\n" for p in sorted(problems, key=key)))
        print(f"wrote {len(problems)} known problem(s) to {args.write_known}")
        return 0
    known = read_known(args.known) if args.known else []
    problems, old, stale = split_known(problems, known)
    if old:
        print(f"known: {len(old)} problem(s) listed in {args.known} and not fixed yet:", *summary(old), sep="\n  ")
    if stale:
        print(f"FAIL: {len(stale)} line(s) of {args.known} match no problem any more: fixed, so remove them:", *stale,
              sep="\n  ", file=sys.stderr)
    if problems:
        print(f"FAIL: {len(problems)} problem(s) in {n} pages at {widths} ({secs:.0f} s):", *map(line, problems),
              sep="\n  ", file=sys.stderr)
        print("by check:", *summary(problems, 1280 if 1280 in args.widths else args.widths[0]), sep="\n  ", file=sys.stderr)
        return 1
    if stale: return 1
    print(f"pages: {n} pages checked at {widths} in a browser ({secs:.0f} s): none too wide, code fits, images load, "
          f"figures readable, printing cells show output, chapter references linked"
          + (f" (but the {len(old)} known problem(s) above)" if old else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
