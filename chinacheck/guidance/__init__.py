"""The bundled guidance: the brochure's content and the screening of topics against its
technology table. Imports only the foundation modules (``chinacheck.errors`` and the like)."""
