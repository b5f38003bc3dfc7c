"""News Extraction Service: dates, people, organizations and quotes from English news text."""

__version__ = "0.1.0"
