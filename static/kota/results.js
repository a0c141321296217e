// Charts of the results pages. The numbers come from a JSON <script> the page renders
// (data-source); ECharts (data-echarts) is loaded only when a chart comes into view
// (Kota.lazyChart, in site.js).
(function () {
  "use strict";

  function readData(el) {
    return JSON.parse(document.getElementById(el.dataset.source).textContent);
  }

  var STATUS_COLOURS = {
    on_track: "#0b6e4f", at_risk: "#d49a00", off_track: "#b00020", no_data: "#9aa5ad",
  };

  function statusChart(el) {
    var data = readData(el);
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: {},
      grid: { containLabel: true, left: 8, right: 8 },
      xAxis: { type: "category", data: data.goals },
      yAxis: { type: "value", minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "status", data: s.data,
                 itemStyle: { color: STATUS_COLOURS[s.status] } };
      }),
    };
  }

  function indicatorChart(el) {
    var data = readData(el);
    var suffix = data.percent ? "%" : "";
    var series = [
      { name: data.labels.actual, type: "line", data: data.actual, symbolSize: 8,
        itemStyle: { color: "#0b6e4f" } },
      { name: data.labels.planned, type: "line", data: data.planned, symbol: "none",
        lineStyle: { type: "dashed" }, itemStyle: { color: "#6c7a89" } },
      { name: data.labels.targets, type: "scatter", data: data.targets, symbol: "diamond",
        symbolSize: 11, itemStyle: { color: "#6c7a89" } },
      { name: data.labels.projection, type: "line", data: data.projection, symbol: "none",
        lineStyle: { type: "dotted", width: 2 }, itemStyle: { color: "#d49a00" } },
    ];
    if (data.live.length) {
      series.push({ name: data.labels.live, type: "scatter", data: data.live, symbol: "circle",
                    symbolSize: 12, itemStyle: { color: "#1e63b5" } });
    }
    return {
      tooltip: { trigger: "item", formatter: function (p) {
        return p.seriesName + "<br>" + p.value[0] + ": " + p.value[1] + suffix;
      } },
      legend: {},
      grid: { containLabel: true, left: 8, right: 16 },
      xAxis: { type: "time" },
      yAxis: { type: "value", scale: true, axisLabel: { formatter: "{value}" + suffix } },
      series: series,
    };
  }

  var CHARTS = { statuses: statusChart, indicator: indicatorChart };

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var build = CHARTS[el.dataset.chart];
      if (build) window.Kota.lazyChart(el, build);
    });
  });
})();
