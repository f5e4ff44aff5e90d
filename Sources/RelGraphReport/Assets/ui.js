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
    this.index = new RG.NameIndex(data.entities);
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

  // MARK: paths

  bindPath() {
    document.getElementById("path-k").addEventListener("change", () => this.findPaths());
    document.getElementById("path-clear").addEventListener("click", () => {
      this.pathEnds = { from: null, to: null }; this.paths = [];
      this.showPathEnds(); document.getElementById("path-result").replaceChildren();
      this.canvas.highlight = null; this.canvas.draw();
    });
    this.showPathEnds();
  }

  // Ends are kept by id: in the server's page the drawing, and so the positions, change.
  setPathEnd(which, node) {
    this.pathEnds[which] = { id: this.data.entities[node].id, label: `${this.graph.name(node)} [${this.data.entities[node].id}]` };
    this.showPathEnds();
    this.findPaths();
  }

  showPathEnds() {
    for (const which of ["from", "to"]) {
      const end = this.pathEnds[which];
      document.getElementById(`path-${which}`).textContent = end ? end.label : "—";
    }
  }

  pathCount() { return Math.max(1, Math.min(10, +document.getElementById("path-k").value || 1)); }

  findPaths() {
    const { from, to } = this.pathEnds;
    if (!from || !to) return;
    const source = this.index.byID.get(from.id), target = this.index.byID.get(to.id);
    this.paths = this.graph.kShortest(source, target, this.pathCount());
    this.listPaths(this.paths.map(path => path.edges.map((edge, j) =>
      ({ relation: this.data.relations[edge].id, text: this.graph.explainedHop(edge, path.nodes[j]) }))));
    this.canvas.selected = null;
    this.canvas.highlight = this.pathHighlight();
    if (this.paths.length) this.canvas.fitTo(this.canvas.highlight.nodes); else this.canvas.draw();
  }

  // Each path as its hops, `relgraph path`'s lines.
  listPaths(paths) {
    const out = document.getElementById("path-result"), { from, to } = this.pathEnds;
    out.replaceChildren();
    if (!paths.length) out.append(RG.el("p", { class: "none" }, `no path from ${from.id} to ${to.id}`));
    paths.forEach((hops, i) => {
      out.append(RG.el("div", { class: "path", "data-path": i },
        RG.el("h4", {}, `path ${i + 1} of ${paths.length}: ${hops.length} hop${hops.length === 1 ? "" : "s"}`),
        RG.el("ol", {}, ...hops.map(hop => RG.el("li", { class: "hop", "data-relation": hop.relation }, hop.text)))));
    });
  }

  pathHighlight() {
    const nodes = new Set(), edges = new Set();
    for (const path of this.paths) { path.nodes.forEach(n => nodes.add(n)); path.edges.forEach(e => edges.add(e)); }
    return { nodes, edges };
  }

  // MARK: time

  bindTime() {
    const dates = new Set();
    for (const r of this.data.relations) for (const d of [r.from_date, r.until_date]) if (d) dates.add(d);
    this.dates = Array.from(dates).sort((a, b) => RG.parseDate(a).first - RG.parseDate(b).first || RG.parseDate(a).last - RG.parseDate(b).last);
    const slider = document.getElementById("date-slider"), field = document.getElementById("date");
    slider.max = String(this.dates.length);
    slider.value = "0";
    slider.disabled = !this.dates.length;
    slider.addEventListener("input", () => {
      const i = +slider.value;
      field.value = i === 0 ? "" : this.dates[i - 1];
      this.applyDate(true);
    });
    field.addEventListener("change", () => this.applyDate());
    field.addEventListener("keydown", e => { if (e.key === "Enter") { e.preventDefault(); this.applyDate(); } });
    document.getElementById("date-clear").addEventListener("click", () => { field.value = ""; this.applyDate(); });
  }

  // Shows the network as of the date typed (the CLI's --at): relations that cannot hold then hide.
  applyDate(fromSlider) {
    const field = document.getElementById("date"), text = field.value.trim();
    const day = text ? RG.parseDate(text) : null;
    field.classList.toggle("invalid", !!text && !day);
    if (text && !day) return;
    this.date = day;
    this.graph.setDate(day);
    if (!fromSlider) {
      const slider = document.getElementById("date-slider");
      slider.value = day ? String(this.dates.filter(d => RG.parseDate(d).first <= day.first).length) : "0";
    }
    if (this.pathEnds.from && this.pathEnds.to) this.findPaths();
    if (this.selectedNode !== null && this.selectedNode !== undefined) this.showEntity(this.selectedNode);
    this.canvas.draw();
    this.updateStatus();
  }

  hiddenRelations() { return this.data.relations.filter((r, e) => !this.graph.allows(e)).map(r => r.id); }

  updateStatus() {
    const total = this.data.relations.length, shown = total - this.hiddenRelations().length;
    const entities = this.data.entities.length;
    document.getElementById("status").textContent = this.date
      ? `as of ${this.date.text}: ${shown} of ${total} relations may hold; ${entities} entities`
      : `${entities} entities, ${total} relations`;
  }
};
