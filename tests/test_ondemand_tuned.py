"""The tuning's digest, read from the cache while the tuning package is not imported, is the one computed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from tuicompare.engine import tuning
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.ondemand import tuning_digest
from tuicompare.pipeline import AnalysisSession, Options

# A fresh interpreter, where nothing imported the tuning: its digest through a session on the cache given.
_FRESH = """
import json, sys
from pathlib import Path
from tuicompare.ondemand import tuning_digest
from tuicompare.pipeline import AnalysisSession, Options
with AnalysisSession(Options(cache_dir=Path(sys.argv[1]))) as session:
    digest = tuning_digest(session)
print(json.dumps([digest, "tuicompare.engine.tuning" in sys.modules]))
"""


def _fresh(cache: Path) -> tuple[str, bool]:
    out = subprocess.run([sys.executable, "-c", _FRESH, str(cache)], capture_output=True, text=True, check=True)
    digest, imported = json.loads(out.stdout)
    return digest, imported


def test_the_digest_read_from_the_cache_is_the_computed_one(tmp_path: Path) -> None:
    """Story and listing keys stay the same whichever way the digest was had: records stored before are found."""
    computed = hashlib.sha256(repr(tuning.TUNING).encode()).hexdigest()[:16]
    assert tuning_digest() == computed
    first, imported_first = _fresh(tmp_path / "cache")
    assert (first, imported_first) == (computed, True)  # nothing recorded yet: computed, and recorded
    second, imported_second = _fresh(tmp_path / "cache")
    assert (second, imported_second) == (computed, False)  # read from the record, the tuning never imported


def test_a_tuning_replaced_at_run_time_is_never_read_from_the_record(tmp_path: Path) -> None:
    """A benchmark's swept tuning gets its own digest, though the cache records the default's."""
    options = Options(cache_dir=tmp_path / "cache")
    default, _ = _fresh(options.cache_dir)  # the record of the default tuning's digest
    stories = dataclasses.replace(tuning.TUNING.stories, threshold=tuning.TUNING.stories.threshold + 0.01)
    swept = dataclasses.replace(tuning.TUNING, stories=stories)
    with AnalysisSession(options) as session, with_tuning(swept):
        replaced = tuning_digest(session)
    assert replaced == hashlib.sha256(repr(swept).encode()).hexdigest()[:16]
    assert replaced != default
    with AnalysisSession(options) as session:
        assert tuning_digest(session) == default
