"""Tests of the engine: gold annotations, properties, quality on generated corpora."""
