"""Loading hostile, mis-encoded, bad and random input safely: tuicompare.load.corpus.

The loading of good input (seeds, formats, directories, globs, stdin, HTML) is in ``test_corpus.py``.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.loading import UNSAFE, load, only, reasons, write
from tuicompare.load.corpus import LoadResult

# --- hostile content ----------------------------------------------------------


def test_escape_sequences_and_bidi_in_text_are_removed(tmp_path: Path) -> None:
    raw = "Title \x1b[31mred\x1b[0m\n\nThe \x1b]0;pwned\x07mayor \u202eresigned\u202c on\u200b Tuesday.\x07\r\n"
    article = only(load(write(tmp_path, "evil.txt", raw)))
    assert article.title == "Title red"
    assert article.text == "The mayor resigned on Tuesday."


def test_encoded_escapes_are_decoded_then_removed(tmp_path: Path) -> None:
    record = json.dumps({"title": "T\u001b[2J", "text": "A \u001b[31mred\u001b[0m word.", "source": "X\u202e"})
    assert "\\u001b" in record
    article = only(load(write(tmp_path, "e.json", record)))
    assert (article.title, article.text, article.outlet) == ("T", "A red word.", "X")
    md = only(load(write(tmp_path, "e.md", "A &#27;[31mred&#x1b;[0m word.\n")))
    assert md.text == "A red word."


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json"])
def test_markup_like_text_is_kept_literally(tmp_path: Path, suffix: str) -> None:
    raw = "He typed [bold]x[/] and [@click=app.quit] into the [link=https://x.example]box[/link]."
    content = json.dumps({"title": "[red]T[/red]", "text": raw}) if suffix == ".json" else raw
    article = only(load(write(tmp_path, f"m{suffix}", content)))
    assert article.text == raw
    assert article.title == ("[red]T[/red]" if suffix == ".json" else raw)


def test_escape_and_bidi_characters_in_file_names_are_removed(tmp_path: Path) -> None:
    name = "ev\x1b[31mil\u202e\u200bname\x07.txt"
    write(tmp_path, name, "Some text here.")
    result = load(tmp_path)
    article = only(result)
    assert article.id == "evilname"
    assert not UNSAFE.search(article.path)
    assert article.path.endswith("evilname.txt")


def test_undecodable_file_name_bytes_are_shown_as_replacement_character(tmp_path: Path) -> None:
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9 \x1b[2Jnews.txt"
    fd = os.open(raw_name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"Bytes in the name.")
    os.close(fd)
    article = only(load(tmp_path))
    assert article.id == "caf\ufffd news"
    assert article.text == "Bytes in the name."


def test_escape_characters_in_warning_paths_are_removed(tmp_path: Path) -> None:
    write(tmp_path, "bad\x1b]0;x\x07\u202e.json", "{broken")
    result = load(tmp_path)
    assert len(result.warnings) == 1
    assert not UNSAFE.search(result.warnings[0].path)


# --- encodings ------------------------------------------------------------------


def test_cp1252_is_detected_and_curly_quotes_survive(tmp_path: Path) -> None:
    text = "The minister said “it’s over” — for now. The café closed.\n"
    article = only(load(write(tmp_path, "legacy.txt", text.encode("cp1252"))))
    assert article.encoding == "cp1252"
    assert article.text == text.strip()


def test_latin1_bytes_decode_without_loss(tmp_path: Path) -> None:
    text = "Le président a déclaré à l’AFP que la réunion était « très constructive ».".replace("’", "'")
    article = only(load(write(tmp_path, "fr.txt", text.encode("latin-1"))))
    assert article.text == text
    assert article.encoding in {"cp1252", "iso8859-1", "iso8859-15"}


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "odd.txt", b"Caf\xe9 na\xefve \x81 owners, the mayor said.")))
    assert article.encoding == "iso8859-1"
    assert article.text == "Café naïve  owners, the mayor said."


def test_utf16_without_bom_is_detected(tmp_path: Path, seeds_dir: Path) -> None:
    body = (seeds_dir / "003_f609cba098b55e28.txt").read_text(encoding="utf-8")
    article = only(load(write(tmp_path, "wide.txt", body.encode("utf-16-le"))))
    assert article.encoding == "utf-16-le"
    assert article.title == "Urgent Peace Efforts: Putin’s Command Post Update on Donbass Security"


def test_utf8_with_a_stray_latin1_byte_stays_utf8(tmp_path: Path) -> None:
    data = "“Quoted” text, an apostrophe’s here. ".encode() + b"Caf\xe9 owner."
    path = write(tmp_path, "mixed.txt", data)
    result = load(path)
    assert [a.text for a in result.articles] == ["“Quoted” text, an apostrophe’s here. Caf\ufffd owner."]
    assert result.articles[0].encoding == "utf-8"
    assert reasons(result) == [f"{path}: 1 byte not valid UTF-8, shown as \ufffd"]


def test_utf8_with_bom(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "“Quoted” headline\n\nBody.".encode())))
    assert article.encoding == "utf-8-sig"
    assert article.title == "“Quoted” headline"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    body = "Curly “quotes” and café.\n\nSecond paragraph."
    data = body.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + body.encode(codec)
    article = only(load(write(tmp_path, "wide.txt", data)))
    assert article.text == body
    assert article.encoding.startswith(codec[:6])


def test_json_with_bom(tmp_path: Path) -> None:
    article = only(load(write(tmp_path, "b.json", b"\xef\xbb\xbf" + json.dumps({"text": "Fine."}).encode())))
    assert article.text == "Fine."


def test_encoding_override(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "Zażółć gęślą jaźń.".encode("cp1250"))
    article = only(load(path, encoding="cp1250"))
    assert (article.text, article.encoding) == ("Zażółć gęślą jaźń.", "cp1250")
    wrong = load(write(tmp_path, "u.txt", b"\xff\xfe\xfd"), encoding="utf-8")
    assert "cannot be decoded as utf-8" in reasons(wrong)[0]
    unknown = load(path, encoding="no-such-codec")
    assert not unknown.articles and "unknown encoding" in reasons(unknown)[0]


# --- bad input: one warning each, loading goes on ----------------------------------


@pytest.mark.parametrize("town", ["town", "t\u014dwn"], ids=["ascii", "not-ascii"])
def test_a_text_over_one_control_character_in_twenty_is_binary_ascii_or_not(tmp_path: Path, town: str) -> None:
    body = f"A quiet street in the {town}. " * 20  # 560 characters
    write(tmp_path, "few.txt", body + "\x02" * 20)  # 20 of 580: 3.4 %, a text with some noise
    write(tmp_path, "many.txt", body + "\x02" * 40)  # 40 of 600: 6.7 %, binary data
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["few"]
    assert "\x02" not in result.articles[0].text
    assert [(Path(w.path).name, w.reason) for w in result.warnings] == [
        ("many.txt", "skipped: binary data (mostly control characters)")
    ]


def test_each_bad_file_gives_one_warning_and_good_files_still_load(tmp_path: Path) -> None:
    write(tmp_path, "a_good.txt", "A good article.")
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    write(tmp_path, "control.txt", b"\x01\x02\x03\x04\x05\x06\x0e\x0f" * 64)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.md", " \n\n\t \r\n\u200b\x1b[0m\n")
    write(tmp_path, "nowords.txt", "--- 123 ---\n*** 456 ***\n")
    write(tmp_path, "broken.json", '{"text": ')
    write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path, "bigint.json", '{"text": "Big.", "n": ' + "9" * 10_000 + "}")
    write(tmp_path, "scalar.json", "42")
    write(tmp_path, "notext.json", '{"title": "Only a title", "text": ""}')
    write(tmp_path, "z_good.json", '{"text": "Another good one."}')
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["a_good", "z_good"]
    by_file = {Path(w.path).name: w.reason for w in result.warnings}
    assert len(by_file) == len(result.warnings) == 10
    assert by_file["binary.txt"].startswith("skipped: binary data")
    assert by_file["control.txt"] == "skipped: binary data (mostly control characters)"
    assert by_file["empty.txt"] == "empty file"
    assert by_file["blank.md"].startswith("no text")
    assert by_file["nowords.txt"].startswith("no sentences")
    assert by_file["broken.json"] == "malformed JSON: Expecting value at line 1 column 10"
    assert by_file["deep.json"] == "malformed JSON: nested too deeply"
    assert by_file["bigint.json"].startswith("malformed JSON: Exceeds the limit (4300 digits)")
    assert by_file["scalar.json"] == "JSON is neither an object nor a list of objects"
    assert by_file["notext.json"].startswith("no text")


def test_lone_surrogates_in_json_are_removed(tmp_path: Path) -> None:
    path = write(tmp_path, "s.json", '{"title": "Odd \\udfff title", "text": "Bad \\ud800 half here."}')
    article = only(load(path))
    assert (article.title, article.text) == ("Odd title", "Bad  half here.")
    article.text.encode("utf-8")  # printable everywhere


def test_oversize_file_names_the_limit(tmp_path: Path) -> None:
    big = write(tmp_path, "big.txt", b"word " * 1_000_001)
    small = write(tmp_path, "small.txt", "Small enough.")
    result = load(big, small)
    assert [a.id for a in result.articles] == ["small"]
    assert reasons(result) == [f"{big}: skipped: larger than the 5 MB limit (5 MB); see --max-size"]
    limited = load(small, max_bytes=10)
    assert reasons(limited) == [f"{small}: skipped: larger than the 10 bytes limit (13 bytes); see --max-size"]


def test_oversize_stdin_is_refused_without_reading_it_all() -> None:
    stream = io.BytesIO(b"x" * 1000)
    result = load("-", stdin=stream, max_bytes=100)
    assert reasons(result) == ["-: skipped: larger than the 100 bytes limit; see --max-size"]
    assert stream.tell() == 101


def test_missing_path_and_dangling_symlink_warn(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path, "ok.txt", "Fine text.")
    result = load(tmp_path, tmp_path / "absent.txt")
    assert [a.id for a in result.articles] == ["ok"]
    assert reasons(result) == [
        f"{tmp_path}/dangling.txt: broken symbolic link",
        f"{tmp_path}/absent.txt: no such file or directory",
    ]


def test_unreadable_file_warns(tmp_path: Path) -> None:
    """A file the user may not read: as root, checked in a child process run as nobody."""
    public = Path(tempfile.mkdtemp(prefix="tuicompare-perm-"))
    try:
        public.chmod(0o755)
        write(public, "locked.txt", "Secret text.").chmod(0)
        write(public, "open.txt", "Public text.").chmod(0o644)
        messages = _load_as_unprivileged(public)
    finally:
        shutil.rmtree(public)
    assert messages == {"articles": ["open"], "warnings": [f"{public}/locked.txt: cannot read: Permission denied"]}


def _load_as_unprivileged(directory: Path) -> dict:
    """Load ``directory`` with no right to read root-only files."""
    if os.geteuid() != 0:
        result = load(directory)
        return {"articles": [a.id for a in result.articles], "warnings": reasons(result)}
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop to nobody, load, report as JSON, exit without cleanup
        try:
            os.close(read_end)
            try:
                os.setgid(65534)
                os.setuid(65534)
            except OSError as error:
                report: dict = {"skip": f"cannot drop privileges: {error}"}
            else:
                result = load(directory)
                report = {"articles": [a.id for a in result.articles], "warnings": reasons(result)}
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    report = json.loads(data)
    if "skip" in report:
        pytest.skip(report["skip"])
    return report


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_regular_file_whose_read_fails_warns() -> None:
    # Reading /proc/self/mem at offset 0 fails with EIO: opening worked, reading did not.
    result = load("/proc/self/mem")
    assert not result.articles
    assert len(result.warnings) == 1
    assert result.warnings[0].reason.startswith("cannot read: ")


def test_special_files_are_skipped_without_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "folder.txt").mkdir()
    write(tmp_path, "real.txt", "Real text.")
    outcome: list[LoadResult] = []
    worker = threading.Thread(
        target=lambda: outcome.append(load(tmp_path, tmp_path / "pipe.txt", "/dev/zero")), daemon=True
    )
    worker.start()
    worker.join(timeout=30)
    server.close()
    assert outcome, "loading hung on a special file"
    result = outcome[0]
    assert [a.id for a in result.articles] == ["real"]
    assert reasons(result) == [
        f"{tmp_path}/folder.txt: skipped: a directory, not a regular file",
        # A link out of the folder is not followed at all (issue 13), whatever it points to.
        f"{tmp_path}/null.txt: skipped: a symbolic link to a file outside the folder (name the file itself to load it)",
        f"{tmp_path}/pipe.txt: skipped: a named pipe (FIFO), not a regular file",
        f"{tmp_path}/sock.txt: skipped: a socket, not a regular file",
        f"{tmp_path}/pipe.txt: skipped: a named pipe (FIFO), not a regular file",
        "/dev/zero: skipped: a character device, not a regular file",
    ]


def test_directory_without_articles_warns(tmp_path: Path) -> None:
    write(tmp_path, "data.csv", "a,b")
    (tmp_path / "empty").mkdir()
    result = load(tmp_path, tmp_path / "empty")
    assert not result.articles
    assert reasons(result) == [
        f"{tmp_path}: the folder has no .txt, .md, .html, .htm, .json, .jsonl files",
        f"{tmp_path}/empty: the folder has no .txt, .md, .html, .htm, .json, .jsonl files",
    ]


# --- property -------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_any_text_in_a_file_loads_safely(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = load(path)
    assert len(result.articles) + len(result.warnings) >= 1
    for article in result.articles:
        for value in (article.id, article.title, article.text, article.path):
            assert not UNSAFE.search(value)
            assert "\r" not in value


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000))
def test_any_bytes_on_stdin_load_safely(data: bytes) -> None:
    result = load("-", stdin=io.BytesIO(data))
    for article in result.articles:
        assert not UNSAFE.search(article.text) and not UNSAFE.search(article.title)
