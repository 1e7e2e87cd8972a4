"""W3C SPARQL 1.1 tests we are known to fail, in one place, each with its reason.

Keys are the test ids of tests/test_sparql_w3c.py (``folder/name`` for query-evaluation tests,
``protocol/name`` for protocol tests). Each listed test runs as a strict xfail: when one starts
passing (e.g. after a pyoxigraph upgrade), the suite fails until its entry is removed.

All of these are behaviours of the engine (pyoxigraph 0.5.13), not of kgqa's layer: the results
writers and the protocol pass everything else. Results are compared by value (numbers, booleans),
so lexical forms such as "1.0" vs "1" are not failures.
"""

SELECT_STAR = "pyoxigraph lists SELECT * variables alphabetically; the CSV test expects the query's order"
EMPTY_PATH = ("pyoxigraph: a zero-length path (p* / p?) from a constant on an empty dataset returns no "
              "row; the suite expects the constant itself")
GROUP_CONCAT_LANG = ("pyoxigraph keeps a shared language tag on GROUP_CONCAT's result (the SPARQL 1.2 "
                     "behaviour); the test compares with a simple literal")

QUERY: dict[str, str] = {
    "aggregates/agg-groupconcat-04": GROUP_CONCAT_LANG,
    "aggregates/agg-groupconcat-06": GROUP_CONCAT_LANG,
    "aggregates/agg-empty-group-count-graph": ("pyoxigraph: an aggregate without GROUP BY inside GRAPH ?g gives "
                                               "one row with ?g unbound, not one row per named graph"),
    "bindings/graph": ("pyoxigraph: VALUES inside GRAPH ?g binding ?g itself is not joined per graph as the "
                       "(recent) test expects"),
    "negation/graph-minus": ("pyoxigraph: MINUS inside GRAPH ?g treats ?g as shared, so the sides are not "
                             "disjoint and the row is removed"),
    "property-path/zero_or_more_set_start": EMPTY_PATH,
    "property-path/zero_or_more_set_end": EMPTY_PATH,
    "property-path/zero_or_one_set_start": EMPTY_PATH,
    "property-path/zero_or_one_set_end": EMPTY_PATH,
    "csv-tsv-res/csv01": SELECT_STAR,
    "csv-tsv-res/csv02": SELECT_STAR,
    "csv-tsv-res/csv03": SELECT_STAR,
    "csv-tsv-res/tsv03": "pyoxigraph stores \"-3\"^^xsd:negativeInteger as xsd:integer (datatype lost on load)",
}

PROTOCOL: dict[str, str] = {
}
