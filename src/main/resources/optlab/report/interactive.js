// optlab's interactive layer: each chart is redrawn with Plotly from the JSON beside its SVG
// (hover, legend toggles, zoom and pan, a log-scale switch, EMA smoothing of per-iteration curves,
// epochs or wall-clock seconds on the x axis, CSV and SVG downloads), and the run table sorts and filters. Without scripts, or in print, the SVG stays.
(function () {
  "use strict";

  function rgba(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16 & 255) + "," + (n >> 8 & 255) + "," + (n & 255) + "," + alpha + ")";
  }

  // TensorBoard's smoothing: an exponential moving average, debiased for its zero start.
  function ema(values, weight) {
    var out = [], last = 0, count = 0;
    for (var i = 0; i < values.length; i++) {
      var v = values[i];
      if (!isFinite(v)) { out.push(v); continue; }
      last = last * weight + (1 - weight) * v;
      count++;
      out.push(weight === 0 ? v : last / (1 - Math.pow(weight, count)));
    }
    return out;
  }

  function traces(data) {
    var all = [];
    data.series.forEach(function (s) {
      if (s.low) {
        all.push({x: s.x, y: s.low, mode: "lines", line: {width: 0}, hoverinfo: "skip", showlegend: false, legendgroup: s.name,
          optlabX: s.x, optlabT: s.t});
        all.push({x: s.x, y: s.high, mode: "lines", line: {width: 0}, fill: "tonexty", fillcolor: rgba(s.color, 0.15),
          hoverinfo: "skip", showlegend: false, legendgroup: s.name, optlabX: s.x, optlabT: s.t});
      }
      all.push({x: s.x, y: s.y, name: s.name, legendgroup: s.name, mode: s.lines ? "lines" : "markers",
        line: {color: s.color, dash: s.dash ? "dash" : "solid", width: 2}, marker: {color: s.color, size: 6},
        showlegend: true, optlabLine: true, optlabX: s.x, optlabT: s.t});
    });
    return all;
  }

  // Epochs or training seconds on the x axis; a curve without times (a published one) waits out the wall-clock view.
  function clock(box, plot, data) {
    var select = document.createElement("select");
    select.setAttribute("aria-label", "x axis");
    [["epoch", data.x.label], ["seconds", "training seconds"]].forEach(function (o) {
      var option = document.createElement("option");
      option.value = o[0]; option.textContent = "x: " + o[1];
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      var wall = select.value === "seconds";
      var xs = [], visible = [];
      plot.data.forEach(function (t) {
        xs.push(wall && t.optlabT ? t.optlabT : t.optlabX);
        visible.push(wall && !t.optlabT ? false : t.visible === false ? true : t.visible);
      });
      Plotly.restyle(plot, {x: xs, visible: visible});
      Plotly.relayout(plot, {"xaxis.title.text": wall ? "training seconds" : data.x.label, "xaxis.tickformat": wall ? "" : "d"});
    });
    box.appendChild(select);
  }

  function positive(data) {
    return data.series.every(function (s) { return s.y.every(function (v) { return !isFinite(v) || v > 0; }); });
  }

  function layout(data) {
    var l = {
      title: {text: data.title, font: {size: 14}},
      xaxis: {title: {text: data.x.label}, type: data.x.log ? "log" : "linear"},
      yaxis: {title: {text: data.y.label}, type: data.y.log ? "log" : "linear"},
      margin: {l: 60, r: 20, t: 60, b: 50}, hovermode: "closest"
    };
    if (data.x.integer) { l.xaxis.tickformat = "d"; }
    if (positive(data)) {
      l.updatemenus = [{type: "buttons", direction: "right", x: 0, xanchor: "left", y: 1.14, showactive: true,
        active: data.y.log ? 1 : 0, buttons: [
          {label: "linear", method: "relayout", args: ["yaxis.type", "linear"]},
          {label: "log", method: "relayout", args: ["yaxis.type", "log"]}]}];
    }
    return l;
  }

  function downloadSvg(svg, name) {
    var text = new XMLSerializer().serializeToString(svg);
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
    link.download = name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-|-$/g, "") + ".svg";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function smoothing(box, plot, data) {
    var label = document.createElement("label");
    label.className = "smoothing";
    label.textContent = "smoothing ";
    var range = document.createElement("input");
    range.type = "range"; range.min = "0"; range.max = "0.99"; range.step = "0.01"; range.value = "0";
    var shown = document.createElement("output");
    shown.textContent = "0.00";
    range.addEventListener("input", function () {
      var w = parseFloat(range.value);
      shown.textContent = w.toFixed(2);
      var index = [], ys = [];
      plot.data.forEach(function (t, i) {
        if (t.optlabLine) { index.push(i); ys.push(ema(t.optlabRaw || (t.optlabRaw = t.y.slice()), w)); }
      });
      Plotly.restyle(plot, {y: ys}, index);
    });
    label.appendChild(range);
    label.appendChild(shown);
    box.appendChild(label);
  }

  function chart(figure) {
    var json = figure.querySelector("script.chart-data");
    var svg = figure.querySelector("svg");
    if (!json || !window.Plotly) { return; }
    var data = JSON.parse(json.textContent);
    var plot = document.createElement("div");
    plot.className = "plot";
    figure.insertBefore(plot, svg);
    // Shown before it is drawn, so that Plotly sizes the chart to its column, not to its default 700 px.
    figure.classList.add("live");
    // The legend goes below the chart, wrapping to a line per curve on a phone: the height makes room for it.
    var shape = layout(data);
    var narrow = figure.clientWidth < 600;
    var entries = data.series.length;
    var legendHeight = (narrow ? 20 : 12) * entries + 20;
    shape.height = 340 + legendHeight;
    shape.margin.b = 50 + legendHeight;
    shape.legend = {orientation: "h", x: 0, xanchor: "left", y: 0, yref: "container", yanchor: "bottom",
      font: {size: narrow ? 10 : 11}};
    Plotly.newPlot(plot, traces(data), shape, {responsive: true, displaylogo: false});
    var tools = document.createElement("div");
    tools.className = "chart-tools";
    var csv = document.createElement("a");
    csv.href = data.csv; csv.textContent = "CSV";
    tools.appendChild(csv);
    var button = document.createElement("button");
    button.type = "button"; button.textContent = "SVG";
    button.addEventListener("click", function () { downloadSvg(svg, data.title); });
    tools.appendChild(button);
    if (data.smoothable) { smoothing(tools, plot, data); }
    if (data.series.some(function (s) { return s.t; })) { clock(tools, plot, data); }
    figure.appendChild(tools);
  }

  function cellValue(cell) {
    var text = cell.textContent.trim();
    var number = parseFloat(text.replace(/[%,]/g, ""));
    return isNaN(number) || !/^[-+]?[0-9.]/.test(text) ? text.toLowerCase() : number;
  }

  function sortable(table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (th, column) {
      th.classList.add("sortable");
      th.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[column]), y = cellValue(b.cells[column]);
          var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function filters(table) {
    var bar = document.createElement("div");
    bar.className = "table-tools";
    var filter = document.createElement("input");
    filter.type = "search"; filter.placeholder = "filter runs"; filter.setAttribute("aria-label", "filter runs");
    filter.addEventListener("input", function () {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
    var differs = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    differs.appendChild(box);
    differs.appendChild(document.createTextNode(" only columns that differ"));
    function apply() {
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var head = table.tHead.rows[table.tHead.rows.length - 1].cells;
      for (var c = 0; c < head.length; c++) {
        var first = rows.length ? rows[0].cells[c].textContent : "";
        var same = rows.length > 1 && rows.every(function (r) { return r.cells[c].textContent === first; });
        var hide = box.checked && same && head[c].hasAttribute("data-parameter");
        head[c].hidden = hide;
        rows.forEach(function (r) { r.cells[c].hidden = hide; });
      }
    }
    box.addEventListener("change", apply);
    bar.appendChild(filter);
    bar.appendChild(differs);
    table.parentNode.insertBefore(bar, table);
    apply();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("figure.chart"), chart);
    Array.prototype.forEach.call(document.querySelectorAll("table.explorer"), function (t) { sortable(t); filters(t); });
    document.body.setAttribute("data-interactive", "ready");
  });
})();
