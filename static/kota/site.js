// Kota's small behaviours. Pages work without them. Charts and the map load ECharts (and the
// map its world) only when they come into view, so that a phone on a slow link gets the page
// and its tables first; a chart area shows a placeholder, with a link to the same figures as
// a table, until it is drawn.
document.documentElement.classList.add("js");

window.Kota = (function () {
  "use strict";

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      if (window.echarts) return resolve();
      const tag = document.createElement("script");
      tag.src = src; tag.onload = resolve; tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  // Runs `start(el)` once, when `el` comes within a screen of the viewport.
  function whenVisible(el, start) {
    if (!("IntersectionObserver" in window)) return start(el);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) { observer.disconnect(); start(el); }
    }, { rootMargin: "200px 0px" });
    observer.observe(el);
  }

  // Draws a chart in `el` once it is in view: `build(el)` returns the ECharts option.
  function lazyChart(el, build) {
    whenVisible(el, () => {
      const area = el.closest(".chart-area") || el;
      area.setAttribute("aria-busy", "true");
      loadScript(el.dataset.echarts).then(() => {
        const chart = echarts.init(el);
        chart.setOption(build(el));
        area.removeAttribute("aria-busy");
        area.classList.add("drawn");
        window.addEventListener("resize", () => chart.resize());
      }, () => {
        area.removeAttribute("aria-busy");
        area.classList.add("failed");
      });
    });
  }

  return { loadScript, whenVisible, lazyChart };
})();

function memberMap(el) {
  const params = window.location.search;
  el.setAttribute("aria-busy", "true");
  Promise.all([
    Kota.loadScript(el.dataset.echarts),
    fetch(el.dataset.world).then((r) => r.json()),
    fetch(el.dataset.points + params).then((r) => r.json()),
  ]).then(([, world, data]) => {
    el.removeAttribute("aria-busy");
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
  }, () => el.removeAttribute("aria-busy"));
}

function shareChart(el) {
  const data = JSON.parse(document.getElementById(el.dataset.source).textContent);
  return {
    tooltip: { trigger: "axis" },
    legend: {},
    xAxis: { type: "category", data: data.years },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    series: [
      { name: el.dataset.labelShare, type: "line", data: data.share, connectNulls: false },
      { name: el.dataset.labelTarget, type: "line", data: data.years.map(() => data.target),
        lineStyle: { type: "dashed" }, symbol: "none" },
    ],
  };
}

// Feedback while htmx waits for the server (live search, filters, facets, pages): the region
// it will replace says it is busy (Pico draws a spinner) and a thin bar runs along the top of
// the screen. The import pages' own polling is left alone.
function busy(event, on) {
  const source = event.detail.elt;
  const trigger = source && (source.getAttribute("hx-trigger") || source.getAttribute("data-hx-trigger") || "");
  if (trigger.includes("every")) return;
  const target = event.detail.target;
  if (target && on) target.setAttribute("aria-busy", "true");
  else if (target) target.removeAttribute("aria-busy");
  document.documentElement.classList.toggle("htmx-busy", on);
}
document.addEventListener("htmx:beforeRequest", (e) => busy(e, true));
document.addEventListener("htmx:afterRequest", (e) => busy(e, false));
// htmx keeps a copy of the page for Back before it swaps: keep it free of the busy marks.
document.addEventListener("htmx:beforeHistorySave", () => {
  document.querySelectorAll("#results[aria-busy]").forEach((el) => el.removeAttribute("aria-busy"));
});

// Upload progress: a form that sends a file shows how much of it has gone, through
// XMLHttpRequest, and then shows the page the server answered with, as a normal submit
// would. Without JavaScript (or without a file chosen) the form submits as usual.
function uploadWithProgress(event) {
  const form = event.target;
  if (event.defaultPrevented || !form.matches("form[enctype='multipart/form-data']")) return;
  const files = Array.from(form.querySelectorAll("input[type=file]")).flatMap((i) => Array.from(i.files));
  if (!files.length || !window.XMLHttpRequest || !window.DOMParser) return;
  event.preventDefault();
  const button = event.submitter || form.querySelector("[type=submit]");
  const data = new FormData(form);
  if (event.submitter && event.submitter.name) data.append(event.submitter.name, event.submitter.value);
  const bar = document.createElement("progress");
  bar.max = 100; bar.value = 0;
  bar.setAttribute("aria-label", document.body.dataset.uploadSending || "");
  const label = document.createElement("p");
  label.className = "upload-progress"; label.setAttribute("role", "status");
  label.textContent = (document.body.dataset.uploadSending || "…") + " ";
  label.appendChild(bar);
  (button || form.lastElementChild).insertAdjacentElement("afterend", label);
  if (button) button.disabled = true;
  const xhr = new XMLHttpRequest();
  xhr.open("POST", form.action || window.location.href);
  let said = 0;
  xhr.upload.addEventListener("progress", (e) => {
    if (!e.lengthComputable) return;
    const percent = Math.round((e.loaded / e.total) * 100);
    bar.value = percent;
    if (percent - said < 10 && percent < 100) return; // the status is read out: not too often
    said = percent;
    label.firstChild.textContent = (document.body.dataset.uploadSending || "…") + " " + percent + "% ";
  });
  xhr.addEventListener("load", () => showResponse(xhr));
  const failed = () => {
    label.firstChild.textContent = (document.body.dataset.uploadFailed || "") + " ";
    bar.remove();
    if (button) button.disabled = false;
  };
  xhr.addEventListener("error", failed);
  xhr.addEventListener("timeout", failed);
  xhr.send(data);
}

// Shows the page an upload was answered with, at its own address (after a redirect, the
// page it led to, its messages included), as if the browser had navigated there.
function showResponse(xhr) {
  const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
  if (xhr.responseURL && xhr.responseURL !== window.location.href) {
    history.pushState({ kotaUpload: true }, "", xhr.responseURL);
  }
  document.title = page.title;
  document.body.replaceWith(document.adoptNode(page.body));
  window.scrollTo(0, 0);
  start(document.body);
  if (window.htmx) window.htmx.process(document.body);
}
window.addEventListener("popstate", (e) => { if (e.state && e.state.kotaUpload) window.location.reload(); });
document.addEventListener("submit", uploadWithProgress);

// The knowledge hub's filters: a disclosure that is closed on a phone (results first) and
// open beside the results on a wider screen.
const WIDE = window.matchMedia("(min-width: 761px)");
function openFiltersWhenWide(root) {
  root.querySelectorAll("details.filters-panel").forEach((panel) => { panel.open = WIDE.matches; });
}
WIDE.addEventListener("change", () => openFiltersWhenWide(document));
document.addEventListener("htmx:load", (e) => openFiltersWhenWide(e.detail.elt));

function start(root) {
  root.querySelectorAll("select[data-autosubmit]").forEach((s) =>
    s.addEventListener("change", () => s.form.submit()));
  const map = root.querySelector("#member-map");
  if (map) {
    const panel = map.closest("details");
    const go = () => { if (!map.dataset.done) { map.dataset.done = "1"; memberMap(map); } };
    if (panel) panel.addEventListener("toggle", () => panel.open && go()); else Kota.whenVisible(map, go);
  }
  root.querySelectorAll("[data-chart=share]").forEach((el) => Kota.lazyChart(el, shareChart));
  openFiltersWhenWide(root);
}

document.addEventListener("DOMContentLoaded", () => start(document));
