"""Plain-Python core of the plugin: no widgets, testable without a GUI."""
