// Kota's small behaviours. Pages work without them; they load ECharts only where a chart is.
document.documentElement.classList.add("js");

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.echarts) return resolve();
    const tag = document.createElement("script");
    tag.src = src; tag.onload = resolve; tag.onerror = reject;
    document.head.appendChild(tag);
  });
}

function memberMap(el) {
  const params = window.location.search;
  Promise.all([
    loadScript(el.dataset.echarts),
    fetch(el.dataset.world).then((r) => r.json()),
    fetch(el.dataset.points + params).then((r) => r.json()),
  ]).then(([, world, data]) => {
    echarts.registerMap("world", world);
    const chart = echarts.init(el);
    chart.setOption({
      // A formatter's result is HTML: a member's name is text, escaped by ECharts' own helper.
      tooltip: { trigger: "item", formatter: (p) => echarts.format.encodeHTML(p.data.name) },
      geo: { map: "world", roam: true, center: [120, 12], zoom: 2.6,
             itemStyle: { areaColor: "#e8efe9", borderColor: "#9bb5a4" } },
      series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 6,
                 itemStyle: { color: "#0b6e4f" },
                 data: data.points.map(([name, lon, lat, slug]) => ({ name, value: [lon, lat], slug })) }],
    });
    chart.on("click", (p) => { if (p.data && p.data.slug) window.location = "/members/" + p.data.slug + "/"; });
    window.addEventListener("resize", () => chart.resize());
  });
}

function shareChart(el) {
  const data = JSON.parse(document.getElementById(el.dataset.source).textContent);
  loadScript(el.dataset.echarts).then(() => {
    const chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: {},
      xAxis: { type: "category", data: data.years },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: el.dataset.labelShare, type: "line", data: data.share, connectNulls: false },
        { name: el.dataset.labelTarget, type: "line", data: data.years.map(() => data.target),
          lineStyle: { type: "dashed" }, symbol: "none" },
      ],
    });
    window.addEventListener("resize", () => chart.resize());
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const map = document.getElementById("member-map");
  if (map) {
    const panel = map.closest("details");
    const start = () => { if (!map.dataset.done) { map.dataset.done = "1"; memberMap(map); } };
    if (panel) panel.addEventListener("toggle", () => panel.open && start()); else start();
  }
  document.querySelectorAll("[data-chart=share]").forEach(shareChart);
});
