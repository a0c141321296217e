// Charts of the events' statistics: one horizontal bar chart per breakdown, drawn from the
// JSON the page renders beside its table (data-source); the table holds the same figures.
(function () {
  "use strict";

  function loadECharts(src) {
    return new Promise(function (resolve, reject) {
      if (window.echarts) return resolve();
      var tag = document.createElement("script");
      tag.src = src; tag.onload = resolve; tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  function breakdownChart(el) {
    var data = JSON.parse(document.getElementById(el.dataset.source).textContent);
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { containLabel: true, left: 8, right: 24, top: 8, bottom: 8 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: data.labels },
      series: [{ type: "bar", data: data.values, itemStyle: { color: "#0b6e4f" },
                 label: { show: true, position: "right" } }],
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-chart=breakdown]").forEach(function (el) {
      loadECharts(el.dataset.echarts).then(function () {
        var chart = echarts.init(el);
        chart.setOption(breakdownChart(el));
        window.addEventListener("resize", function () { chart.resize(); });
      });
    });
  });
})();
