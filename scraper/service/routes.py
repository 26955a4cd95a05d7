"""Routes added to Datasette by the plugin (filled in by the extract and health increments)."""
from __future__ import annotations

ROUTES: list = []
