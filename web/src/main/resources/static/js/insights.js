// QH: the insights dashboard's charts. Each <div class="chart" data-chart="…"> holds its figures as JSON (put there
// by the server, so no inline script is needed); ECharts draws them on a canvas and the table beside each chart,
// open without JavaScript, folds away once the chart stands. Tooltips are drawn on the canvas too (richText), as
// HTML tooltips would carry style attributes the Content-Security-Policy refuses.
(function () {
  'use strict';
  if (!window.echarts) {
    return;
  }
  var charts = [];

  function css(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function palette() {
    return {
      text: css('--text'), muted: css('--muted'), border: css('--border'), accent: css('--accent'),
      ok: css('--ok'), warn: css('--warn'), danger: css('--danger'), soft: css('--surface-2')
    };
  }

  function colours(p, keys) {
    var byKey = {
      SAVED: p.muted, APPLIED: p.accent, INTERVIEW: p.warn, OFFER: p.ok, REJECTED: p.danger,
      score: p.accent, saved: p.accent, market: p.warn, salary: p.accent
    };
    return keys.map(function (key) { return byKey[key] || p.accent; });
  }

  function option(spec, width) {
    var p = palette();
    var horizontal = spec.kind === 'bars' || spec.kind === 'bars-stacked';
    // Horizontal bars keep their names in a column of known width (ECharts' containLabel measures names before
    // truncating them, which cut long vacancy titles at the card's edge).
    var labelWidth = Math.round(Math.min(220, width * 0.34));
    var category = {
      type: 'category', data: spec.categories,
      axisLabel: { color: p.muted, width: horizontal ? labelWidth : undefined, overflow: 'truncate',
        hideOverlap: true },
      axisLine: { lineStyle: { color: p.border } }, axisTick: { show: false }
    };
    if (horizontal) {
      category.inverse = true;
    }
    var value = {
      // A legend takes the top of a vertical chart, so its axis name stays out (the caption says what is counted).
      type: 'value', name: !horizontal && spec.series.length > 1 ? '' : spec.axis, nameTextStyle: { color: p.muted },
      minInterval: 1,
      nameLocation: horizontal ? 'middle' : 'end', nameGap: horizontal ? 26 : 12,
      axisLabel: { color: p.muted }, splitLine: { lineStyle: { color: p.border } }
    };
    if (spec.max) {
      value.max = spec.max;
    }
    var stacked = spec.kind === 'stacked' || spec.kind === 'bars-stacked';
    var series = spec.series.map(function (one) {
      var s = { name: one.name, type: 'bar', data: one.data, barMaxWidth: 28, emphasis: { focus: 'series' } };
      if (stacked) {
        s.stack = 'all';
      }
      if (spec.kind === 'bars') {
        s.label = { show: true, position: 'right', color: p.text };
      }
      return s;
    });
    if (spec.mark) {
      series[0].markLine = {
        symbol: 'none', data: [{ yAxis: spec.mark.value, name: spec.mark.name }],
        lineStyle: { color: p.danger, type: 'dashed', width: 2 },
        label: { formatter: spec.mark.name, color: p.danger, position: 'insideStartTop' }
      };
    }
    return {
      animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
      color: colours(p, spec.series.map(function (one) { return one.key; })),
      textStyle: { fontFamily: css('--font') || 'sans-serif', color: p.text },
      grid: horizontal
        ? { left: labelWidth + 12, right: 36, top: spec.series.length > 1 ? 40 : 10, bottom: 48, containLabel: false }
        : { left: 8, right: 16, top: spec.series.length > 1 ? (width < 520 ? 56 : 36) : 28, bottom: 8,
          containLabel: true },
      legend: spec.series.length > 1 ? { top: 0, textStyle: { color: p.text }, icon: 'roundRect' } : { show: false },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series
    };
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
    var rows = spec.kind === 'bars' || spec.kind === 'bars-stacked' ? spec.categories.length : 0;
    element.classList.add('drawn');
    if (rows > 0) {
      // One band per row, so long lists stay legible (set through the CSSOM, which the policy allows).
      element.style.height = (rows * 34 + (spec.series.length > 1 ? 96 : 64)) + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    // Marked once the first drawing (and its animation) is over: what a screenshot or a test waits for.
    chart.on('finished', function () {
      element.setAttribute('data-chart-ready', 'true');
    });
    chart.setOption(option(spec, element.clientWidth));
    charts.push({ chart: chart, spec: spec, element: element });
    var table = element.nextElementSibling;
    if (table && table.tagName === 'DETAILS') {
      table.open = false;
    }
  }

  function redraw() {
    charts.forEach(function (one) {
      one.chart.setOption(option(one.spec, one.element.clientWidth), true);
      one.chart.resize();
    });
  }

  function start() {
    document.querySelectorAll('.chart[data-chart]').forEach(draw);
    var pending;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(redraw, 150);
    });
    var scheme = window.matchMedia('(prefers-color-scheme: dark)');
    if (scheme.addEventListener) {
      scheme.addEventListener('change', redraw);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
