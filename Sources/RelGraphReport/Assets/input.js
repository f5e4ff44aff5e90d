// relgraph viewer: moving the drawing by mouse, wheel, touch (one finger pans, two pinch) and keys
// (arrows pan, + and - zoom, 0 or f fit); a click without a drag picks the entity under it.
"use strict";

Object.assign(RG.Canvas.prototype, {
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
  },
});
