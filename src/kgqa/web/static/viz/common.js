/* Shared by the map, network and timeline pages: the page's data, filters, colours, links. No inline
   script on the pages (CSP 'self'): the first data comes in <script type="application/json">. */
(function () {
  'use strict';
  const PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#bda29a', '#6e7074',
    '#546570', '#c4ccd3', '#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf',
    '#bcbd22', '#393b79', '#637939', '#8c6d31', '#843c39'];
  const root = document.getElementById('viz');
  const base = root.dataset.base;
  const embed = root.dataset.embed === '1';
  const form = document.getElementById('filters');

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
  }

  function colours(data) {
    const byProgramme = {};
    data.programmes.forEach((p, i) => { byProgramme[p.programme] = PALETTE[i % PALETTE.length]; });
    return byProgramme;
  }

  function open(href) {
    if (!href) return;
    if (embed) window.open(href, '_top'); else window.location.assign(href);
  }

  function years(p) {
    if (p.startYear == null) return '起始年份不详';
    return p.startYear + '–' + (p.endYear != null ? p.endYear : '');
  }

  function pairingTip(p) {
    const sources = (p.sources || []).map((s) => esc(s)).join('<br>');
    return '<b>' + esc(p.supporterLabel) + ' → ' + esc(p.recipientLabel) + '</b><br>' + esc(p.programmeLabel) +
      '<br>' + esc(years(p)) + ' · ' + esc(p.status) + (sources ? '<br><small>来源 ' + sources + '</small>' : '');
  }

  function query() {
    const q = new URLSearchParams();
    if (!form) return q;
    const programme = form.elements.programme && form.elements.programme.value;
    const year = document.getElementById('year');
    const actor = document.getElementById('actor');
    if (actor && actor.value.trim()) q.set('actor', actor.value.trim());
    if (programme) q.set('programme', programme);
    if (year && !year.disabled) q.set('year', year.value);
    return q;
  }

  function setLinks(qs) {
    const suffix = qs ? '?' + qs : '';
    [['dl-json', '/data.json'], ['dl-csv', '/data.csv'], ['dl-rq', '/query.rq']].forEach(([id, path]) => {
      const a = document.getElementById(id);
      if (a) a.href = base + path + suffix;
    });
    history.replaceState(null, '', base + suffix);
  }

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  /* Calls render(data) now, and again whenever a filter changes (the form still works without JS). */
  function start(render) {
    const first = JSON.parse(document.getElementById('viz-data').textContent);
    render(first);
    if (!form) return;
    const yearBox = document.getElementById('by-year');
    const year = document.getElementById('year');
    const out = document.getElementById('year-out');
    let pending = null;  // only the latest request may render: an older answer arriving late is dropped
    const reload = () => {
      if (year) out.textContent = year.disabled ? '所有年份 all years' : year.value;
      const qs = query().toString();
      if (pending) pending.abort();
      const mine = pending = new AbortController();
      fetch(base + '/data.json' + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' }, signal: mine.signal })
        .then((r) => r.json().then((body) => {
          if (!r.ok) throw new Error(body.message || r.status);
          if (mine !== pending) return;
          setLinks(qs);
          render(body);
        }))
        .catch((err) => { if (err.name !== 'AbortError') status('出错 Error: ' + err.message); });
    };
    if (yearBox) {
      yearBox.addEventListener('change', () => {
        year.disabled = !yearBox.checked;
        reload();
      });
      year.addEventListener('input', () => { out.textContent = year.value; });
      year.addEventListener('change', reload);
    }
    form.elements.programme.addEventListener('change', reload);
    form.addEventListener('submit', (e) => { e.preventDefault(); reload(); });
  }

  /* Narrow the view to one actor (a region of a flow): the filter form's actor box, else a new URL. */
  function drill(actorPath) {
    const actor = document.getElementById('actor');
    if (actor && form) {
      actor.value = actorPath;
      form.requestSubmit();
    } else {
      const q = new URLSearchParams(window.location.search);
      q.set('actor', actorPath);
      window.location.assign(base + '?' + q.toString());
    }
  }

  /* The status line's note for flows: what a line stands for, and where the full list is. */
  function flowsNote(data) {
    const p = data.page;
    return '（' + p.total + ' 条对口关系按' + (data.level === 'province' ? '省级' : '地级') +
      '区划汇总为 ' + data.flows.length + ' 条流向，点击下钻；完整列表分页见 JSON/CSV，共 ' + p.pages + ' 页）' +
      ' Flows between ' + data.level + 's (click to drill down); the full list in ' + p.pages + ' pages of JSON/CSV.';
  }

  function ready(chart) {
    chart.on('finished', () => { root.dataset.ready = '1'; });
  }

  window.kgviz = { root, base, embed, esc, colours, open, years, pairingTip, start, status, ready, drill, flowsNote };
})();
