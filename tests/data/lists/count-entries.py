#!/usr/bin/env python3
"""Independent counter of "paper entries" in awesome-list READMEs.

Needs Python 3 (standard library only) and the `cmark-gfm` command
(Debian package `cmark-gfm`).  The Markdown is parsed by GitHub's own parser:
    cmark-gfm -e table -e autolink -e strikethrough -t xml --sourcepos FILE

THE RULE ("paper entry")
------------------------
Terms.  An *external link* is a Markdown link, an autolink or an inline HTML
<a href> whose target starts with http:// or https:// (after any leading
`[`, `(` or `<`, so the malformed `[[Paper]([https://a](https://b))]` seen
in two lists still counts).  A link whose whole
content is images (a badge: `[![stars](shield)](url)`, or an <a> wrapping an
<img>) does not count; neither do anchors (#...), relative paths or images.
An item's *own content* is everything in a list item except its nested lists.
A *field item* is a list item whose own content has no external link, or whose
text (link texts kept, bare URLs dropped) starts with a link label such as
Paper / PDF / arXiv / Code / GitHub / Project / Homepage / Website / Demo /
Video / Slides / Blog / Dataset / BibTeX / PyTorch / Python ..., or with a
short label of at most three words followed by a colon, and is at most six
words long, e.g. `- Paper: https://...`, `- Homeoage: https://...` or
`- [[Code]](https://...)`; or whose text is nothing but short bracketed
links, e.g. `- [[C++]](https://...) [[Python]](https://...)`.

Ignored parts.
  R1  Code blocks, HTML comments, HTML blocks other than tables (E2), block
      quotes, and all content before the first Markdown heading (title
      badges, intro, news boxes).  Markdown inside <details> is read (GitHub
      renders it), and an HTML <h1> is not a heading.
  R2  The content (own text and deeper subsections) of a heading whose
      words -- after dropping numbering, emoji, punctuation and small words --
      all come from the vocabulary NONPAPER + MODIFIERS below, with at least
      one NONPAPER word: table of contents, contributing, license,
      acknowledgements, citation, star history, related/other lists, contact,
      news/updates, introduction/about, community/support, recruitment,
      references, conference/workshop, usage/restrictions, tutorials,
      courses, lectures, videos, talks, blogs/posts, books, tools, libraries,
      frameworks, code/implementations, GitHub (repos), notebooks, resources.
      ("Papers with code", "Survey", "Overview", "Datasets", "Benchmarks",
      "Others", "Software" are kept.)  A heading of at most three words whose
      LAST word is a plural non-paper noun (TRAILING below: "LLM Frameworks",
      "Introductory Videos") is excluded too.  Deeper subsections inherit the
      exclusion ("## Implementations" > "#### PyTorch") unless the subheading
      names papers/surveys, and except below a table-of-contents heading (its
      exclusion covers its own text only, since some READMEs nest every paper
      section under `## Contents`).
  R3  Headings themselves are never entries.

Entries (each counted once, at the line where it starts):
  E1  GFM table: every body row (not the header row) with >= 1 external link.
  E2  HTML table (<table> inside HTML blocks): every <tr> that has a <td> and
      >= 1 external <a href> that is not an image-only link.
  E3  List item (any depth) whose own content has an external link.  Its
      nested lists belong to it and are not counted again.
  E4  List item without an external link in its own content that has nested
      list items: if at most ONE of its direct child items is a non-field item
      with an external link (i.e. the children are the entry's fields: title,
      authors, [Paper], [Code] ...), and some descendant has an external link,
      the item is ONE entry.  Otherwise (two or more linked non-field
      children, or a single child that is itself a linked non-field item) it
      is a group label ("* Lane Detection:"): not counted, its children are
      judged by E3/E4 one by one.
  E5  A top-level paragraph directly followed by a list made only of field
      items with >= 1 external link is ONE entry (`**Title**` + `- Paper: url`
      / `- Code: url`); that list is consumed.
  E6  Any other top-level paragraph with an external link is an entry only if
      its section (heading to next heading) has no E1-E5 entries -- i.e. in
      lists whose entries are paragraphs (`**Title** \\ *Authors* \\ [[Paper]]`,
      `**[12]** Author. "Title" [[pdf]]`).  Such a paragraph must start with
      a link, bold or italic text (not with running prose), its section must
      hold no list or table at all, and the section must hold >= 2 of them
      unless the file has >= 10 of them overall (a lone link paragraph in a
      section is taken as a note: "Follow us", "[Update: ...] Added ...").

Usage:
    count-entries.py [--json] [FILE.md ...]     (default: *.md next to this
                                                 script, minus README/MANIFEST)
Prints `slug<TAB>count` per file; with --json prints, per file, the count and
every entry as {"line", "kind", "text"} so a reader's output can be compared
line by line.
"""

import glob
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://commonmark.org/xml/1.0}"

# --- R2 vocabulary ---------------------------------------------------------
NONPAPER = set("""
table contents content toc catalog catalogue outline index navigation menu
contributing contribute contribution contributions contributors contributor
license licence licensing acknowledgement acknowledgements acknowledgment
acknowledgments thanks credits credit citation citations cite citing bibtex
star stars history stargazers contact contacts news update updates changelog
announcement announcements introduction intro about motivation
tutorial tutorials course courses lecture lectures video videos talk talks
blog blogs post posts book books podcast podcasts tool tools toolkit toolkits
library libraries framework frameworks codebase codebases notebook
notebooks jupyter resource resources slides demo demos lists list links
repos repo repositories repository projects code codes implementation
implementations usage installation install faq todo sponsors sponsor
community support recruitment hiring jobs join conference conferences
restrictions licenses github
workshop workshops references reference
""".split())
# a heading ENDING in one of these is a non-paper section whatever precedes
# it ("LLM Frameworks", "Introductory Videos", "Diffusion Tutorials")
TRAILING = set("""
frameworks tools toolkits libraries codebases tutorials courses lectures
blogs posts books podcasts notebooks talks videos slides
""".split())
MODIFIERS = set("""
related other similar more useful additional recommended introductory
learning online awesome how what new latest recent s open source starting
started getting guide guideline guidelines pr prs pull request requests
""".split())
STOP = set("of and the a an for to with on in us me our this by or at".split())

# --- field-item labels ------------------------------------------------------
LABELS = set("""
paper papers pdf arxiv abs code codes github gitlab project projects homepage
home page website web site demo video videos slides slide blog dataset data
model models poster bibtex bib supp supplementary openreview link url pytorch
tensorflow tf keras python matlab jax caffe official unofficial implementation
repo notes talk huggingface hf colab notebook zhihu doi acm ieee springer
论文 代码 主页 项目 视频
""".split())

PARA_FILE_MIN = 10

IMG_HOST_RE = re.compile(r"^https?://", re.I)


def tag(n):
    return n.tag[len(NS):] if n.tag.startswith(NS) else n.tag


def start_line(n):
    sp = n.get("sourcepos")
    return int(sp.split(":")[0]) if sp else None


def is_ext(url):
    # also accepts the malformed `[Paper]([https://a](https://b))`, whose
    # destination is "[https://a](https://b)": a human still sees a paper link
    return bool(url) and bool(IMG_HOST_RE.match(url.strip().lstrip("[(<")))


def plain(n, skip_lists=True):
    """Visible text of a node (link texts included, images' alt excluded)."""
    out = []

    def rec(x):
        t = tag(x)
        if skip_lists and t == "list":
            return
        if t in ("text", "code"):
            out.append(x.text or "")
        elif t in ("softbreak", "linebreak"):
            out.append(" ")
        elif t == "image":
            return
        for c in x:
            rec(c)
        if t in ("paragraph", "heading", "table_cell"):
            out.append(" ")

    rec(n)
    return re.sub(r"\s+", " ", "".join(out)).strip()


def badge_only(link):
    """A link whose content is only images (and whitespace)."""
    kids = list(link)
    if not kids:
        return False
    for k in kids:
        t = tag(k)
        if t == "image":
            continue
        if t == "text" and not (k.text or "").strip():
            continue
        if t in ("softbreak", "linebreak"):
            continue
        return False
    return True


A_HREF_RE = re.compile(r"<a\s[^>]*href\s*=\s*[\"']?([^\"'\s>]+)", re.I)


def ext_links(n, skip_lists=True):
    """External, non-badge links inside n (nested lists skipped if asked)."""
    found = []

    def rec(x):
        t = tag(x)
        if skip_lists and t == "list":
            return
        if t == "link":
            if is_ext(x.get("destination")) and not badge_only(x):
                found.append(x.get("destination"))
            return
        if t == "html_inline":
            m = A_HREF_RE.search(x.text or "")
            if m and is_ext(m.group(1)):
                # image-only <a>: next inline sibling is an <img ...>
                sib = next_sibling.get(x)
                if not (sib is not None and tag(sib) == "html_inline"
                        and re.match(r"\s*<img", sib.text or "", re.I)) \
                        and not re.search(r"<img", (x.text or "")[m.end():], re.I):
                    found.append(m.group(1))
            return
        for c in x:
            rec(c)

    rec(n)
    return found


next_sibling = {}


def index_siblings(root):
    for parent in root.iter():
        kids = list(parent)
        for a, b in zip(kids, kids[1:]):
            next_sibling[a] = b


# --- R2 ----------------------------------------------------------------------
def heading_excluded(text):
    s = text.lower()
    s = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", s)
    words = [w for w in s.split() if not w.isdigit() and w not in STOP]
    if not words:
        return False
    if words[-1] in TRAILING and len(words) <= 3:
        return True
    if not any(w in NONPAPER for w in words):
        return False
    return all(w in NONPAPER or w in MODIFIERS for w in words)


TOC_WORDS = set("table contents content toc catalog catalogue outline index "
                "navigation menu".split())


def _words(text):
    s = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", text.lower())
    return [w for w in s.split() if not w.isdigit() and w not in STOP]


def toc_like(text):
    """A table-of-contents heading: its exclusion is not inherited (some
    READMEs put every paper section under a `# Contents` heading)."""
    return any(w in TOC_WORDS for w in _words(text))


def mentions_papers(text):
    return any(w in ("paper", "papers", "survey", "surveys", "article",
                     "articles", "publication", "publications")
               for w in _words(text))


# --- items ---------------------------------------------------------------------
def entry_like_paragraph(p):
    """E6: the paragraph starts with a link, bold/italic text or an <a>/<b>
    tag (a title or a `**[12]**` number), not with running prose."""
    for k in p:
        t = tag(k)
        if t == "text" and not (k.text or "").strip():
            continue
        if t in ("link", "strong", "emph"):
            return True
        if t == "html_inline":
            return bool(re.match(r"\s*<(a|b|strong|em|i)\b", k.text or "", re.I))
        return False
    return False


def own_blocks(item):
    return [c for c in item if tag(c) != "list"]


def is_field_item(item):
    links = ext_links(item)
    if not links:
        return True
    # text with bare URLs removed (autolinks show the URL as their text)
    txt = plain(item)
    for u in links:
        txt = txt.replace(u, " ")
    txt = re.sub(r"https?://\S+", " ", txt)
    # only bracketed short links: "[[C++]](u) [[Python]](u)", "[[AAAI 2018]](u)"
    if txt.startswith("[") and not re.search(
            r"[^\W_]", re.sub(r"\[[^\[\]]{0,40}\]", " ", txt)):
        return True
    words = re.findall(r"[^\W_]+", txt.lower())
    if not words or len(words) > 6:
        return not words
    # "Label:" with a short label (also catches typos such as "Homeoage:")
    m = re.match(r"\s*[\[(]*\s*([^:：\[\]()]{1,30}?)\s*[\])]*\s*[:：]", txt)
    if m and len(m.group(1).split()) <= 3:
        return True
    return words[0] in LABELS


def child_items(item):
    out = []
    for c in item:
        if tag(c) == "list":
            out.extend(i for i in c if tag(i) == "item")
    return out


class Counter:
    def __init__(self):
        self.entries = []

    def add(self, line, kind, text):
        self.entries.append({"line": line, "kind": kind,
                             "text": text[:120]})

    def do_list(self, lst, out):
        for item in lst:
            if tag(item) != "item":
                continue
            self.do_item(item, out)

    def do_item(self, item, out):
        if ext_links(item):
            out.append((start_line(item), "list-item", plain(item)))
            return
        kids = child_items(item)
        if not kids:
            return
        linked_nonfield = [k for k in kids if ext_links(k) and not is_field_item(k)]
        if len(linked_nonfield) == 0 or (len(linked_nonfield) == 1 and len(kids) > 1):
            if ext_links(item, skip_lists=False):
                out.append((start_line(item), "list-item+fields",
                            plain(item) or plain(item, skip_lists=False)))
            return
        for c in item:
            if tag(c) == "list":
                self.do_list(c, out)


class HTMLTableRows(html.parser.HTMLParser):
    """Collect <tr> rows (with <td>) holding external non-image <a href>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []          # (line, text)
        self.table_depth = 0
        self.row = None
        self.a_href = None
        self.a_has_text = False
        self.a_has_img = False

    def handle_starttag(self, t, attrs):
        a = dict(attrs)
        if t == "table":
            self.table_depth += 1
        elif t == "tr" and self.table_depth:
            self._end_row()     # an unclosed <tr> ends at the next <tr>
            self.row = {"line": self.getpos()[0], "td": False, "ext": False,
                        "text": []}
        elif t == "td" and self.row is not None:
            self.row["td"] = True
        elif t == "a" and self.row is not None:
            self.a_href = a.get("href")
            self.a_has_text = False
            self.a_has_img = False
        elif t == "img" and self.a_href is not None:
            self.a_has_img = True

    def handle_data(self, data):
        if self.row is not None:
            self.row["text"].append(data)
            if self.a_href is not None and data.strip():
                self.a_has_text = True

    def handle_endtag(self, t):
        if t == "a" and self.a_href is not None:
            if is_ext(self.a_href) and (self.a_has_text or not self.a_has_img) \
                    and self.row is not None:
                self.row["ext"] = True
            self.a_href = None
        elif t == "tr":
            self._end_row()
        elif t in ("table", "tbody", "thead") and self.table_depth:
            self._end_row()
            if t == "table":
                self.table_depth -= 1

    def _end_row(self):
        if self.row is not None and self.row["td"] and self.row["ext"]:
            self.rows.append((self.row["line"],
                              re.sub(r"\s+", " ", "".join(self.row["text"])).strip()))
        self.row = None


def count_file(path):
    xml = subprocess.run(
        ["cmark-gfm", "-e", "table", "-e", "autolink", "-e", "strikethrough",
         "-t", "xml", "--sourcepos", path],
        check=True, stdout=subprocess.PIPE).stdout
    root = ET.fromstring(xml)
    next_sibling.clear()
    index_siblings(root)
    blocks = list(root)

    entries = []
    seen_heading = False
    excluded = False
    head_stack = []       # (level, excluded, exclusion inherited by subsections)
    sec_structured = []   # E1-E5 entries of the current section
    sec_paras = []        # E6 candidates of the current section
    html_buf = []         # consecutive html blocks: (first line, text)
    sec_has_list = [False]  # the current section has a list or table
    para_sections = []      # E6 candidates of list-free sections

    def flush_html():
        if not html_buf:
            return
        p = HTMLTableRows()
        # keep line numbers: pad the text so parser lines == file lines
        first = html_buf[0][0]
        text = ""
        cur = first
        for ln, t in html_buf:
            text += "\n" * max(0, ln - cur)
            cur = ln
            text += t
            cur += t.count("\n")
        try:
            p.feed(text)
            p.close()
        except Exception:
            pass
        for ln, t in p.rows:
            sec_structured.append((first + ln - 1, "html-table-row", t))
        html_buf.clear()

    def close_section():
        flush_html()
        entries.extend(sec_structured)
        if not sec_structured and not sec_has_list[0]:
            para_sections.append(list(sec_paras))
        sec_structured.clear()
        sec_paras.clear()
        sec_has_list[0] = False

    c = Counter()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        t = tag(b)
        if t != "html_block":
            flush_html()
        if t == "heading":
            close_section()
            seen_heading = True
            lvl = int(b.get("level", "1"))
            while head_stack and head_stack[-1][0] >= lvl:
                head_stack.pop()
            htext = plain(b)
            own = heading_excluded(htext)
            inherited = any(ex and inh for _, ex, inh in head_stack) \
                and not mentions_papers(htext)
            excluded = own or inherited
            head_stack.append((lvl, excluded, (own and not toc_like(htext))
                               or inherited))
            i += 1
            continue
        if not seen_heading or excluded:
            i += 1
            continue
        if t in ("table", "list"):
            sec_has_list[0] = True
        if t == "table":
            for row in b:
                if tag(row) == "table_row" and ext_links(row):
                    sec_structured.append((start_line(row), "table-row", plain(row)))
        elif t == "list":
            c.do_list(b, sec_structured)
        elif t == "html_block":
            txt = b.text or ""
            if not txt.lstrip().startswith("<!--"):
                html_buf.append((start_line(b), txt))
        elif t == "paragraph":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and tag(nxt) == "list":
                items = [it for it in nxt if tag(it) == "item"]
                if items and all(is_field_item(it) for it in items) \
                        and ext_links(nxt, skip_lists=False):
                    sec_structured.append((start_line(b), "paragraph+fields", plain(b)))
                    i += 2
                    continue
            if ext_links(b) and entry_like_paragraph(b):
                sec_paras.append((start_line(b), "paragraph", plain(b)))
        # code_block, block_quote, thematic_break: ignored
        i += 1
    close_section()
    # E6: a lone link paragraph in a section is a note, unless the file is
    # written in paragraph style (>= PARA_FILE_MIN such paragraphs overall)
    total = sum(len(x) for x in para_sections)
    for x in para_sections:
        if len(x) >= 2 or total >= PARA_FILE_MIN:
            entries.extend(x)
    entries.sort(key=lambda e: e[0])
    return [{"line": ln, "kind": k, "text": (tx or "")[:120]} for ln, k, tx in entries]


def main(argv):
    as_json = "--json" in argv
    files = [a for a in argv if a != "--json"]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(f for f in glob.glob(os.path.join(here, "*.md"))
                       if os.path.basename(f) not in ("README.md", "MANIFEST.md"))
    result = []
    for f in files:
        slug = os.path.splitext(os.path.basename(f))[0]
        ents = count_file(f)
        result.append({"slug": slug, "count": len(ents), "entries": ents})
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in result:
            print("%s\t%d" % (r["slug"], r["count"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
