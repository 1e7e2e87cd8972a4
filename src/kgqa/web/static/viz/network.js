/* /network: actors as nodes, pairings as arrows coloured by programme; whole graph or one actor's. */
(function () {
  'use strict';
  const { esc, colours, open, pairingTip, start, status, ready, drill, flowsNote } = window.kgviz;
  const chart = echarts.init(document.getElementById('chart'));
  const FORCE = [ // spread small graphs, pull big ones together so they fit the frame
    { upTo: 60, repulsion: 160, edgeLength: [40, 110], gravity: 0.1 },
    { upTo: 150, repulsion: 110, edgeLength: [25, 70], gravity: 0.12 },
    { upTo: Infinity, repulsion: 45, edgeLength: [14, 45], gravity: 0.3 }];
  const KIND = { division: '行政区', xpcc: '兵团', agency: '中央国家机关', enterprise: '中央企业',
    institution: '事业单位', collective: '集体主体' };

  function option(data) {
    const colour = colours(data);
    const index = {};
    data.programmes.forEach((p, i) => { index[p.programme] = i; });
    const position = {};
    data.nodes.forEach((n, i) => { position[n.id] = i; });
    const labelAll = data.nodes.length <= 120;
    const nodes = data.nodes.map((n) => {
      const degree = n.supports + n.receives;
      const focus = n.id === data.actor;
      return { id: n.id, name: n.label, node: n, category: index[n.programme],
        symbol: n.supports && !n.receives ? 'circle' : n.receives && !n.supports ? 'rect' : 'diamond',
        symbolSize: focus ? 22 : 5 + Math.min(18, Math.sqrt(degree) * 3),
        label: { show: focus || labelAll || degree >= 6 } };
    });
    const links = data.pairings.map((p) => ({ source: position[p.supporter], target: position[p.recipient],
      pairing: p, lineStyle: { color: colour[p.programme] } })).concat(data.partOf.map((l) => ({
      source: position[l.part], target: position[l.whole], partOf: true, symbol: ['none', 'none'],
      lineStyle: { color: '#9aa3ab', type: 'dashed', opacity: 0.5, curveness: 0 } })));
    return {
      color: data.programmes.map((p) => colour[p.programme]),
      tooltip: { confine: true, formatter: (it) => (it.dataType === 'edge' ? (it.data.partOf ?
        esc(data.nodes[it.data.source].label) + ' ⊂ ' + esc(data.actorLabel) : pairingTip(it.data.pairing)) :
        '<b>' + esc(it.data.node.label) + '</b><br>' + esc(KIND[it.data.node.kind] || '') + '<br>支援 supports ' +
        it.data.node.supports + ' · 受援 receives ' + it.data.node.receives) },
      legend: { type: 'scroll', bottom: 0, left: 10, right: 10, textStyle: { fontSize: 11 },
        data: data.programmes.map((p) => p.label || p.slug) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
        categories: data.programmes.map((p) => ({ name: p.label || p.slug })),
        force: { ...FORCE.find((f) => nodes.length <= f.upTo),
          layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 5,
        label: { position: 'right', fontSize: 10, formatter: '{b}' }, labelLayout: { hideOverlap: true },
        lineStyle: { opacity: 0.6, width: 1, curveness: 0.12 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.5 } }, top: 10, bottom: 50,
      }],
    };
  }

  /* Over the limit: regions as nodes, flows as links (width by count); a click drills down. */
  function flowOption(data) {
    const option = baseOption(data);
    const colour = colours(data);
    const most = Math.max(1, ...data.flows.map((f) => f.count));
    const position = {};
    data.nodes.forEach((n, i) => { position[n.id] = i; });
    option.series[0].links = data.flows.map((f) => ({ source: position[f.from], target: position[f.to], flow: f,
      lineStyle: { color: colour[f.programme], width: 0.6 + 6 * Math.sqrt(f.count / most) } }));
    option.tooltip.formatter = (it) => (it.dataType === 'edge' ? '<b>' + esc(it.data.flow.fromLabel) + ' → ' +
      esc(it.data.flow.toLabel) + '</b><br>' + it.data.flow.count + ' 条对口关系 pairings' :
      '<b>' + esc(it.data.node.label) + '</b><br>支援 supports ' + it.data.node.supports + ' · 受援 receives ' +
      it.data.node.receives);
    return option;
  }

  function baseOption(data) {
    const index = {};
    data.programmes.forEach((p, i) => { index[p.programme] = i; });
    const most = Math.max(1, ...data.nodes.map((n) => n.supports + n.receives));
    const nodes = data.nodes.map((n) => ({ id: n.id, name: n.label, node: n, category: index[n.programme],
      symbolSize: 6 + 24 * Math.sqrt((n.supports + n.receives) / most), label: { show: true } }));
    return {
      color: data.programmes.map((p) => colours(data)[p.programme]),
      tooltip: { confine: true },
      legend: { show: false },
      series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: [],
        categories: data.programmes.map((p) => ({ name: p.label || p.slug })),
        force: { repulsion: 320, edgeLength: [70, 180], gravity: 0.08, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        label: { position: 'right', fontSize: 10, formatter: '{b}' }, labelLayout: { hideOverlap: true },
        lineStyle: { opacity: 0.6, curveness: 0.15 }, emphasis: { focus: 'adjacency' }, top: 10, bottom: 50 }],
    };
  }

  chart.on('click', (it) => {
    if (it.dataType === 'edge' && it.data.flow) { if (it.data.flow.toHref) drill(it.data.flow.toHref); }
    else if (it.dataType === 'node' && it.data.node.kind === 'region') {
      if (it.data.node.href) drill(it.data.node.href);
    } else if (it.dataType === 'edge' && it.data.pairing) open(it.data.pairing.href);
    else if (it.dataType === 'node') open(it.data.node.href);
  });
  ready(chart);
  window.addEventListener('resize', () => chart.resize());
  start((data) => {
    chart.setOption(data.aggregated ? flowOption(data) : option(data), { notMerge: true });
    const who = data.actorLabel ? data.actorLabel + '：' : '';
    if (data.aggregated) {
      status(who + data.counts.nodes + ' 个区划或类别 regions or kinds, ' + flowsNote(data));
      return;
    }
    status(who + data.counts.nodes + ' 个主体，' + data.counts.links + ' 条对口关系。 ' +
      data.counts.nodes + ' actors, ' + data.counts.links + ' pairings. ○ 支援方 supporter · □ 受援方 recipient · ◇ 兼有 both');
  });
})();
