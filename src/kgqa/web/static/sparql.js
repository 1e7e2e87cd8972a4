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
  function editor() { return yasgui.getTab().getYasqe(); }
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
