"""Reading the web: fetching pages politely and with limits (``fetch``, ``politeness``) and
turning a page into a Document (``page``). ``dateline ingest URL`` and the watcher use it."""
