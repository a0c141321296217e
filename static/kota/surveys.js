// Surveys: the summary's charts (drawn from the JSON beside each table, which holds the same
// figures), the CEE map and a country's chart, and skip logic while answering: a question
// asked only after a given answer is hidden until that answer is chosen. Without JavaScript
// every question shows, with a note saying when to answer it, and the server drops the rest.
(function () {
  "use strict";
  const GREEN = "#0b6e4f";

  function data(el) { return JSON.parse(document.getElementById(el.dataset.source).textContent); }

  function bars(el) {
    const d = data(el);
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      grid: { containLabel: true, left: 8, right: 32, top: 8, bottom: 8 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: d.labels, axisLabel: { width: 140, overflow: "break" } },
      series: [{ type: "bar", data: d.values, itemStyle: { color: GREEN }, label: { show: true, position: "right" } }],
    };
  }

  function stack(el) {
    const d = data(el);
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { bottom: 0 },
      grid: { containLabel: true, left: 8, right: 16, top: 8, bottom: 40 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: d.labels, axisLabel: { width: 140, overflow: "break" } },
      series: d.series.map((s) => ({ type: "bar", stack: "all", name: s.name, data: s.values })),
    };
  }

  function country(el) {
    const d = data(el);
    return {
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      grid: { containLabel: true, left: 8, right: 16, top: 8, bottom: 40 },
      xAxis: { type: "value", min: 0, max: d.max },
      yAxis: { type: "category", inverse: true, data: d.labels, axisLabel: { width: 140, overflow: "break" } },
      series: d.series.map((s) => ({ type: "bar", name: s.name, data: s.values })),
    };
  }

  // The regional map: each scored country shaded from light (lowest) to dark (highest).
  function ceeMap(el) {
    const d = data(el);
    const area = el.closest(".chart-area");
    area.setAttribute("aria-busy", "true");
    Promise.all([Kota.loadScript(el.dataset.echarts), fetch(el.dataset.world).then((r) => r.json())])
      .then(([, world]) => {
        echarts.registerMap("world", world);
        const shade = (score) => {
          const t = Math.max(0, Math.min(1, (score - d.low) / ((d.high - d.low) || 1)));
          const mix = (a, b) => Math.round(a + (b - a) * t);
          return `rgb(${mix(214, 11)},${mix(234, 110)},${mix(222, 79)})`;
        };
        const chart = echarts.init(el);
        chart.setOption({
          tooltip: { trigger: "item", formatter: (p) => {
            const c = d.countries.find((x) => x.code === p.name);
            return c ? echarts.format.encodeHTML(c.name + ": " + c.score) : "";
          } },
          geo: { map: "world", nameProperty: "iso_a2", roam: true, center: [110, 10], zoom: 2.4,
                 itemStyle: { areaColor: "#f2f2f2", borderColor: "#bbb" },
                 regions: d.countries.map((c) => ({ name: c.code, itemStyle: { areaColor: shade(Number(c.score)) } })) },
        });
        // A scored country opens its page (the ranking's links go there too).
        chart.on("click", (p) => {
          if (d.countries.some((c) => c.code === p.name)) window.location = p.name + "/";
        });
        area.removeAttribute("aria-busy");
        area.classList.add("drawn");
        window.addEventListener("resize", () => chart.resize());
      }, () => { area.removeAttribute("aria-busy"); area.classList.add("failed"); });
  }

  function skipLogic(form) {
    const questions = form.querySelectorAll(".question[data-show-if]");
    const update = () => questions.forEach((q) => {
      const earlier = form.querySelectorAll(`[name="q_${q.dataset.showIf}"]`);
      const wanted = q.dataset.showValues.split("|");
      const chosen = Array.from(earlier).filter((i) => (i.type === "radio" || i.type === "checkbox") ? i.checked : true).map((i) => i.value);
      q.hidden = !chosen.some((v) => wanted.includes(v));
    });
    form.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-chart=survey-bars]").forEach((el) => Kota.lazyChart(el, bars));
    document.querySelectorAll("[data-chart=survey-stack]").forEach((el) => Kota.lazyChart(el, stack));
    document.querySelectorAll("[data-chart=cee-country]").forEach((el) => Kota.lazyChart(el, country));
    const map = document.getElementById("cee-map");
    if (map) Kota.whenVisible(map, ceeMap);
    document.querySelectorAll("form.survey-form").forEach(skipLogic);
  });
})();
