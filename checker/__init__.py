"""factcheck: fact-check the numbers in election news copy."""

__version__ = "0.1.0"
