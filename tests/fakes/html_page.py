"""Reading back a server-rendered page: the rows of each table by id, the items of each
list by class, every text, and the elements that could run script."""
from __future__ import annotations

from html.parser import HTMLParser

# Attributes that run script (on*) and elements that hold or load it.
SCRIPT_TAGS = {"script", "iframe", "object", "embed"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.classes: dict[str, list[str]] = {}  # the whole text of each element, by its class
        self.texts: list[str] = []
        self.scripts: list[str] = []  # src of every <script>
        self.handlers: list[tuple[str, str]] = []  # (tag, attribute) of every on* attribute
        self.styles = 0  # style attributes and <style> elements
        self.tags: list[str] = []
        self._table = None
        self._row = None
        self._cell = False
        self._open: list[tuple[str, list[str], int]] = []  # (tag, list in self.classes, index)

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        self.tags.append(tag)
        self.handlers += [(tag, name) for name in attrs if name.startswith("on")]
        self.styles += "style" in attrs or tag == "style"
        if tag in SCRIPT_TAGS:
            self.scripts.append(attrs.get("src") or f"<{tag}>")
        if tag == "table":
            self._table = self.tables.setdefault(attrs.get("id", ""), [])
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._row.append("")
            self._cell = True
        if attrs.get("class") and tag not in VOID_TAGS:
            texts = self.classes.setdefault(attrs["class"], [])
            texts.append("")
            self._open.append((tag, texts, len(texts) - 1))

    def handle_endtag(self, tag) -> None:
        if tag == "table":
            self._table = None
        elif tag == "tr" and self._row is not None:
            self._table.append(self._row)
            self._row = None
        elif tag in ("td", "th"):
            self._cell = False
        if self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_data(self, data) -> None:
        if data.strip():
            self.texts.append(data.strip())
        if self._cell and self._row:
            self._row[-1] += data.strip()
        for _, texts, index in self._open:
            texts[index] += data

    def text_of(self, class_name: str) -> list[str]:
        """The text of every element with this class, with its spaces collapsed."""
        return [" ".join(text.split()) for text in self.classes.get(class_name, [])]

    def rows(self, table_id: str) -> list[list[str]]:
        """The table's rows without its header row."""
        return self.tables[table_id][1:]

    def pairs(self, table_id: str) -> dict[str, str]:
        return {row[0]: row[1] for row in self.rows(table_id)}


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page
