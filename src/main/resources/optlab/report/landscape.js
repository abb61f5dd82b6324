// optlab's landscape explorer: the selected slice as a 2-D contour map and a 3-D surface (one WebGL
// context, whichever slice is chosen), and one animation control that walks every view along the
// paths: the loss and distance charts' markers, the contour's path so far and the surface's. Without scripts, or in
// print, the static charts stay and the explorer stays hidden.
(function () {
  "use strict";

  var FRAME_MS = 150;
  // A play at 1x takes about FRAMES frames whatever the number of steps; the step buttons still move one by one.
  var FRAMES = 100;

  function pathTraces3d(path, lift) {
    return {x: [], y: [], z: [], type: "scatter3d", mode: "lines+markers", name: path.name,
      line: {color: path.color, width: 5}, marker: {color: path.color, size: 3}, hoverinfo: "skip", showlegend: false,
      optlabLift: lift};
  }

  function hoverText(path, k) {
    return "step " + path.step[k] + "<br>loss on the slice " + path.slice[k] + "<br>loss at its weights " + path.loss[k] +
      "<br>distance from the slice " + path.distance[k];
  }

  // How many of the path's points are at or before the step.
  function upTo(path, step) {
    var n = 0;
    while (n < path.step.length && path.step[n] <= step) { n++; }
    return n;
  }

  function contourFigure(slice, shared, narrow) {
    var traces = [];
    slice.levels.forEach(function (level) {
      traces.push({x: level.x, y: level.y, mode: "lines", line: {color: "rgba(40,40,40,0.45)", width: 1}, showlegend: false,
        hoverinfo: "text", text: "loss " + level.level, name: "loss " + level.level});
    });
    var index = {};
    slice.paths.forEach(function (path, p) {
      traces.push({x: path.a, y: path.b, mode: "lines", line: {color: path.color, width: 1}, opacity: 0.35, hoverinfo: "skip",
        showlegend: false});
      index[p] = traces.length;
      traces.push({x: [], y: [], mode: "lines", line: {color: path.color, width: 3}, name: path.name, showlegend: shared,
        hoverinfo: "skip"});
      traces.push({x: [], y: [], mode: "markers", marker: {color: path.color, size: 11, line: {color: "#000", width: 1.5}},
        showlegend: false, hoverinfo: "text", text: []});
      traces.push({x: [path.a[0]], y: [path.b[0]], mode: "markers", showlegend: false, hoverinfo: "text", text: ["start: " + hoverText(path, 0)],
        marker: {color: "#fff", size: 9, line: {color: path.color, width: 2}}});
    });
    var e = slice.extent;
    var layout = {
      // On a phone the title would be cut; the slice selector above names it.
      title: {text: narrow ? "" : slice.title, font: {size: 13}},
      xaxis: {title: {text: slice.u}, range: [e[0], e[1]], showgrid: false, zeroline: false},
      yaxis: {title: {text: slice.v}, range: [e[2], e[3]], showgrid: false, zeroline: false},
      images: [{source: slice.heat, xref: "x", yref: "y", x: e[0], y: e[3], sizex: e[1] - e[0], sizey: e[3] - e[2],
        sizing: "stretch", layer: "below"}],
      margin: {l: 60, r: 15, t: narrow ? 30 : 50, b: shared ? 50 + 18 * slice.paths.length : 50}, hovermode: "closest",
      height: (narrow ? 360 : 430) + (shared ? 18 * slice.paths.length : 0),
      legend: {orientation: "h", x: 0, y: 0, yref: "container", yanchor: "bottom", font: {size: 10}}
    };
    return {traces: traces, layout: layout, index: index};
  }

  function surfaceFigure(slice, colorscale, narrow) {
    var lift = (slice.zmax - slice.zmin) * 0.01;
    var traces = [{type: "surface", x: slice.a, y: slice.b, z: slice.z, colorscale: colorscale, cmin: slice.zmin, cmax: slice.zmax,
      showscale: false, opacity: 0.95, hovertemplate: slice.u + " %{x}<br>" + slice.v + " %{y}<br>loss %{z}<extra></extra>",
      contours: {z: {show: false}}}];
    var index = {};
    slice.paths.forEach(function (path, p) {
      index[p] = traces.length;
      traces.push(pathTraces3d(path, lift));
      traces.push({x: [], y: [], z: [], type: "scatter3d", mode: "markers", marker: {color: path.color, size: 6, line: {color: "#000", width: 1}},
        showlegend: false, hoverinfo: "text", text: []});
    });
    var layout = {
      title: {text: narrow ? "" : "the same slice in 3-D (drag to rotate)", font: {size: 13}},
      scene: {xaxis: {title: {text: slice.u}}, yaxis: {title: {text: slice.v}}, zaxis: {title: {text: "loss"}},
        camera: {eye: narrow ? {x: 1.75, y: -2.15, z: 1.6} : {x: 1.3, y: -1.6, z: 1.2}}, aspectmode: "manual", aspectratio: {x: 1, y: 1, z: 0.6}},
      margin: {l: 0, r: 0, t: narrow ? 10 : 40, b: 0}, height: narrow ? 340 : 430, showlegend: false
    };
    return {traces: traces, layout: layout, index: index};
  }

  function explorer(section) {
    var json = section.querySelector("script.landscape-data");
    var box = section.querySelector(".landscape-explorer");
    if (!json || !box || !window.Plotly) { return; }
    var data = JSON.parse(json.textContent);
    box.hidden = false;
    var contour = box.querySelector(".landscape-contour");
    var surface = box.querySelector(".landscape-surface");
    var range = box.querySelector(".landscape-step");
    var play = box.querySelector(".landscape-play");
    var speed = box.querySelector(".landscape-speed");
    var at = box.querySelector(".landscape-at");
    var select = box.querySelector(".landscape-slice");
    var lossPlot = section.querySelector("figure.landscape-loss .plot");
    var steps = data.steps;
    var state = {slice: 0, index: steps.length - 1, timer: null, contour: null, surface: null};
    range.max = String(steps.length - 1);
    var narrow = box.clientWidth < 600;

    if (select) {
      data.slices.forEach(function (s, i) {
        var option = document.createElement("option");
        option.value = String(i); option.textContent = s.title;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { state.slice = parseInt(select.value, 10); draw(); });
    }

    // The charts along the steps (loss, distance) get a marker per path and a line at the current step.
    var all = [];
    data.slices.forEach(function (s) { s.paths.forEach(function (p) { all.push(p); }); });
    var alongSteps = [["landscape-loss", "loss"], ["landscape-distance", "distance"]].map(function (chart) {
      var plot = section.querySelector("figure." + chart[0] + " .plot");
      if (!plot || !plot.data) { return null; }
      var first = plot.data.length;
      Plotly.addTraces(plot, all.map(function (p) {
        return {x: [], y: [], mode: "markers", marker: {color: p.color, size: 9, line: {color: "#000", width: 1}}, showlegend: false,
          hoverinfo: "skip"};
      }));
      return {plot: plot, first: first, value: chart[1]};
    }).filter(Boolean);

    function draw() {
      var slice = data.slices[state.slice];
      var c = contourFigure(slice, data.shared, narrow);
      var s = surfaceFigure(slice, data.colorscale, narrow);
      state.contour = c; state.surface = s;
      Plotly.react(contour, c.traces, c.layout, {responsive: true, displaylogo: false});
      Plotly.react(surface, s.traces, s.layout, {responsive: true, displaylogo: false});
      update();
    }

    function update() {
      var step = steps[state.index];
      var slice = data.slices[state.slice];
      range.value = String(state.index);
      range.setAttribute("aria-valuetext", "step " + step);
      at.textContent = "step " + step + " of " + steps[steps.length - 1];
      var cx = [], cy = [], ci = [], sx = [], sy = [], sz = [], si = [];
      slice.paths.forEach(function (path, p) {
        var n = upTo(path, step);
        var lift = (slice.zmax - slice.zmin) * 0.01;
        var last = Math.max(n - 1, 0);
        var shown = n > 0;
        cx.push(path.a.slice(0, n), shown ? [path.a[last]] : []);
        cy.push(path.b.slice(0, n), shown ? [path.b[last]] : []);
        ci.push(state.contour.index[p], state.contour.index[p] + 1);
        var z = path.slice.slice(0, n).map(function (v) { return v + lift; });
        sx.push(path.a.slice(0, n), shown ? [path.a[last]] : []);
        sy.push(path.b.slice(0, n), shown ? [path.b[last]] : []);
        sz.push(z, shown ? [path.slice[last] + lift] : []);
        si.push(state.surface.index[p], state.surface.index[p] + 1);
      });
      var texts = [];
      slice.paths.forEach(function (path) {
        var n = upTo(path, step);
        texts.push(null, n > 0 ? [hoverText(path, n - 1)] : []);
      });
      Plotly.restyle(contour, {x: cx, y: cy, text: texts}, ci);
      Plotly.restyle(surface, {x: sx, y: sy, z: sz, text: texts}, si);
      alongSteps.forEach(function (chart) {
        var xs = [], ys = [], index = [];
        all.forEach(function (path, p) {
          var k = upTo(path, step) - 1;
          xs.push(k >= 0 ? [path.step[k]] : []); ys.push(k >= 0 ? [path[chart.value][k]] : []); index.push(chart.first + p);
        });
        Plotly.restyle(chart.plot, {x: xs, y: ys}, index);
        Plotly.relayout(chart.plot, {shapes: [{type: "line", xref: "x", yref: "paper", x0: step, x1: step, y0: 0, y1: 1,
          line: {color: "#555", width: 1, dash: "dot"}}]});
      });
    }

    function stop() {
      if (state.timer) { clearInterval(state.timer); state.timer = null; }
      play.innerHTML = "&#9654; play"; play.setAttribute("aria-label", "play"); play.setAttribute("aria-pressed", "false");
    }

    function go(index) {
      state.index = Math.max(0, Math.min(steps.length - 1, index));
      update();
    }

    play.addEventListener("click", function () {
      if (state.timer) { stop(); return; }
      if (state.index >= steps.length - 1) { go(0); }
      play.innerHTML = "&#10074;&#10074; pause"; play.setAttribute("aria-label", "pause"); play.setAttribute("aria-pressed", "true");
      state.timer = setInterval(function () {
        if (state.index >= steps.length - 1) { stop(); return; }
        go(state.index + Math.ceil(steps.length / FRAMES));
      }, FRAME_MS / parseFloat(speed.value));
    });
    speed.addEventListener("change", function () { if (state.timer) { stop(); play.click(); } });
    box.querySelector(".landscape-back").addEventListener("click", function () { stop(); go(state.index - 1); });
    box.querySelector(".landscape-forward").addEventListener("click", function () { stop(); go(state.index + 1); });
    range.addEventListener("input", function () { stop(); go(parseInt(range.value, 10)); });
    draw();
    section.setAttribute("data-landscape", "ready");
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("section#landscape"), explorer);
  });
})();
