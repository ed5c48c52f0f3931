"""Serving the graph: the SPARQL endpoint, dereferenceable IRIs, the HTML pages and
the static site (``govkg serve``, ``govkg site``).

``protocol`` holds the SPARQL Protocol's rules, ``workers`` runs queries in killable
processes, ``data`` reads what each page shows, ``svg`` draws the pictures,
``render`` turns data into HTML, ``app`` is the Starlette application and ``site``
writes the same pages to a folder.
"""
