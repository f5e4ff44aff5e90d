// relgraph viewer: Graphviz's drawing operations (xdot, as ViewLayout.DrawOp compacts them) on a
// canvas: replayed one by one, or gathered by style into a few paths when there are thousands.
"use strict";

Object.assign(RG.Canvas.prototype, {
  // Strokes and fills each batch once, then writes the texts.
  flush(batches, texts) {
    const ctx = this.ctx;
    for (const batch of batches.values()) {
      ctx.globalAlpha = batch.alpha;
      if (batch.fill) { ctx.fillStyle = batch.fill; ctx.fill(batch.path); }
    }
    for (const batch of batches.values()) {
      ctx.globalAlpha = batch.alpha;
      ctx.setLineDash(batch.dash);
      ctx.lineWidth = batch.width;
      ctx.strokeStyle = batch.pen;
      ctx.stroke(batch.path);
    }
    for (const text of texts) this.replay([["F", text.font, ""], ["c", text.pen], text.op], text.alpha, true);
  },

  // Adds the operations of one entity or line to `batches` by style, and its texts to `texts`.
  gather(batches, texts, ops, alpha, showText, extraWidth) {
    let pen = "#000000", fill = "#000000", dash = [], width = 1, font = 14;
    // A path of a few hundred pieces: one path of thousands strokes slower than several.
    const batch = filled => {
      const key = `${pen}|${filled ? fill : ""}|${dash.join(",")}|${width + extraWidth}|${alpha}`;
      let found = batches.get(key);
      if (!found || found.pieces >= 256) {
        if (found) batches.set(key + "|" + batches.size, found);
        batches.set(key, found = { path: new Path2D(), pieces: 0, pen, fill: filled ? fill : null, dash, width: width + extraWidth, alpha });
      }
      found.pieces++;
      return found.path;
    };
    // Zoomed far out, a curve is drawn through its pieces' ends: the same at that size, and cheaper.
    const coarse = this.scale < 0.5;
    for (const op of ops) {
      switch (op[0]) {
        case "c": pen = op[1]; break;
        case "C": fill = op[1]; break;
        case "S": {
          if (op[1] === "dashed") dash = [5, 2]; else if (op[1] === "dotted") dash = [1, 2]; else if (op[1] === "solid") dash = [];
          const w = /^(?:setlinewidth|penwidth)\(([\d.]+)\)$/.exec(op[1]);
          if (w) width = +w[1];
          break;
        }
        case "F": font = op[1]; break;
        case "b": case "B": {
          const path = batch(op[0] === "B");
          path.moveTo(op[1], op[2]);
          for (let i = 3; i + 5 < op.length; i += 6) {
            if (coarse) path.lineTo(op[i + 4], op[i + 5]);
            else path.bezierCurveTo(op[i], op[i + 1], op[i + 2], op[i + 3], op[i + 4], op[i + 5]);
          }
          break;
        }
        case "P": case "p": case "L": {
          const path = batch(op[0] === "P");
          path.moveTo(op[1], op[2]);
          for (let i = 3; i + 1 < op.length; i += 2) path.lineTo(op[i], op[i + 1]);
          if (op[0] !== "L") path.closePath();
          break;
        }
        case "E": case "e": {
          const path = batch(op[0] === "E");
          path.moveTo(op[1] + op[3], op[2]);
          path.ellipse(op[1], op[2], op[3], op[4], 0, 0, 2 * Math.PI);
          break;
        }
        case "T": if (showText) texts.push({ font, pen, alpha, op }); break;
      }
    }
  },

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
          if (this.font !== font) { this.font = font; ctx.font = `${font}px "DejaVu Sans", "Noto Sans", Arial, sans-serif`; }
          ctx.textAlign = op[3] < 0 ? "left" : op[3] > 0 ? "right" : "center";
          ctx.fillText(op[5], op[1], op[2]);
          break;
      }
    }
  },
});
