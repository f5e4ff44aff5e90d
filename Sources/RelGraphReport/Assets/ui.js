// relgraph viewer: the page. Search, the entity panel, the path finder and the date, over the
// embedded graph. Every string from the data reaches the page through textContent or an
// attribute set by the DOM, never through HTML: a name with a script tag in it stays text.
"use strict";

RG.el = function (tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (key === "class") element.className = value; else element.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
};

// Only web links become links: a source's url could be `javascript:…`.
RG.safeURL = function (url) {
  try { const parsed = new URL(url); return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null; }
  catch (e) { return null; }
};

RG.App = class {
  constructor(data) {
    this.data = data;
    this.graph = new RG.Graph(data);
    this.names = null;
    this.pathEnds = { from: null, to: null };
    this.paths = [];
    this.canvas = new RG.Canvas(document.getElementById("drawing"), this.layoutOf(data), this.graph);
    this.canvas.onClick = node => { if (node !== null) this.clickNode(node); else this.clearSelection(); };
    this.bindSearch();
    this.bindTime();
    this.bindPath();
    document.getElementById("fit").addEventListener("click", () => this.canvas.fit());
    document.getElementById("zoom-in").addEventListener("click", () => this.canvas.zoom(1.25));
    document.getElementById("zoom-out").addEventListener("click", () => this.canvas.zoom(0.8));
    document.getElementById("title").textContent = data.title || "relgraph";
    document.title = (data.title || "relgraph") + " — relgraph report";
    if (data.at) { document.getElementById("date").value = data.at; this.applyDate(); }
    this.updateStatus();
  }

  clickNode(node) { this.select(node); }

  // The name index, built at the first search: a page of thousands of entities opens sooner.
  get index() { return this.names || (this.names = new RG.NameIndex(this.data.entities)); }

  layoutOf(data) {
    const layout = data.layout;
    if (!layout) return null;
    return { width: layout.width, height: layout.height, background: layout.background,
             nodes: layout.nodes.map(n => ({ node: n[0], box: n[1], ops: n[2] })),
             edges: layout.edges.map(e => ({ edge: e[0], ops: e[1] })) };
  }

  // MARK: search

  bindSearch() {
    const input = document.getElementById("search"), list = document.getElementById("results");
    this.active = -1;
    input.addEventListener("input", () => this.showResults(input.value));
    input.addEventListener("keydown", e => {
      const items = list.querySelectorAll("li");
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!items.length) return;
        this.active = (this.active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items.forEach((item, i) => item.setAttribute("aria-selected", i === this.active ? "true" : "false"));
        items[this.active].scrollIntoView({ block: "nearest" });
      } else if (e.key === "Enter") {
        e.preventDefault();
        const item = items[Math.max(this.active, 0)];
        if (item && item.dataset.id !== undefined) this.pickID(item.dataset.id);
      } else if (e.key === "Escape") {
        input.value = ""; this.showResults("");
      }
    });
  }

  showResults(query) {
    const token = this.searchToken = (this.searchToken || 0) + 1;
    Promise.resolve(query.trim() ? this.search(query, 20) : []).then(matches => {
      if (token === this.searchToken) this.listResults(query, matches);
    });
  }

  // Matches as `relgraph search --format json` gives them: id, kind, name, matched, quality.
  listResults(query, matches) {
    const list = document.getElementById("results");
    list.replaceChildren();
    list.dataset.query = query;
    this.active = -1;
    for (const match of matches) {
      const item = RG.el("li", { role: "option", "data-id": match.id, "aria-selected": "false" },
        RG.el("span", { class: "name" }, match.name),
        match.matched !== match.name && match.quality !== "id" ? RG.el("span", { class: "as" }, ` (as ${match.matched})`) : null,
        RG.el("span", { class: "kind" }, ` ${match.kind} · ${match.id}`));
      item.addEventListener("click", () => this.pickID(match.id));
      list.append(item);
    }
    list.hidden = !matches.length;
    if (query.trim() && !matches.length) { list.append(RG.el("li", { class: "none" }, "no entity matches")); list.hidden = false; }
  }

  search(query, limit) {
    return this.index.search(query, limit).map(m => {
      const entity = this.data.entities[m.node];
      return { id: entity.id, kind: entity.kind, name: this.graph.name(m.node), matched: m.name, quality: m.quality };
    });
  }

  pickID(id) {
    const node = this.index.byID.get(id);
    if (node !== undefined) this.pick(node);
  }

  pick(node) {
    document.getElementById("results").hidden = true;
    this.select(node);
    this.canvas.center(node);
  }

  // MARK: the entity panel

  select(node) {
    this.selectedNode = node;
    this.canvas.selected = node;
    const neighbours = new Set([node]), edges = new Set();
    this.graph.steps(node, (edge, other) => { neighbours.add(other); edges.add(edge); });
    this.canvas.highlight = { nodes: neighbours, edges };
    this.canvas.draw();
    this.showEntity(node);
  }

  clearSelection() {
    this.selectedNode = null;
    this.canvas.selected = null;
    this.canvas.highlight = this.paths.length ? this.pathHighlight() : null;
    this.canvas.draw();
    document.getElementById("entity").replaceChildren();
  }

  showEntity(node) {
    const entity = this.data.entities[node], panel = document.getElementById("entity");
    const facts = [entity.kind, entity.classification, entity.country].filter(Boolean).join(" · ");
    const parts = [RG.el("h2", {}, this.graph.name(node)), RG.el("p", { class: "facts" }, `${facts} [${entity.id}]`)];
    if (entity.description) parts.push(RG.el("p", { class: "description" }, entity.description));
    if (!this.canvas.nodeAt.has(node)) parts.push(RG.el("p", { class: "note" }, "not in this drawing"));
    parts.push(RG.el("div", { class: "buttons" },
      this.button("Path from here", () => this.setPathEnd("from", node)),
      this.button("Path to here", () => this.setPathEnd("to", node))));
    parts.push(RG.el("h3", {}, "Names"));
    parts.push(RG.el("ul", { class: "names" }, ...(entity.names || []).map(n =>
      RG.el("li", {}, n.text, RG.el("span", { class: "meta" }, [n.lang, n.kind].filter(Boolean).map(x => " " + x).join(""))))));
    const attributes = entity.attributes || {};
    if (Object.keys(attributes).length) {
      parts.push(RG.el("h3", {}, "Attributes"));
      parts.push(RG.el("dl", {}, ...Object.keys(attributes).sort().flatMap(key =>
        [RG.el("dt", {}, key), RG.el("dd", {}, attributes[key])])));
    }
    if ((entity.sources || []).length) {
      parts.push(RG.el("h3", {}, "Sources"));
      parts.push(RG.el("ul", { class: "citations" }, ...entity.sources.map(c => this.citation(c))));
    }
    const incidences = this.graph.out[node].concat(this.graph.in[node]);
    parts.push(RG.el("h3", {}, `Relations: ${incidences.length}`));
    parts.push(RG.el("ul", { class: "relations" }, ...incidences.map(edge => this.relationItem(edge, node))));
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
  }

  button(label, action) {
    const button = RG.el("button", { type: "button" }, label);
    button.addEventListener("click", action);
    return button;
  }

  // One relation seen from `node`, as `relgraph show` lists it: arrow, other end, evidence; then
  // each citation's source.
  relationItem(edge, node) {
    const relation = this.data.relations[edge], other = this.graph.other(edge, node);
    const otherEntity = this.data.entities[other];
    const link = RG.el("a", { href: "#", class: "other" }, `${this.graph.name(other)} [${otherEntity.id}]`);
    link.addEventListener("click", e => { e.preventDefault(); this.pickID(otherEntity.id); });
    const item = RG.el("li", { "data-relation": relation.id, class: this.graph.allows(edge) ? "" : "hidden-at-date" },
      RG.el("span", { class: "hop" }, RG.el("span", { class: "arrow" }, this.graph.arrow(edge, node)), " ", link),
      RG.el("span", { class: "evidence" }, RG.evidence(relation)));
    if (relation.status !== "reported") item.classList.add(relation.status);
    const details = [];
    for (const key of Object.keys(relation.qualifiers || {}).sort()) details.push(RG.el("li", { class: "qualifier" }, `${key}: ${relation.qualifiers[key]}`));
    if (relation.note) details.push(RG.el("li", { class: "note" }, relation.note));
    for (const c of relation.sources || []) details.push(this.citation(c));
    if (details.length) item.append(RG.el("ul", { class: "citations" }, ...details));
    return item;
  }

  // `“quote” — title, publisher, date` with a link to the source.
  citation(c) {
    const source = (this.data.sources || {})[c.source] || {};
    const about = [source.title, source.publisher, source.date].filter(Boolean).join(", ");
    const url = source.url ? RG.safeURL(source.url) : null;
    const where = RG.el("span", { class: "source" }, ` — ${c.source}${c.locator ? " " + c.locator : ""}${about ? ": " + about : ""}`);
    return RG.el("li", { class: "citation" }, RG.el("q", {}, c.quote), where,
      url ? RG.el("a", { href: url, target: "_blank", rel: "noopener noreferrer", class: "link" }, " link") : null);
  }
};
