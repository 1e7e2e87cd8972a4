// The question box as an ARIA combobox: names the graph knows (from /api/lookup: short names, pinyin, former
// names) for the last few characters typed. ↑/↓ move, Enter or a click takes a name, Esc closes.
(function () {
  'use strict';
  const input = document.getElementById('q');
  const list = document.getElementById('q-suggestions');
  const status = document.getElementById('q-status');
  if (!input || !list) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  let timer = null, active = -1, tail = '', asked = 0;

  function options() { return Array.from(list.querySelectorAll('[role=option]')); }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  }

  function take(option) {
    const label = option.dataset.label;
    input.value = input.value.slice(0, input.value.length - tail.length) + label;
    close();
    input.focus();
    if (status) status.textContent = label;
  }

  function show(results) {
    list.replaceChildren(...results.map(function (r, i) {
      const li = document.createElement('li');
      li.id = 'q-option-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.label = r.label;
      li.textContent = r.label;
      const type = r.type && r.type.label;
      if (type || (r.matched && r.matched !== r.label)) {
        const small = document.createElement('small');
        small.textContent = ' ' + [type, r.matched && r.matched !== r.label ? r.matched : ''].filter(Boolean).join(' · ');
        li.appendChild(small);
      }
      li.addEventListener('mousedown', function (e) { e.preventDefault(); take(li); });
      return li;
    }));
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', results.length ? 'true' : 'false');
    active = -1;
    if (status) status.textContent = results.length ? results.length + (lang === 'en' ? ' suggestions' : ' 个提示') : '';
  }

  async function lookup() {
    const text = input.value.trim();
    tail = text.slice(-6);
    if (tail.length < 1 || /[？?。，,\s]$/.test(input.value)) { close(); return; }
    const ticket = ++asked;
    const response = await fetch('/api/lookup?limit=8&lang=' + lang + '&q=' + encodeURIComponent(tail));
    if (!response.ok || ticket !== asked) return;
    const data = await response.json();
    show(data.results || []);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  input.addEventListener('keydown', function (e) {
    const open = !list.hidden && options().length;
    if (e.key === 'ArrowDown' && open) { e.preventDefault(); highlight(active + 1); }
    else if (e.key === 'ArrowUp' && open) { e.preventDefault(); highlight(active - 1); }
    else if (e.key === 'Enter' && open && active >= 0) { e.preventDefault(); take(options()[active]); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); close(); }
  });
  input.addEventListener('blur', function () { setTimeout(close, 100); });
})();
