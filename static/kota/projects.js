// The map of projects: the points come from the page (json_script), the same rows as the
// table beside it; drawn with ECharts once the map is in view (Kota.lazyChart, in site.js).
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("project-map");
  if (!el || !window.Kota) return;
  const points = JSON.parse(document.getElementById(el.dataset.source).textContent);
  fetch(el.dataset.world).then((r) => r.json()).then((world) => {
    window.Kota.lazyChart(el, () => {
      echarts.registerMap("world", world);
      return {
        // A formatter's result is HTML: names are text, escaped by ECharts' own helper.
        tooltip: { trigger: "item", formatter: (p) => echarts.format.encodeHTML(p.data.name) },
        geo: { map: "world", roam: true, center: [115, 8], zoom: 2.6,
               itemStyle: { areaColor: "#e8efe9", borderColor: "#9bb5a4" } },
        series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 8,
                   itemStyle: { color: "#0b6e4f" },
                   data: points.map(([name, lon, lat, url]) => ({ name, value: [lon, lat], url })) }],
      };
    });
  });
});
