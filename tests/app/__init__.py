"""Tests of the Textual app: the seeds through the real pipeline, hand-built layouts, SVG snapshots."""
