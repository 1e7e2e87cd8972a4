/* /timeline: pairings started per year by programme (bars), meetings/documents/events (dots); with
   ?actor=, each of the actor's pairings from start to end. */
(function () {
  'use strict';
  const { esc, colours, open, pairingTip, start, status, ready } = window.kgviz;
  const chart = echarts.init(document.getElementById('chart'));
  const ganttEl = document.getElementById('gantt');
  const gantt = ganttEl ? echarts.init(ganttEl) : null;
  const KINDS = ['meeting', 'document', 'event'];
  const KIND_LABEL = { meeting: '会议 meetings', document: '文件 documents', event: '事件 events' };

  function option(data) {
    const colour = colours(data);
    const labels = data.years.map(String);
    const bars = data.series.map((s) => ({ type: 'bar', name: s.label || s.slug, stack: 'started',
      xAxisIndex: 0, yAxisIndex: 0, color: colour[s.programme], data: s.started, barMaxWidth: 18 }));
    const dots = [];
    data.events.forEach((y) => y.items.forEach((e, i) => dots.push({ value: [String(e.year), e.kind], event: e,
      symbolOffset: [0, (i % 3 - 1) * 4], itemStyle: { color: e.programmes.length ? colour[e.programmes[0]] || '#555' : '#555' } })));
    return {
      color: data.series.map((s) => colour[s.programme]),
      tooltip: { trigger: 'item', confine: true, formatter: (it) => {
        if (it.seriesType === 'scatter') {
          const e = it.data.event;
          return '<b>' + esc(e.label) + '</b><br>' + esc(e.date || e.year) + ' · ' + esc(KIND_LABEL[e.kind]);
        }
        return esc(it.name) + ' · ' + esc(it.seriesName) + '<br>' + it.value + ' 条对口关系 pairings started';
      } },
      legend: { type: 'scroll', bottom: 0, left: 10, right: 10, textStyle: { fontSize: 11 } },
      grid: [{ left: 50, right: 20, top: 20, height: '52%' }, { left: 50, right: 20, top: '66%', height: '18%' }],
      xAxis: [{ type: 'category', data: labels, gridIndex: 0, axisLabel: { show: false } },
        { type: 'category', data: labels, gridIndex: 1, axisLabel: { fontSize: 10 } }],
      yAxis: [{ type: 'value', name: '对口关系', gridIndex: 0, minInterval: 1 },
        { type: 'category', data: KINDS, gridIndex: 1, axisLabel: { formatter: (k) => KIND_LABEL[k].split(' ')[0] } }],
      dataZoom: [{ type: 'inside', xAxisIndex: [0, 1] }],
      series: bars.concat([{ type: 'scatter', name: '会议与文件 meetings & documents', xAxisIndex: 1, yAxisIndex: 1,
        symbolSize: 9, data: dots, color: '#555' }]),
    };
  }

  function ganttOption(data) {
    const colour = colours(data);
    const rows = data.pairings.filter((p) => p.startYear != null);
    const thisYear = data.years[data.years.length - 1];
    const name = (p) => (p.supporter === data.actor ? '→ ' + p.recipientLabel : p.recipient === data.actor ?
      '← ' + p.supporterLabel : p.supporterLabel + ' → ' + p.recipientLabel);
    ganttEl.style.height = Math.max(160, 40 + rows.length * 18) + 'px';
    return {
      tooltip: { confine: true, formatter: (it) => pairingTip(it.data.pairing) },
      grid: { left: 190, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'value', min: data.years[0], max: thisYear + 1, interval: 5, axisLabel: { formatter: String } },
      yAxis: { type: 'category', data: rows.map(name), inverse: true, axisLabel: { fontSize: 10, width: 180, overflow: 'truncate' } },
      series: [{ type: 'custom', name: 'pairings', encode: { x: [0, 1], y: 2 },
        renderItem: (params, api) => {
          const from = api.coord([api.value(0), api.value(2)]);
          const to = api.coord([api.value(1) + 1, api.value(2)]);
          const h = api.size([0, 1])[1] * 0.6;
          return { type: 'rect', shape: { x: from[0], y: from[1] - h / 2, width: Math.max(2, to[0] - from[0]), height: h },
            style: { fill: api.visual('color') } };
        },
        data: rows.map((p, i) => ({ value: [p.startYear, p.endYear != null ? p.endYear : thisYear, i], pairing: p,
          itemStyle: { color: colour[p.programme], opacity: p.endYear != null ? 0.9 : 0.6 } })) }],
    };
  }

  chart.on('click', (it) => { if (it.seriesType === 'scatter') open(it.data.event.href); });
  if (gantt) gantt.on('click', (it) => open(it.data.pairing.href));
  ready(chart);
  window.addEventListener('resize', () => { chart.resize(); if (gantt) gantt.resize(); });
  start((data) => {
    chart.setOption(option(data), { notMerge: true });
    if (gantt && data.pairings) { gantt.setOption(ganttOption(data), { notMerge: true }); gantt.resize(); }
    const c = data.counts;
    status((data.actorLabel ? data.actorLabel + '：' : '') + c.pairings + ' 条对口关系，其中 ' + c.dated + ' 条有起始年份；' +
      c.events + ' 次会议、文件与事件（' + data.years[0] + '–' + data.years[data.years.length - 1] + '）。 ' +
      c.pairings + ' pairings, ' + c.dated + ' dated; ' + c.events + ' meetings, documents and events.');
  });
})();
