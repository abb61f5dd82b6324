// Run by .ci/report-browser-check inside a copy of a drawn report; leaves its findings on <body data-check>.
(function () {
  "use strict";
  var r = {detail: {}};
  function done() {
    r.detail = JSON.stringify(r.detail);
    document.body.setAttribute("data-check", JSON.stringify(r));
  }
  function later(ms, f) { setTimeout(function () { try { f(); } catch (e) { r.detail.error = String(e); done(); } }, ms); }
  window.addEventListener("load", function () {
    later(500, function () {
      var plots = document.querySelectorAll("figure.chart.live .plot");
      r.detail.charts = plots.length;
      r.ready = document.body.getAttribute("data-interactive") === "ready" && plots.length >= 6;
      var gd = plots[0];
      var line = gd.data.findIndex(function (t) { return t.optlabLine; });
      Plotly.Fx.hover(gd, [{curveNumber: line, pointNumber: 1}]);
      var text = (gd.querySelector(".hoverlayer") || {}).textContent || "";
      r.detail.hover = text;
      r.hover = text.indexOf(String(gd.data[line].y[1]).slice(0, 4)) >= 0;
      var toggle = gd.querySelector(".legend .traces .legendtoggle");
      toggle.dispatchEvent(new MouseEvent("mousedown", {bubbles: true, clientX: 1, clientY: 1}));
      toggle.dispatchEvent(new MouseEvent("mouseup", {bubbles: true, clientX: 1, clientY: 1}));
      later(800, function () {
        r.legendToggle = gd.data.some(function (t) { return t.visible === "legendonly"; });
        var log = Array.prototype.find.call(gd.querySelectorAll(".updatemenu-button"), function (b) { return b.textContent === "log"; });
        log.dispatchEvent(new MouseEvent("click", {bubbles: true}));
        later(300, function () {
          r.logSwitch = gd.layout.yaxis.type === "log";
          var iteration = Array.prototype.find.call(document.querySelectorAll("figure.chart.live"), function (f) { return f.querySelector(".smoothing"); });
          var range = iteration.querySelector(".smoothing input");
          var plot = iteration.querySelector(".plot");
          var index = plot.data.findIndex(function (t) { return t.optlabLine; });
          var before = plot.data[index].y.slice();
          range.value = "0.9";
          range.dispatchEvent(new Event("input"));
          var after = plot.data[index].y;
          r.smoothing = after[0] === before[0] && after[after.length - 1] !== before[before.length - 1];
          var epochs = plots[0];
          var select = epochs.parentNode.querySelector(".chart-tools select");
          var line0 = epochs.data.findIndex(function (t) { return t.optlabLine; });
          select.value = "seconds";
          select.dispatchEvent(new Event("change"));
          r.wallClock = epochs.data[line0].x[0] === epochs.data[line0].optlabT[0] && epochs.layout.xaxis.title.text === "training seconds";
          var table = document.querySelector("table.explorer");
          var heads = table.tHead.rows[0].cells;
          var acc = Array.prototype.findIndex.call(heads, function (h) { return h.textContent === "test acc"; });
          heads[acc].click();
          var values = Array.prototype.map.call(table.tBodies[0].rows, function (row) { return parseFloat(row.cells[acc].textContent); });
          r.sort = values.every(function (v, i) { return i === 0 || values[i - 1] <= v; });
          var filter = document.querySelector(".table-tools input[type=search]");
          filter.value = "adam tensorflow";
          filter.dispatchEvent(new Event("input"));
          var shown = Array.prototype.filter.call(table.tBodies[0].rows, function (row) { return !row.hidden; });
          r.filter = shown.length === 1 && shown[0].textContent.indexOf("adam") >= 0;
          r.detail.resources = performance.getEntriesByType("resource").map(function (e) { return e.name; })
            .filter(function (n) { return n.indexOf("check.js") < 0; });
          r.offline = r.detail.resources.length === 0;
          done();
        });
      });
    });
  });
})();
