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
    this.draw();
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

  pan(dx, dy) { this.x += dx; this.y += dy; this.draw(); }

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

  bindInput() {
    const canvas = this.canvas, pointers = new Map();
    let moved = false, pinch = null;
    canvas.addEventListener("wheel", e => {
      e.preventDefault();
      const box = canvas.getBoundingClientRect();
      this.zoom(Math.exp(-e.deltaY * 0.0015), e.clientX - box.left, e.clientY - box.top);
    }, { passive: false });
    canvas.addEventListener("pointerdown", e => {
      canvas.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      moved = false;
      if (pointers.size === 2) {
        const [a, b] = Array.from(pointers.values());
        pinch = Math.hypot(a[0] - b[0], a[1] - b[1]);
      }
    });
    canvas.addEventListener("pointermove", e => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      const dx = e.clientX - last[0], dy = e.clientY - last[1];
      if (Math.abs(dx) + Math.abs(dy) > 2) moved = true;
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      if (pointers.size === 2 && pinch) {
        const [a, b] = Array.from(pointers.values());
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1]);
        const box = canvas.getBoundingClientRect();
        this.zoom(distance / pinch, (a[0] + b[0]) / 2 - box.left, (a[1] + b[1]) / 2 - box.top);
        pinch = distance;
      } else if (pointers.size === 1) {
        this.pan(dx, dy);
      }
    });
    const up = e => {
      const wasClick = pointers.size === 1 && !moved;
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = null;
      if (wasClick && e.type === "pointerup" && this.onClick) this.onClick(this.nodeUnder(e.clientX, e.clientY));
    };
    canvas.addEventListener("pointerup", up);
    canvas.addEventListener("pointercancel", up);
    canvas.addEventListener("keydown", e => {
      const step = 60;
      const keys = { ArrowLeft: () => this.pan(step, 0), ArrowRight: () => this.pan(-step, 0),
                     ArrowUp: () => this.pan(0, step), ArrowDown: () => this.pan(0, -step),
                     "+": () => this.zoom(1.25), "=": () => this.zoom(1.25), "-": () => this.zoom(0.8),
                     "0": () => this.fit(), f: () => this.fit() };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
  }

  draw() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.paint(); });
  }

  paint() {
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(this.scale * this.ratio, 0, 0, this.scale * this.ratio, this.x * this.ratio, this.y * this.ratio);
    const view = [-this.x / this.scale, -this.y / this.scale, (this.width - this.x) / this.scale, (this.height - this.y) / this.scale];
    const visible = b => b[2] >= view[0] && b[0] <= view[2] && b[3] >= view[1] && b[1] <= view[3];
    const showText = this.scale * 10 >= 3;
    const hl = this.highlight, graph = this.graph;
    this.replay(this.layout.background, 1, showText);
    for (const item of this.layout.edges) {
      if (!graph.allows(item.edge) || !visible(item.bounds)) continue;
      const lit = !hl || hl.edges.has(item.edge);
      this.replay(item.ops, lit ? 1 : 0.12, showText, hl && lit ? 2.5 : 0);
    }
    for (const item of this.layout.nodes) {
      const b = item.box;
      if (!visible([b[0], b[1], b[0] + b[2], b[1] + b[3]])) continue;
      const lit = !hl || hl.nodes.has(item.node);
      const faded = graph.allowed && !this.hasVisibleRelation(item.node);
      this.replay(item.ops, lit && !faded ? 1 : 0.18, showText);
      if (item.node === this.selected) {
        ctx.globalAlpha = 1; ctx.setLineDash([]); ctx.lineWidth = 3 / Math.min(this.scale, 1); ctx.strokeStyle = "#d81b60";
        ctx.strokeRect(b[0] - 3, b[1] - 3, b[2] + 6, b[3] + 6);
      }
    }
    ctx.globalAlpha = 1;
    if (!this.painted) { this.painted = true; performance.mark("relgraph:first-paint"); }
  }

  hasVisibleRelation(node) {
    const g = this.graph;
    return g.out[node].some(e => g.allows(e)) || g.in[node].some(e => g.allows(e));
  }

  // Replays xdot operations (see ViewLayout.DrawOp).
  replay(ops, alpha, showText, extraWidth = 0) {
    const ctx = this.ctx;
    ctx.globalAlpha = alpha;
    let pen = "#000000", fill = "#000000", font = 14, dash = [], width = 1;
    ctx.lineJoin = "round";
    const path = (op, close) => {
      ctx.beginPath();
      ctx.moveTo(op[1], op[2]);
      for (let i = 3; i + 1 < op.length; i += 2) ctx.lineTo(op[i], op[i + 1]);
      if (close) ctx.closePath();
    };
    const bezier = op => {
      ctx.beginPath();
      ctx.moveTo(op[1], op[2]);
      for (let i = 3; i + 5 < op.length; i += 6) ctx.bezierCurveTo(op[i], op[i + 1], op[i + 2], op[i + 3], op[i + 4], op[i + 5]);
    };
    const stroke = () => { ctx.strokeStyle = pen; ctx.lineWidth = width + extraWidth; ctx.setLineDash(dash); ctx.stroke(); };
    const filled = () => { ctx.fillStyle = fill; ctx.fill(); };
    for (const op of ops) {
      switch (op[0]) {
        case "c": pen = op[1]; break;
        case "C": fill = op[1]; break;
        case "S": {
          const style = op[1];
          if (style === "dashed") dash = [5, 2];
          else if (style === "dotted") dash = [1, 2];
          else if (style === "solid") dash = [];
          const w = /^(?:setlinewidth|penwidth)\(([\d.]+)\)$/.exec(style);
          if (w) width = +w[1];
          break;
        }
        case "F": font = op[1]; break;
        case "E": case "e":
          ctx.beginPath(); ctx.ellipse(op[1], op[2], op[3], op[4], 0, 0, 2 * Math.PI);
          if (op[0] === "E") filled();
          stroke(); break;
        case "P": path(op, true); filled(); stroke(); break;
        case "p": path(op, true); stroke(); break;
        case "L": path(op, false); stroke(); break;
        case "B": bezier(op); filled(); stroke(); break;
        case "b": bezier(op); stroke(); break;
        case "T":
          if (!showText) break;
          ctx.fillStyle = pen;
          ctx.font = `${font}px "DejaVu Sans", "Noto Sans", Arial, sans-serif`;
          ctx.textAlign = op[3] < 0 ? "left" : op[3] > 0 ? "right" : "center";
          ctx.fillText(op[5], op[1], op[2]);
          break;
      }
    }
  }
};
