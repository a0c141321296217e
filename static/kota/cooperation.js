// City-to-city cooperation: the map (members as points, each cooperation a line between its
// sides) and the network graph (members as nodes, cooperations as links), both drawn from
// network.json with the list's filters, once they come into view. The table above them holds
// the same cooperations and works without JavaScript.
(function () {
  "use strict";

  function network(el) {
    return fetch(el.dataset.network + window.location.search).then((r) => r.json());
  }

  function tooltip(p) {
    const d = p.data || {};
    return echarts.format.encodeHTML(d.title ? d.title : d.name || "");
  }

  function drawMap(el) {
    el.setAttribute("aria-busy", "true");
    Promise.all([
      Kota.loadScript(el.dataset.echarts),
      fetch(el.dataset.world).then((r) => r.json()),
      network(el),
    ]).then(([, world, data]) => {
      el.removeAttribute("aria-busy");
      echarts.registerMap("world", world);
      const where = Object.fromEntries(data.nodes.filter((n) => n.coords).map((n) => [n.id, n.coords]));
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: "item", formatter: tooltip },
        geo: { map: "world", roam: true, center: [120, 12], zoom: 2.6,
               itemStyle: { areaColor: "#e8efe9", borderColor: "#9bb5a4" } },
        series: [
          { type: "lines", coordinateSystem: "geo", lineStyle: { color: "#0b6e4f", width: 1, opacity: 0.6, curveness: 0.2 },
            data: data.links.filter((l) => where[l.source] && where[l.target])
              .map((l) => ({ title: l.title, coords: [where[l.source], where[l.target]] })) },
          { type: "scatter", coordinateSystem: "geo", symbolSize: 7, itemStyle: { color: "#0b6e4f" },
            data: data.nodes.filter((n) => n.coords).map((n) => ({ name: n.name, value: n.coords, url: n.url })) },
        ],
      });
      chart.on("click", (p) => { if (p.data && p.data.url) window.location = p.data.url; });
      window.addEventListener("resize", () => chart.resize());
    }, () => el.removeAttribute("aria-busy"));
  }

  function drawGraph(el) {
    el.setAttribute("aria-busy", "true");
    Promise.all([Kota.loadScript(el.dataset.echarts), network(el)]).then(([, data]) => {
      el.removeAttribute("aria-busy");
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: "item", formatter: tooltip },
        series: [{
          type: "graph", layout: "force", roam: true, draggable: true,
          force: { repulsion: 80, edgeLength: 60 },
          label: { show: data.nodes.length <= 60, position: "right", fontSize: 10 },
          itemStyle: { color: "#0b6e4f" }, lineStyle: { color: "#6a8f7b", opacity: 0.7 },
          data: data.nodes.map((n) => ({ id: n.id, name: n.name, url: n.url, symbolSize: 6 + Math.min(n.degree, 10) * 2,
                                         itemStyle: n.partner ? { color: "#a15c00" } : undefined })),
          links: data.links.map((l) => ({ source: l.source, target: l.target, title: l.title })),
        }],
      });
      chart.on("click", (p) => { if (p.dataType === "node" && p.data.url) window.location = p.data.url; });
      window.addEventListener("resize", () => chart.resize());
    }, () => el.removeAttribute("aria-busy"));
  }

  // Drawn when their panel is opened and in view: a closed <details> has no size to draw in.
  function whenOpened(id, draw) {
    const el = document.getElementById(id);
    if (!el) return;
    const panel = el.closest("details");
    let drawn = false;
    const start = () => { if (!drawn && (!panel || panel.open)) { drawn = true; Kota.whenVisible(el, draw); } };
    if (panel) panel.addEventListener("toggle", start);
    start();
  }

  document.addEventListener("DOMContentLoaded", () => {
    whenOpened("cooperation-map", drawMap);
    whenOpened("cooperation-graph", drawGraph);
  });
})();
