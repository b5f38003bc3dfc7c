"""The extraction library: article text in, plain result objects out (no Flask in here)."""

from .model import Extraction
from .pipeline import Article, Extractor, load_nlp

__all__ = ["Article", "Extraction", "Extractor", "load_nlp"]
