// The query page: YASGUI (vendored) against our own endpoint, no external hosts; a plain textarea
// (in <noscript>) if scripts are off. The gallery loads named queries; "copy link" shares ?q=.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kgqa-config").textContent);
  var params = new URLSearchParams(window.location.search);
  var prefixLines = Object.keys(config.prefixes).map(function (p) {
    return "PREFIX " + p + ": <" + config.prefixes[p] + ">";
  }).join("\n");
  var initial = params.get("q") || config.initial ||
    (config.queries.length ? config.queries[0].query : prefixLines + "\n\nSELECT * WHERE { ?s ?p ?o } LIMIT 10");

  if (typeof Yasgui === "undefined") { return fallback(); }
  Yasqe.forkAutocompleter("prefixes", {
    name: "kgPrefixes", persistenceId: null,
    get: Object.keys(config.prefixes).map(function (p) { return p + ": <" + config.prefixes[p] + ">"; })
  }, false);
  Yasqe.defaults.autocompleters = ["variables", "kgPrefixes"];  // no LOV: see vendor/README.md

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; }, keys: [] },
    copyEndpointOnNewTab: false, persistenceId: null, populateFromUrl: false, autofocus: false,
    yasqe: { value: initial, persistenceId: null, prefixCcApi: null, createShareableLink: shareLink },
    yasr: { persistenceId: null }
  });
  accessible(document.getElementById("yasgui"));
  function editor() { return yasgui.getTab().getYasqe(); }
  function accessible(root) {  // YASGUI's markup, mended for screen readers (axe-core, in the browser tests)
    root.querySelectorAll("textarea:not([aria-label])").forEach(function (t) {
      t.setAttribute("aria-label", document.documentElement.lang === "en" ? "SPARQL query" : "SPARQL 查询");
    });
    // the tab strip mixes an "add tab" button into its tablist: plain links and buttons read better
    root.querySelectorAll('.tabsList[role="tablist"], .tabsList [role="tab"]').forEach(function (e) {
      e.removeAttribute("role");
      e.removeAttribute("aria-selected");
    });
    root.querySelectorAll('.tabsList input:not([aria-label])').forEach(function (t) {
      t.setAttribute("aria-label", document.documentElement.lang === "en" ? "Tab name" : "标签名");
    });
  }
  new MutationObserver(function () { accessible(document.getElementById("yasgui")); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });
  function shareLink(yasqe) {
    return window.location.origin + window.location.pathname + "?q=" + encodeURIComponent(yasqe.getValue());
  }

  document.querySelectorAll("#gallery button[data-query]").forEach(function (button) {
    button.addEventListener("click", function () {
      var q = config.queries.filter(function (x) { return x.name === button.dataset.query; })[0];
      editor().setValue(q.query);
      yasgui.getTab().query();
    });
  });
  document.getElementById("share").addEventListener("click", function () {
    var url = shareLink(editor());
    history.replaceState(null, "", url);
    var status = document.getElementById("share-status");
    if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(function () { status.textContent = "已复制 copied"; });
    } else { status.textContent = url; }
  });

  function fallback() {
    var area = document.createElement("textarea");
    area.rows = 14; area.value = initial;
    document.getElementById("yasgui").appendChild(area);
  }
})();
