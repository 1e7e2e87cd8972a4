// Autocomplete entity names in the question box from /api/lookup (the last few characters typed).
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("ask-names");
  if (!input || !list) return;
  let timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(async function () {
      const tail = input.value.trim().slice(-6);
      if (tail.length < 2) return;
      const response = await fetch("/api/lookup?limit=8&q=" + encodeURIComponent(tail));
      if (!response.ok) return;
      const data = await response.json();
      list.replaceChildren(...data.results.map(function (r) {
        const option = document.createElement("option");
        option.value = input.value.slice(0, input.value.length - tail.length) + r.label;
        return option;
      }));
    }, 200);
  });
})();
