// Run by .ci/report-browser-check inside a copy of a drawn landscape report; leaves its findings on <body data-check>.
(function () {
  "use strict";
  var r = {detail: {}};
  function done() {
    r.detail = JSON.stringify(r.detail);
    document.body.setAttribute("data-check", JSON.stringify(r));
  }
  function later(ms, f) { setTimeout(function () { try { f(); } catch (e) { r.detail.error = String(e); done(); } }, ms); }
  function pathLength(gd) {
    var t = gd.data.find(function (d) { return d.mode === "lines" && d.showlegend !== undefined && d.x.length && d.line.width === 3; });
    return t ? t.x.length : -1;
  }
  window.addEventListener("load", function () {
    later(800, function () {
      var section = document.getElementById("landscape");
      var contour = section.querySelector(".landscape-contour");
      var surface = section.querySelector(".landscape-surface");
      var range = section.querySelector(".landscape-step");
      r.ready = section.getAttribute("data-landscape") === "ready" && document.body.getAttribute("data-interactive") === "ready";
      // The other charts on the gl3d bundle, as on the basic one: hover and the log switch.
      var first = document.querySelector("figure.chart.live .plot");
      var line = first.data.findIndex(function (t) { return t.optlabLine; });
      Plotly.Fx.hover(first, [{curveNumber: line, pointNumber: 1}]);
      r.hover = ((first.querySelector(".hoverlayer") || {}).textContent || "").length > 0;
      r.surface = surface.data && surface.data[0].type === "surface" && !!surface.querySelector("canvas");
      r.detail.steps = range.max;
      var end = pathLength(contour);
      range.value = "10";
      range.dispatchEvent(new Event("input"));
      var at10 = pathLength(contour);
      var said = section.querySelector(".landscape-at").textContent;
      section.querySelector(".landscape-forward").click();
      var at11 = pathLength(contour);
      section.querySelector(".landscape-back").click();
      section.querySelector(".landscape-back").click();
      var at9 = pathLength(contour);
      r.detail.lengths = [end, at10, at11, at9];
      r.slider = at10 === 11 && end > at10 && said.indexOf("step 10 ") === 0;
      r.stepButtons = at11 === 12 && at9 === 10;
      var loss = section.querySelector("figure.landscape-loss .plot");
      r.lossMarker = loss.layout.shapes.length === 1 && loss.layout.shapes[0].x0 === 9;
      var select = section.querySelector(".landscape-slice");
      var title = contour.layout.title.text;
      select.value = String(select.options.length - 1);
      select.dispatchEvent(new Event("change"));
      r.select = contour.layout.title.text !== title && surface.data[0].type === "surface";
      section.querySelector(".landscape-play").click();
      later(1500, function () {
        var playing = pathLength(contour);
        section.querySelector(".landscape-play").click();
        r.detail.playing = playing;
        r.play = playing > 10;
        r.detail.resources = performance.getEntriesByType("resource").map(function (e) { return e.name; })
          .filter(function (n) { return n.indexOf("check.js") < 0; });
        r.offline = r.detail.resources.length === 0;
        done();
      });
    });
  });
})();
