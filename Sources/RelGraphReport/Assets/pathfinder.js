// relgraph viewer: the path finder. Two ends picked from the panel, the k shortest paths between
// them as `relgraph path` finds and writes them, highlighted and framed in the drawing.
"use strict";

Object.assign(RG.App.prototype, {
  bindPath() {
    document.getElementById("path-k").addEventListener("change", () => this.findPaths());
    document.getElementById("path-clear").addEventListener("click", () => {
      this.pathEnds = { from: null, to: null }; this.paths = [];
      this.showPathEnds(); document.getElementById("path-result").replaceChildren();
      this.canvas.highlight = null; this.canvas.draw();
    });
    this.showPathEnds();
  },

  // Ends are kept by id: in the server's page the drawing, and so the positions, change.
  setPathEnd(which, node) {
    this.pathEnds[which] = { id: this.data.entities[node].id, label: `${this.graph.name(node)} [${this.data.entities[node].id}]` };
    this.showPathEnds();
    this.findPaths();
  },

  showPathEnds() {
    for (const which of ["from", "to"]) {
      const end = this.pathEnds[which];
      document.getElementById(`path-${which}`).textContent = end ? end.label : "—";
    }
  },

  pathCount() { return Math.max(1, Math.min(10, +document.getElementById("path-k").value || 1)); },

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
  },

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
  },

  pathHighlight() {
    const nodes = new Set(), edges = new Set();
    for (const path of this.paths) { path.nodes.forEach(n => nodes.add(n)); path.edges.forEach(e => edges.add(e)); }
    return { nodes, edges };
  },
});
