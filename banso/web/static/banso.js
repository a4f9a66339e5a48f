// banso: draws the charts a page declares and wires the few interactive bits. No framework.
(function () {
  "use strict";
  function drawCharts() {
    if (!window.Plotly) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var spec = document.getElementById(el.getAttribute("data-chart"));
      if (!spec) return;
      var fig = JSON.parse(spec.textContent);
      var layout = Object.assign({
        margin: { l: 48, r: 16, t: 8, b: 36 }, font: { family: getComputedStyle(document.body).fontFamily, size: 12, color: "#4a5566" },
        paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)", hovermode: "x unified",
        legend: { orientation: "h", y: -0.18 }, xaxis: { gridcolor: "#eef1f5" }, yaxis: { gridcolor: "#eef1f5" }
      }, fig.layout || {});
      // Every axis makes room for its labels and title (slanted dates, long tier names, a y title beside
      // its ticks) instead of letting the fixed margins cut or overlap them.
      Object.keys(layout).forEach(function (key) {
        if (/^[xy]axis\d*$/.test(key) && layout[key].automargin === undefined) layout[key].automargin = true;
      });
      Plotly.newPlot(el, fig.data, layout, { displayModeBar: false, responsive: true });
      if (el.hasAttribute("data-toggle-legend")) el.on && el.on("plotly_legendclick", function () { return true; });
    });
  }
  // Company Activity: pick which key actions are shown.
  function wireActionPicker() {
    var picker = document.getElementById("action-picker");
    if (!picker) return;
    picker.addEventListener("change", function () {
      var chart = document.querySelector("[data-chart='chart-activity']");
      if (!chart || !window.Plotly) return;
      var shown = Array.prototype.map.call(picker.querySelectorAll("input:checked"), function (i) { return i.value; });
      var vis = chart.data.map(function (t) { return shown.indexOf(t.meta) >= 0 ? true : "legendonly"; });
      Plotly.restyle(chart, { visible: vis });
    });
  }
  // Segment builder: add and remove metric filter rows.
  function wireBuilder() {
    var add = document.getElementById("add-metric");
    if (!add) return;
    add.addEventListener("click", function () {
      var tpl = document.getElementById("metric-template");
      var rows = document.getElementById("metric-rows");
      rows.appendChild(tpl.content.cloneNode(true));
    });
    document.addEventListener("click", function (e) {
      if (e.target && e.target.classList.contains("remove-metric")) { e.target.closest(".metricrow").remove(); }
    });
    // a share (an active rate, a breadth) is filtered in percent, as the list shows it
    function isShare(row) {
      var picked = row.querySelector(".metric").selectedOptions[0];
      return !!(picked && picked.hasAttribute("data-share"));
    }
    document.addEventListener("change", function (e) {
      if (e.target && e.target.classList && e.target.classList.contains("metric")) {
        var row = e.target.closest(".metricrow");
        row.querySelector(".unit").hidden = !isShare(row);
      }
    });
    var form = document.getElementById("segment-form");
    form && form.addEventListener("submit", function () {
      // metric rows become m=metric:op:value; empty rows are dropped
      form.querySelectorAll("input[name=m]").forEach(function (i) { i.remove(); });
      form.querySelectorAll(".metricrow").forEach(function (row) {
        var m = row.querySelector(".metric").value, op = row.querySelector(".op").value, v = row.querySelector(".val").value;
        if (m && v !== "") {
          var h = document.createElement("input"); h.type = "hidden"; h.name = "m";
          h.value = m + ":" + op + ":" + v + (isShare(row) ? "%" : ""); form.appendChild(h);
        }
      });
      form.querySelectorAll(".metricrow select, .metricrow input").forEach(function (i) { i.disabled = true; });
      form.querySelectorAll("input, select").forEach(function (i) { if (!i.disabled && i.value === "" && i.type !== "hidden") i.disabled = true; });
    });
  }
  // Selects and checkboxes marked data-autosubmit send their form when changed (no inline handlers: the CSP forbids them).
  function wireAutosubmit() {
    document.querySelectorAll("select[data-autosubmit], input[data-autosubmit]").forEach(function (el) {
      el.addEventListener("change", function () { el.form && el.form.submit(); });
    });
  }
  // Jobs page: while a job runs, ask /api/jobs for its progress every 2 s; when one ends or starts, show the new list.
  function wireJobs() {
    var table = document.getElementById("jobs");
    if (!table || table.getAttribute("data-live-jobs") !== "on") return;
    var kind = new URLSearchParams(location.search).get("kind") || "";
    var newest = table.querySelector("tr[data-job]");
    var newestId = newest ? Number(newest.getAttribute("data-job")) : 0;
    var timer = setInterval(function () {
      fetch("/api/jobs?limit=50" + (kind ? "&kind=" + encodeURIComponent(kind) : ""), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (jobs) {
          if (!jobs) return;
          var changed = false;
          jobs.forEach(function (job) {
            if (job.id > newestId) { changed = true; return; }
            var row = table.querySelector("tr[data-job='" + job.id + "']");
            if (!row) return;
            if (row.getAttribute("data-status") !== job.status) { changed = true; return; }
            if (job.status !== "running") return;
            var bar = row.querySelector("progress"), text = row.querySelector(".job-text");
            if (bar) { if (job.progress === null) bar.removeAttribute("value"); else bar.value = job.progress; }
            if (text && (job.progress_text || "") !== text.getAttribute("data-recorded")) {
              text.setAttribute("data-recorded", job.progress_text || "");  // asked once per new text
              sayProgress(job.id, text);
            }
          });
          if (changed) { clearInterval(timer); location.reload(); }
        })
        .catch(function () {});
    }, 2000);
  }
  // The API records a job's progress in English; the page says it in its own language, so a new text is read
  // from the page itself, rendered again (same address, same session and language).
  function sayProgress(id, text) {
    fetch(location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html")
          .querySelector("tr[data-job='" + id + "'] .job-text");
        if (!fresh) return;  // the job has ended: the list is shown again on the next tick
        text.textContent = fresh.textContent;
        text.setAttribute("data-recorded", fresh.getAttribute("data-recorded"));
      })
      .catch(function () {});
  }
  // The top bar wraps its links onto a second row in a narrow window; sticky table headers sit below it.
  function trackTopbar() {
    var bar = document.querySelector(".topbar");
    if (!bar) return;
    var set = function () { document.documentElement.style.setProperty("--topbar-height", bar.offsetHeight + "px"); };
    set();
    window.addEventListener("resize", set);
  }
  // A list whose headers stick under the top bar cannot scroll sideways in its card; when it is wider than the
  // card it scrolls there all the same (class "wide"), rather than the whole page under a bar it outgrows.
  function fitWideLists() {
    var wraps = document.querySelectorAll(".tablewrap.pagesticky");
    if (!wraps.length) return;
    var fit = function () {
      wraps.forEach(function (w) {
        w.classList.remove("wide");
        var table = w.querySelector("table");
        if (table && table.offsetWidth > w.clientWidth + 1) w.classList.add("wide");
      });
    };
    fit();
    window.addEventListener("resize", fit);
  }
  // The signed-in person's menu (a <details>) closes on a click elsewhere and on Escape, as menus do.
  function wireMenus() {
    var menus = document.querySelectorAll("details[data-menu]");
    if (!menus.length) return;
    document.addEventListener("click", function (e) {
      menus.forEach(function (m) { if (m.open && !m.contains(e.target)) m.open = false; });
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape") return;
      menus.forEach(function (m) { if (m.open) { m.open = false; m.querySelector("summary").focus(); } });
    });
  }
  // Deferred, so the page is parsed when this runs: the controls are wired at once. Charts wait for
  // DOMContentLoaded, which comes after the deferred Plotly script a chart page adds below this one.
  function wire() { trackTopbar(); fitWideLists(); wireMenus(); wireActionPicker(); wireBuilder(); wireAutosubmit(); wireJobs(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();
  document.addEventListener("DOMContentLoaded", drawCharts);
})();
