// relgraph viewer: start-up. The report carries its data inline; `relgraph serve` gives a page
// whose data says where to ask instead (see serve.js).
"use strict";

RG.start = function () {
  const data = JSON.parse(document.getElementById("relgraph-data").textContent);
  const app = data.api ? new RG.ServerApp(data) : new RG.App(data);
  window.relgraph = app;
  document.body.dataset.ready = "true";
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", RG.start); else RG.start();
