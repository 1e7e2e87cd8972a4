/* /map: provinces and the prefectures pairings reach, arrows from supporter to recipient. */
(function () {
  'use strict';
  const { esc, colours, open, pairingTip, start, status, ready, base, drill, flowsNote } = window.kgviz;
  const el = document.getElementById('chart');
  const names = {};
  let clickable = new Set();  // the regions the shown pairings touch: the ones with an entity page

  function points(rows) {
    const seen = {};
    rows.forEach((p) => {
      ['supporter', 'recipient'].forEach((end) => {
        const id = p[end];
        if (!seen[id]) {
          seen[id] = { name: p[end + 'Label'], value: [p[end + 'Lon'], p[end + 'Lat']], href: p[end + 'Href'],
            role: end, n: 0 };
        }
        seen[id].n += 1;
      });
    });
    return Object.values(seen).map((a) => ({ ...a, symbolSize: 3 + Math.min(9, Math.sqrt(a.n) * 2),
      itemStyle: { color: a.role === 'recipient' ? '#9b1c1c' : '#0b5cad' } }));
  }

  function regions(data) {
    const shade = (codes, colour) => codes.map((code) => ({ name: code, itemStyle: { areaColor: colour } }));
    return shade(data.supporterRegions, '#dbe7f3').concat(shade(data.recipientRegions, '#f3d3c4'));
  }

  function tip(it) {
    if (it.seriesType === 'lines') return pairingTip(it.data.pairing);
    if (it.seriesType === 'scatter') return esc(it.name) + '<br>' + it.data.n + ' 条对口关系 pairings';
    return esc(names[it.name] || it.name);
  }

  function baseOption(data) {
    return {
      color: data.programmes.map((p) => colours(data)[p.programme]),
      tooltip: { trigger: 'item', confine: true, enterable: false, formatter: tip },
      legend: { show: false },
      geo: { map: 'china', nameProperty: 'adcode', roam: true, zoom: 1.15, top: 20, bottom: 50,
        label: { show: false }, tooltip: { show: true, formatter: tip },
        itemStyle: { areaColor: '#f4f4f1', borderColor: '#9aa3ab', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#e9d9a6' } },
        select: { disabled: true }, regions: regions(data) },
      series: [],
    };
  }

  function option(data) {
    const colour = colours(data);
    const placed = data.pairings.filter((p) => p.placed);
    const lines = data.programmes.map((prog) => ({
      type: 'lines', name: prog.label || prog.slug, coordinateSystem: 'geo', zlevel: 1,
      symbol: ['none', 'arrow'], symbolSize: 6, color: colour[prog.programme],
      lineStyle: { color: colour[prog.programme], width: 1.2, opacity: 0.75, curveness: 0.15 },
      emphasis: { lineStyle: { width: 3, opacity: 1 } },
      data: placed.filter((p) => p.programme === prog.programme).map((p) => ({
        coords: [[p.supporterLon, p.supporterLat], [p.recipientLon, p.recipientLat]], pairing: p })),
    })).filter((s) => s.data.length);  // the legend lists only the programmes on the map
    return {
      color: data.programmes.map((p) => colour[p.programme]),
      tooltip: { trigger: 'item', confine: true, enterable: false, formatter: tip },
      legend: { type: 'scroll', bottom: 0, left: 10, right: 10, textStyle: { fontSize: 11 } },
      geo: { map: 'china', nameProperty: 'adcode', roam: true, zoom: 1.15, top: 20, bottom: 50,
        label: { show: false }, tooltip: { show: true, formatter: tip },  // the series on the geo use it too
        itemStyle: { areaColor: '#f4f4f1', borderColor: '#9aa3ab', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#e9d9a6' } },
        select: { disabled: true }, regions: regions(data) },
      series: lines.concat([{ type: 'scatter', name: '主体 actors', coordinateSystem: 'geo', zlevel: 2,
        data: points(placed), tooltip: { show: true } }]),
    };
  }

  function flowTip(f) {
    return '<b>' + esc(f.fromLabel) + ' → ' + esc(f.toLabel) + '</b><br>' + f.count + ' 条对口关系 pairings' +
      '<br><small>点击查看 click: ' + esc(f.toLabel) + '</small>';
  }

  /* Over the limit: one line per pair of regions, its width growing with the number of pairings. */
  function flowOption(data) {
    const colour = colours(data);
    const placed = data.flows.filter((f) => f.placed);
    const most = Math.max(1, ...placed.map((f) => f.count));
    const option = baseOption(data);
    option.tooltip.formatter = (it) => (it.seriesType === 'lines' ? flowTip(it.data.flow) : tip(it));
    option.series = [{ type: 'lines', name: '流向 flows', coordinateSystem: 'geo', zlevel: 1,
      symbol: ['none', 'arrow'], symbolSize: 7,
      data: placed.map((f) => ({ coords: [[f.fromLon, f.fromLat], [f.toLon, f.toLat]], flow: f,
        lineStyle: { color: colour[f.programme], width: 0.8 + 7 * Math.sqrt(f.count / most),
          opacity: 0.7, curveness: 0.2 } })),
      emphasis: { lineStyle: { opacity: 1 } } }];
    return option;
  }

  function unplaced(data) {
    const list = document.getElementById('unplaced');
    document.getElementById('unplaced-count').textContent = data.counts.unplaced;
    if (!list) return;
    list.innerHTML = data.pairings.filter((p) => !p.placed).map((p) =>
      '<li><a href="' + esc(p.href) + '">' + esc(p.label || p.pairing) + '</a></li>').join('');
  }

  fetch(base + '/regions.json').then((r) => r.json()).then((geo) => {
    geo.features.forEach((f) => { names[f.properties.adcode] = f.properties.name; });
    echarts.registerMap('china', geo);
    const chart = echarts.init(el);
    ready(chart);
    chart.on('click', (it) => {
      if (it.seriesType === 'lines' && it.data.flow) drill(it.data.flow.toHref);
      else if (it.seriesType === 'lines') open(it.data.pairing.href);
      else if (it.seriesType === 'scatter') open(it.data.href);
      else if (it.componentType === 'geo' && clickable.has(it.name)) open('/division/' + it.name);
    });
    window.addEventListener('resize', () => chart.resize());
    start((data) => {
      clickable = new Set(data.recipientRegions.concat(data.supporterRegions));
      chart.setOption(data.aggregated ? flowOption(data) : option(data), { notMerge: true });
      unplaced(data);
      const c = data.counts;
      status((data.actorLabel ? data.actorLabel + '：' : '') + c.pairings + ' 条对口关系' + (data.year ? '（' + data.year + ' 年在执行）' : '') + '：地图上 ' +
        c.lines + ' 条箭头，' + c.unplaced + ' 条无法定位；受援地区 ' + c.regions + ' 个。' +
        ' ' + c.pairings + ' pairings, ' + c.lines + ' drawn, ' + c.unplaced + ' without a place.' +
        (data.aggregated ? ' ' + flowsNote(data) : ''));
    });
  });
})();
