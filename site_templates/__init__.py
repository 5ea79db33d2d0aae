"""The site's Jinja2 templates and assets, shipped as package data (``newsdesk.site_templates``).

This folder holds no code: the module exists so the templates install with the package and are
found with :mod:`importlib.resources`, without a symlink.
"""
