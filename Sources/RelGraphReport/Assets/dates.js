// relgraph viewer: the date. A field (partial dates) and a slider over the dataset's own dates; the
// relations that cannot hold on that day (the CLI's --at) hide, and paths are found without them.
"use strict";

Object.assign(RG.App.prototype, {
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
  },

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
  },

  hiddenRelations() { return this.data.relations.filter((r, e) => !this.graph.allows(e)).map(r => r.id); },

  updateStatus() {
    const total = this.data.relations.length, shown = total - this.hiddenRelations().length;
    const entities = this.data.entities.length;
    document.getElementById("status").textContent = this.date
      ? `as of ${this.date.text}: ${shown} of ${total} relations may hold; ${entities} entities`
      : `${entities} entities, ${total} relations`;
  },
});
