"""Index newsroom articles and answer who said what, with verbatim quotes and citations."""
