// relgraph viewer: the drawing. Graphviz's own operations (xdot) replayed on a canvas, with pan,
// zoom and fit; a canvas rather than SVG elements because thousands of entities stay fast.
"use strict";

RG.Canvas = class {
  constructor(canvas, layout, graph) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.graph = graph;
    this.setLayout(layout);
    this.highlight = null; // { nodes: Set, edges: Set } to bring forward, the rest dimmed
    this.selected = null;
    this.pending = false;
    this.bindInput();
    new ResizeObserver(() => { this.resize(); this.draw(); }).observe(canvas.parentElement);
    this.resize();
    this.fit();
  }

  setLayout(layout) {
    this.layout = layout || { width: 0, height: 0, background: [], nodes: [], edges: [] };
    this.nodeAt = new Map();
    for (const item of this.layout.nodes) this.nodeAt.set(item.node, item);
    for (const item of this.layout.edges) item.bounds = RG.Canvas.bounds(item.ops);
  }

  static bounds(ops) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const op of ops) {
      if ("PpLBb".includes(op[0])) {
        for (let i = 1; i + 1 < op.length; i += 2) {
          x0 = Math.min(x0, op[i]); x1 = Math.max(x1, op[i]); y0 = Math.min(y0, op[i + 1]); y1 = Math.max(y1, op[i + 1]);
        }
      } else if (op[0] === "T") {
        x0 = Math.min(x0, op[1] - op[4]); x1 = Math.max(x1, op[1] + op[4]); y0 = Math.min(y0, op[2] - 12); y1 = Math.max(y1, op[2]);
      }
    }
    return [x0, y0, x1, y1];
  }

  resize() {
    const ratio = window.devicePixelRatio || 1;
    const box = this.canvas.parentElement.getBoundingClientRect();
    this.width = Math.max(1, box.width); this.height = Math.max(1, box.height);
    this.canvas.width = Math.round(this.width * ratio); this.canvas.height = Math.round(this.height * ratio);
    this.canvas.style.width = this.width + "px"; this.canvas.style.height = this.height + "px";
    this.ratio = ratio;
  }

  fit() {
    const w = this.layout.width || 1, h = this.layout.height || 1, margin = 20;
    this.scale = Math.min((this.width - 2 * margin) / w, (this.height - 2 * margin) / h, 2);
    this.x = (this.width - w * this.scale) / 2;
    this.y = (this.height - h * this.scale) / 2;
    this.draw();
  }

  zoom(factor, cx = this.width / 2, cy = this.height / 2) {
    const scale = Math.min(Math.max(this.scale * factor, 0.01), 20);
    this.x = cx - (cx - this.x) * (scale / this.scale);
    this.y = cy - (cy - this.y) * (scale / this.scale);
    this.scale = scale;
    this.moved();
  }

  // Frames the drawn ones of `nodes`.
  fitTo(nodes) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const node of nodes) {
      const item = this.nodeAt.get(node);
      if (!item) continue;
      const [x, y, w, h] = item.box;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x + w); y1 = Math.max(y1, y + h);
    }
    if (x0 === Infinity) return;
    const margin = 40;
    this.scale = Math.min((this.width - 2 * margin) / Math.max(x1 - x0, 1), (this.height - 2 * margin) / Math.max(y1 - y0, 1), 1.5);
    this.x = this.width / 2 - (x0 + x1) / 2 * this.scale;
    this.y = this.height / 2 - (y0 + y1) / 2 * this.scale;
    this.draw();
  }

  pan(dx, dy) { this.x += dx; this.y += dy; this.moved(); }

  // While the view moves, the last full picture is moved and scaled (one image copy per frame,
  // whatever the size of the graph); the full picture is drawn again once it rests.
  moved() {
    if (!this.snapshot) { this.draw(); return; }
    clearTimeout(this.resting);
    this.resting = setTimeout(() => this.draw(), 150);
    if (this.pendingQuick) return;
    this.pendingQuick = true;
    requestAnimationFrame(() => {
      this.pendingQuick = false;
      const ctx = this.ctx, snap = this.snapshot, k = this.scale / snap.scale;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
      ctx.drawImage(snap.image, (this.x - snap.x * k) * this.ratio, (this.y - snap.y * k) * this.ratio,
                    snap.image.width * k, snap.image.height * k);
    });
  }

  // Puts `node` in the middle, zoomed in enough to read it.
  center(node) {
    const item = this.nodeAt.get(node);
    if (!item) return;
    this.scale = Math.max(this.scale, 1);
    const [x, y, w, h] = item.box;
    this.x = this.width / 2 - (x + w / 2) * this.scale;
    this.y = this.height / 2 - (y + h / 2) * this.scale;
    this.draw();
  }

  toGraph(clientX, clientY) {
    const box = this.canvas.getBoundingClientRect();
    return [(clientX - box.left - this.x) / this.scale, (clientY - box.top - this.y) / this.scale];
  }

  nodeUnder(clientX, clientY) {
    const [gx, gy] = this.toGraph(clientX, clientY);
    for (let i = this.layout.nodes.length - 1; i >= 0; i--) {
      const item = this.layout.nodes[i], [x, y, w, h] = item.box;
      if (gx >= x && gx <= x + w && gy >= y && gy <= y + h) return item.node;
    }
    return null;
  }

  draw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.paint(); });
  }

  paint() {
    const ctx = this.ctx;
    this.font = null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(this.scale * this.ratio, 0, 0, this.scale * this.ratio, this.x * this.ratio, this.y * this.ratio);
    const view = [-this.x / this.scale, -this.y / this.scale, (this.width - this.x) / this.scale, (this.height - this.y) / this.scale];
    const visible = b => b[2] >= view[0] && b[0] <= view[2] && b[3] >= view[1] && b[1] <= view[3];
    const showText = this.scale * 10 >= 3;
    const hl = this.highlight, graph = this.graph;
    this.replay(this.layout.background, 1, showText);
    // Lines are many and alike: gathered into one path per style and stroked once each, a
    // thousand times faster than a stroke per line at tens of thousands of relations.
    let batches = new Map(), texts = [];
    for (const item of this.layout.edges) {
      if (!graph.allows(item.edge) || !visible(item.bounds)) continue;
      const lit = !hl || hl.edges.has(item.edge);
      this.gather(batches, texts, item.ops, lit ? 1 : 0.12, showText, hl && lit ? 2.5 : 0);
    }
    this.flush(batches, texts);
    // Entities likewise: Graphviz keeps them apart, so drawing all fills, then all outlines, then
    // all labels looks the same as drawing them one by one.
    batches = new Map(); texts = [];
    for (const item of this.layout.nodes) {
      const b = item.box;
      if (!visible([b[0], b[1], b[0] + b[2], b[1] + b[3]])) continue;
      const lit = !hl || hl.nodes.has(item.node);
      const faded = graph.allowed && !this.hasVisibleRelation(item.node);
      this.gather(batches, texts, item.ops, lit && !faded ? 1 : 0.18, showText, 0);
    }
    this.flush(batches, texts);
    for (const item of this.layout.nodes) {
      const b = item.box;
      if (item.node === this.selected) {
        ctx.globalAlpha = 1; ctx.setLineDash([]); ctx.lineWidth = 3 / Math.min(this.scale, 1); ctx.strokeStyle = "#d81b60";
        ctx.strokeRect(b[0] - 3, b[1] - 3, b[2] + 6, b[3] + 6);
      }
    }
    ctx.globalAlpha = 1;
    if (!this.painted) { this.painted = true; performance.mark("relgraph:first-paint"); }
    this.keepSnapshot();
  }

  keepSnapshot() {
    if (this.layout.nodes.length < 500) { this.snapshot = null; return; } // small graphs redraw faster than they copy
    const image = this.snapshot && this.snapshot.image.width === this.canvas.width && this.snapshot.image.height === this.canvas.height
      ? this.snapshot.image : Object.assign(document.createElement("canvas"), { width: this.canvas.width, height: this.canvas.height });
    const ctx = image.getContext("2d");
    ctx.clearRect(0, 0, image.width, image.height);
    ctx.drawImage(this.canvas, 0, 0);
    this.snapshot = { image, x: this.x, y: this.y, scale: this.scale };
  }

  hasVisibleRelation(node) {
    const g = this.graph;
    return g.out[node].some(e => g.allows(e)) || g.in[node].some(e => g.allows(e));
  }
};
