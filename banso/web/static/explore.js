// banso insights: the builder's step rows and fields that only some choices use. No framework, no inline handlers.
(function () {
  "use strict";
  function wireSteps() {
    var add = document.getElementById("add-step");
    var rows = document.getElementById("step-rows");
    var tpl = document.getElementById("step-template");
    if (!add || !rows || !tpl) return;
    add.addEventListener("click", function () {
      if (rows.children.length >= 10) return;
      rows.appendChild(tpl.content.cloneNode(true));
      var inputs = rows.querySelectorAll("input");
      inputs[inputs.length - 1].focus();
    });
    rows.addEventListener("click", function (e) {
      var t = e.target;
      if (t && t.classList && t.classList.contains("remove-row") && rows.children.length > 2) {
        t.closest(".steprow").remove();
      }
    });
  }
  // Trend: the metric and its aggregate are asked for only when a metric is counted.
  function wireMeasure() {
    var measure = document.getElementById("f-measure");
    if (!measure) return;
    function sync() {
      var metric = measure.value === "metric";
      document.querySelectorAll(".metric-only").forEach(function (el) { el.hidden = !metric; });
      var ev = document.getElementById("f-event");
      if (ev) ev.closest(".field").hidden = metric;
    }
    measure.addEventListener("change", sync);
    sync();
  }
  // The trait field matters only for a trait breakdown.
  function wireTrait() {
    var by = document.getElementById("f-breakdown");
    var trait = document.getElementById("f-trait");
    if (!by || !trait) return;
    function sync() { trait.closest(".field").hidden = by.value !== "trait"; }
    by.addEventListener("change", sync);
    sync();
  }
  // Empty fields stay out of the URL, so a shared link holds only what was chosen.
  function wireSubmit() {
    var form = document.getElementById("insight-form");
    if (!form) return;
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if ((el.value === "" || el.closest("[hidden]")) && el.type !== "hidden") el.disabled = true;
      });
    });
  }
  // This script is deferred, so the form is parsed when it runs: wire it now rather than on
  // DOMContentLoaded, which waits for every deferred script after it (Plotly's 3.5 MB on a chart page).
  function wire() { wireSteps(); wireMeasure(); wireTrait(); wireSubmit(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire); else wire();
})();
