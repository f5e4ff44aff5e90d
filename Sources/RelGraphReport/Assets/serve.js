// relgraph viewer: the server's page. The same page as a report, but it never holds the whole
// graph: search asks the server, picking an entity loads its neighbourhood as drawn by Graphviz on
// the server, and paths come from the server's `relgraph path`. Answers are the CLI's JSON.
"use strict";

RG.ServerApp = class extends RG.App {
  constructor(start) {
    super({ title: start.title, entities: [], relations: [], sources: {}, layout: null });
    this.api = start.api;
    this.types = start.types || {};
    this.counts = `${start.entityCount} entities, ${start.relationCount} relations`;
    this.updateStatus();
  }

  async ask(name, parameters) {
    const query = Object.entries(parameters).filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
    const response = await fetch(`${this.api}/${name}?${query}`, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) { const error = new Error(body.error || response.statusText); error.status = response.status; throw error; }
    return body;
  }

  search(query, limit) {
    return this.ask("search", { q: query, limit }).then(report => report.matches, error => {
      if (error.status !== 404) this.report(error);
      return [];
    });
  }

  report(error) { document.getElementById("status").textContent = `error: ${error.message}`; }

  // Replaces what the page holds with one drawing from the server.
  load(data) {
    this.data = Object.assign(data, { title: this.data.title });
    this.graph = new RG.Graph(data);
    this.names = null;
    this.graph.setDate(this.date || null);
    this.canvas.graph = this.graph;
    this.canvas.setLayout(this.layoutOf(data));
    this.canvas.highlight = null;
    this.canvas.selected = null;
    this.canvas.fit();
    this.updateStatus();
  }

  // Picking an entity loads its neighbourhood: the page grows by asking, never by holding everything.
  async pickID(id) {
    document.getElementById("results").hidden = true;
    try {
      this.load(await this.ask("view", { entity: id, radius: 1 }));
    } catch (error) { this.report(error); return; }
    const node = this.index.byID.get(id);
    if (node !== undefined) { this.select(node); this.canvas.center(node); }
  }

  clickNode(node) { this.pickID(this.data.entities[node].id); }

  async findPaths() {
    const { from, to } = this.pathEnds;
    if (!from || !to) return;
    const parameters = { from: from.id, to: to.id, k: this.pathCount(), at: this.date ? this.date.text : null };
    let report;
    try {
      report = await this.ask("path", parameters);
    } catch (error) {
      this.paths = [];
      if (error.status === 404) this.listPaths([]); else this.report(error);
      return;
    }
    this.listPaths(report.paths.map(path => path.steps.map(step => ({ relation: step.relation.id, text: this.hopText(step) }))));
    try { this.load(await this.ask("view", parameters)); } catch (error) { this.report(error); return; }
    this.paths = [{ nodes: this.data.entities.map((e, i) => i), edges: this.data.relations.map((r, i) => i) }];
    this.canvas.highlight = this.pathHighlight();
    this.canvas.fit();
  }

  // One step of `relgraph path --format json` as the CLI's text line.
  hopText(step) {
    const r = step.relation, rules = this.types[r.type] || {};
    const arrow = step.walked === "both" ? `—${r.type}—` : step.walked === "forward" ? `—${r.type}→` : `←${r.type}—`;
    const evidence = RG.evidence(Object.assign({}, r, { momentary: rules.momentary }));
    const hop = `${step.from.name} ${arrow} ${step.to.name}`;
    return evidence ? `${hop} ${evidence}` : hop;
  }

  updateStatus() {
    if (!this.counts) return;
    const held = this.data.entities.length;
    const drawn = this.data.layout ? "" : held ? " (too many to draw: listed only)" : "";
    document.getElementById("status").textContent = `${this.counts} on the server; ${held} entities here${drawn}` +
      (this.date ? `; as of ${this.date.text}` : "");
  }
};
