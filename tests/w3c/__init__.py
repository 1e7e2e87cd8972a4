"""Runners for the W3C SPARQL 1.1 test suites (found at ../shared/w3c-sparql11 next to the repo)."""
