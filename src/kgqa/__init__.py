"""kgqa: the 对口支援 (paired assistance) knowledge graph and question answering service."""

__version__ = "0.1.0"
