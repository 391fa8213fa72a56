// QH: the insights dashboard's charts. Each <div class="chart" data-chart="…"> holds its figures as JSON (put there
// by the server, so no inline script is needed); uPlot (the webjar, 21 KB gzipped) draws them on a canvas and the
// table beside each chart, open without JavaScript, folds away once the chart stands. Colours come from the page's
// custom properties, so a dark scheme draws dark; sizes and the legend's swatches are set through the CSSOM, which the
// Content-Security-Policy allows (style attributes in the markup it refuses).
(function () {
  'use strict';
  if (!window.uPlot) {
    return;
  }
  var charts = [];
  var lang = document.documentElement.lang || 'en';

  function css(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function palette() {
    return {
      text: css('--text'), muted: css('--muted'), border: css('--border'), accent: css('--accent'),
      ok: css('--ok'), warn: css('--warn'), danger: css('--danger'), surface: css('--surface'),
      font: css('--font') || 'sans-serif'
    };
  }

  function colours(p, keys) {
    var byKey = {
      SAVED: p.muted, APPLIED: p.accent, INTERVIEW: p.warn, OFFER: p.ok, REJECTED: p.danger,
      score: p.accent, saved: p.accent, market: p.warn, salary: p.accent
    };
    return keys.map(function (key) { return byKey[key] || p.accent; });
  }

  var measure = document.createElement('canvas').getContext('2d');

  // A name cut to fit `width` pixels in `font`, with an ellipsis (the table beside the chart has it whole).
  function fit(text, width, font) {
    measure.font = font;
    if (measure.measureText(text).width <= width) {
      return text;
    }
    var cut = text;
    while (cut.length > 1 && measure.measureText(cut + '…').width > width) {
      cut = cut.slice(0, -1);
    }
    return cut.trimEnd() + '…';
  }

  function number(value) {
    return Number(value).toLocaleString(lang);
  }

  function isHorizontal(spec) {
    return spec.kind === 'bars' || spec.kind === 'bars-stacked';
  }

  function height(spec, width) {
    if (isHorizontal(spec)) {
      // One band per row, so long lists stay legible.
      return spec.categories.length * 34 + 48;
    }
    return width < 520 ? 240 : 280;
  }

  function options(spec, width, p) {
    var horizontal = isHorizontal(spec);
    var stacked = spec.kind === 'stacked' || spec.kind === 'bars-stacked';
    var count = spec.categories.length;
    var font = '12px ' + p.font;
    var labelWidth = Math.round(Math.min(220, width * 0.34));
    var cols = colours(p, spec.series.map(function (one) { return one.key; }));
    // Stacks are drawn as running totals, the tallest first, so each later series covers the part below its top.
    var totals = spec.categories.map(function () { return 0; });
    var stacks = spec.series.map(function (one) {
      return one.data.map(function (value, i) {
        return stacked ? (totals[i] += value || 0) : value;
      });
    });
    var order = spec.series.map(function (one, i) { return i; });
    if (stacked) {
      order.reverse();
    }
    var top = 0;
    stacks.forEach(function (values) {
      values.forEach(function (value) { top = Math.max(top, value || 0); });
    });
    if (spec.mark) {
      top = Math.max(top, spec.mark.value);
    }
    var bars = uPlot.paths.bars({ size: [horizontal ? 0.62 : 0.7, 28], align: 0 });
    var every = horizontal ? 1 : Math.max(1, Math.ceil(count * 46 / Math.max(120, width - 60)));
    return {
      width: width,
      height: height(spec, width),
      legend: { show: false },
      cursor: { show: false },
      select: { show: false },
      padding: [spec.mark ? 22 : 12, horizontal ? 40 : 12, 4, 4],
      scales: {
        // A list of rows reads from the top: the first category (the best score, the most asked-for skill) there.
        x: { time: false, ori: horizontal ? 1 : 0, dir: horizontal ? -1 : 1, range: [-0.5, count - 0.5] },
        y: { ori: horizontal ? 0 : 1, dir: 1,
          range: function () { return [0, spec.max || Math.max(1, Math.ceil(top * 1.08))]; } }
      },
      axes: [
        {
          scale: 'x', side: horizontal ? 3 : 2, stroke: p.muted, font: font, gap: 6,
          size: horizontal ? labelWidth + 10 : 30,
          grid: { show: false }, ticks: { show: false },
          splits: function () { return spec.categories.map(function (name, i) { return i; }); },
          values: function (u, splits) {
            return splits.map(function (i) {
              if (i % every !== 0) {
                return null;
              }
              return horizontal ? fit(spec.categories[i], labelWidth, font) : spec.categories[i];
            });
          }
        },
        {
          scale: 'y', side: horizontal ? 2 : 3, stroke: p.muted, font: font, gap: 6,
          size: horizontal ? 26 : 56,
          label: spec.axis, labelFont: font, labelSize: 18, labelGap: 0,
          grid: { stroke: p.border, width: 1 }, ticks: { show: false },
          incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 25000, 50000, 100000,
            200000, 250000, 500000, 1000000],
          space: horizontal ? 60 : 36,
          values: function (u, splits) { return splits.map(number); }
        }
      ],
      series: [{}].concat(order.map(function (i) {
        return { label: spec.series[i].name, fill: cols[i], stroke: cols[i], width: 0, paths: bars,
          points: { show: false } };
      })),
      data: [spec.categories.map(function (name, i) { return i; })].concat(order.map(function (i) {
        return stacks[i];
      })),
      hooks: { draw: [function (u) { annotate(u, spec, horizontal, stacks, p); }] }
    };
  }

  // The figures uPlot does not draw itself: each plain bar's value at its end, and one's own expectation as a dashed
  // line named above it.
  function annotate(u, spec, horizontal, stacks, p) {
    var ctx = u.ctx;
    var ratio = uPlot.pxRatio;
    ctx.save();
    ctx.font = Math.round(12 * ratio) + 'px ' + p.font;
    if (spec.mark) {
      var level = Math.round(u.valToPos(spec.mark.value, 'y', true));
      ctx.strokeStyle = p.danger;
      ctx.lineWidth = 2 * ratio;
      ctx.setLineDash([6 * ratio, 4 * ratio]);
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, level);
      ctx.lineTo(u.bbox.left + u.bbox.width, level);
      ctx.stroke();
      ctx.fillStyle = p.danger;
      ctx.font = '600 ' + Math.round(12 * ratio) + 'px ' + p.font;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'bottom';
      ctx.setLineDash([]);
      ctx.fillText(spec.mark.name + ': ' + number(spec.mark.value), u.bbox.left + 4 * ratio, level - 4 * ratio);
    }
    // The figures after the line, so the line passes under them.
    ctx.font = Math.round(12 * ratio) + 'px ' + p.font;
    if (spec.kind === 'bars' || (!horizontal && spec.series.length === 1)) {
      ctx.fillStyle = p.text;
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      ctx.textAlign = horizontal ? 'left' : 'center';
      stacks[0].forEach(function (value, i) {
        if (value == null) {
          return;
        }
        var along = u.valToPos(i, 'x', true);
        var end = u.valToPos(value, 'y', true);
        var text = number(value);
        var x = horizontal ? end + 6 * ratio : along;
        var y = horizontal ? along : end - 4 * ratio;
        // On a plate of the card's colour, so a figure stays legible where the expectation's line crosses it.
        var wide = ctx.measureText(text).width + 4 * ratio;
        var tall = 15 * ratio;
        ctx.fillStyle = p.surface;
        ctx.fillRect(horizontal ? x - 2 * ratio : x - wide / 2, horizontal ? y - tall / 2 : y - tall + ratio,
          wide, tall);
        ctx.fillStyle = p.text;
        ctx.fillText(text, x, y);
      });
    }
    ctx.restore();
  }

  // Several series get a legend of their own (uPlot's is a table meant for live values): a swatch and a name each.
  function legend(element, spec, p) {
    if (spec.series.length < 2) {
      return null;
    }
    var list = document.createElement('ul');
    list.className = 'chart-legend';
    list.setAttribute('aria-hidden', 'true');
    var cols = colours(p, spec.series.map(function (one) { return one.key; }));
    spec.series.forEach(function (one, i) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'chart-swatch';
      swatch.style.backgroundColor = cols[i];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(one.name));
      list.appendChild(item);
    });
    element.appendChild(list);
    return list;
  }

  function render(one) {
    var p = palette();
    if (one.plot) {
      one.plot.destroy();
    }
    if (one.legend) {
      one.legend.remove();
    }
    one.element.replaceChildren();
    one.legend = legend(one.element, one.spec, p);
    one.width = one.element.clientWidth;
    one.plot = new uPlot(options(one.spec, one.width, p), null, one.element);
  }

  function draw(element) {
    var spec;
    try {
      spec = JSON.parse(element.getAttribute('data-chart'));
    }
    catch (notJson) {
      return;
    }
    if (!spec.categories || spec.categories.length === 0) {
      return;
    }
    element.classList.add('drawn');
    var one = { element: element, spec: spec };
    render(one);
    charts.push(one);
    // uPlot draws at once: what a screenshot or a test waits for.
    element.setAttribute('data-chart-ready', 'true');
    var table = element.nextElementSibling;
    if (table && table.tagName === 'DETAILS') {
      table.open = false;
    }
  }

  function resize() {
    charts.forEach(function (one) {
      if (one.element.clientWidth !== one.width) {
        render(one);
      }
    });
  }

  function start() {
    document.querySelectorAll('.chart[data-chart]').forEach(draw);
    var pending;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(resize, 150);
    });
    var scheme = window.matchMedia('(prefers-color-scheme: dark)');
    if (scheme.addEventListener) {
      scheme.addEventListener('change', function () { charts.forEach(render); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
