"""Binary files under article names, and folders whose articles are all in subfolders: tuicompare.load.

A user's folder holds more than articles: a logo saved as ``.md``, the first
bytes of a download cut short. Each is skipped with a warning that says what it
is, never loaded as an "article" of nonsense characters. A folder whose
articles are in subfolders says so, and how to read them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli_runner import tuicompare
from tests.support.loading import load, only, reasons, write

ARTICLE = "The council approved the new bridge on Tuesday after a long debate.\n"

# The first bytes of common binary files, as a download cut short leaves them.
STARTS = [
    ("logo.md", b"\x89PNG\r\n\x1a\n", "a PNG image"),
    ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image"),
    ("anim.txt", b"GIF89a\x10\x00\x10\x00", "a GIF image"),
    ("scan.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("draft.txt", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (or .docx, .epub, .odt)"),
    ("notes.md", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
    ("font.txt", b"\x00\x01\x00\x00\x00\x11\x01\x00", "a font"),
    ("tool.html", b"\x7fELF\x02\x01\x01\x00", "a program (ELF)"),
    ("page.tif.txt", b"II*\x00\x08\x00\x00\x00", "a TIFF image"),
    ("page2.txt", b"MM\x00*\x00\x00\x00\x08", "a TIFF image"),
    ("pic.md", b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"),
    ("layers.md", b"8BPS\x00\x01\x00\x00", "a Photoshop image"),
    ("favicon.txt", b"\x00\x00\x01\x00\x01\x00\x10\x10", "an icon"),
    ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document (OLE)"),
    ("data.md", b"BZh91AY&SY", "a bzip2 archive"),
    ("data2.md", b"\xfd7zXZ\x00\x00\x04", "an xz archive"),
    ("data3.md", b"7z\xbc\xaf\x27\x1c\x00\x04", "a 7-Zip archive"),
    ("data4.md", b"\x28\xb5\x2f\xfd\x04\x58", "a Zstandard archive"),
    ("data5.md", b"Rar!\x1a\x07\x01\x00", "a RAR archive"),
    ("db.txt", b"SQLite format 3\x00\x10\x00", "an SQLite database"),
    ("app.txt", b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "a program (Mach-O) or Java class"),
    ("mod.txt", b"\x00asm\x01\x00\x00\x00", "a WebAssembly module"),
    ("font2.txt", b"wOF2\x00\x01\x00\x00", "a font"),
    ("sound.txt", b"RIFF\x24\x08\x00\x00WAVEfmt ", "a sound or video file (RIFF)"),
    ("song.txt", b"ID3\x04\x00\x00\x00\x00", "an MP3 file"),
    ("song2.txt", b"\xff\xfb\x90\x64\x00", "an MP3 file"),
    ("voice.txt", b"OggS\x00\x02\x00\x00", "a sound file (Ogg, FLAC)"),
    ("clip.txt", b"\x00\x00\x00\x18ftypmp42", "a video or image file (MP4, MOV, HEIC)"),
    ("clip2.txt", b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "a video file (Matroska, WebM)"),
]


@pytest.mark.parametrize(("name", "data", "kind"), STARTS, ids=[s[0] for s in STARTS])
def test_the_first_bytes_of_a_binary_file_are_skipped_and_named(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, name, data)
    result = load(tmp_path)
    assert [a.id for a in result.articles] == ["story"]
    assert reasons(result) == [f"{tmp_path / name}: skipped: binary data ({kind})"]


def test_a_binary_file_is_skipped_whatever_encoding_is_asked_for(tmp_path: Path) -> None:
    # latin-1 reads every byte: the signature, not the decoding, tells an image.
    result = load(write(tmp_path, "logo.md", b"\x89PNG\r\n\x1a\n"), encoding="latin-1")
    assert not result.articles
    assert reasons(result) == [f"{tmp_path / 'logo.md'}: skipped: binary data (a PNG image)"]


def test_short_bytes_of_no_known_format_are_not_read_as_utf16(tmp_path: Path) -> None:
    # Without the NUL bytes every space and Latin letter has in UTF-16, the detector's
    # UTF-16 guess ("襘奚ഊᨊ") is a misreading: the file is binary, as its control bytes say.
    result = load(write(tmp_path, "odd.md", b"\x89XYZ\r\n\x1a\n"))
    assert not result.articles
    assert reasons(result)[0].startswith(f"{tmp_path / 'odd.md'}: skipped: binary data")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_byte_order_mark_still_loads(tmp_path: Path, codec: str) -> None:
    text = "Le conseil a approuvé le nouveau pont mardi, après un long débat.\n" * 3
    article = only(load(write(tmp_path, "wide.txt", text.encode(codec))))
    assert article.encoding == codec
    assert article.text.startswith("Le conseil a approuvé le nouveau pont mardi")


def test_japanese_utf16_text_without_a_byte_order_mark_still_loads(tmp_path: Path) -> None:
    text = "市議会は火曜日、長い議論の末に新しい橋を承認した。\n工事は来月始まる。\n"
    article = only(load(write(tmp_path, "jp.txt", text.encode("utf-16-le"))))
    assert (article.title, article.text) == ("市議会は火曜日、長い議論の末に新しい橋を承認した。", "工事は来月始まる。")


def test_a_folder_of_subfolders_says_they_are_not_read_and_how_to_read_them(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "2024" / "june").mkdir(parents=True)
    (news / "2025").mkdir()
    write(news / "2024" / "june", "bridge.txt", ARTICLE)
    write(news / "2025", "vote.txt", "The council voted again on Friday and the bridge plan passed.\n")
    result = load(news)
    assert not result.articles  # the nearest subfolder with articles is named
    assert reasons(result) == [
        f"{news}: the folder has no .txt, .md, .html, .htm, .json, .jsonl files of its own, and subfolders are not"
        f" read ({news / '2025'} has some): to read them all, pass '{news}/**/*.txt' in quotes,"
        " or name the subfolders"
    ]
    # The pattern the message gives reads every subfolder.
    assert sorted(a.id for a in load(f"{news}/**/*.txt").articles) == ["bridge", "vote"]


def test_an_empty_folder_keeps_its_short_message(tmp_path: Path) -> None:
    (tmp_path / "empty" / "nothing").mkdir(parents=True)
    assert reasons(load(tmp_path / "empty")) == [
        f"{tmp_path / 'empty'}: the folder has no .txt, .md, .html, .htm, .json, .jsonl files"
    ]


def test_the_cli_names_a_binary_file_and_the_subfolders_it_did_not_read(tmp_path: Path) -> None:
    images = tmp_path / "images"
    images.mkdir()
    write(images, "logo.md", b"\x89PNG\r\n\x1a\n")
    done = tuicompare("info", str(images), cache=tmp_path)
    assert done.status == 2
    assert done.err.strip().splitlines()[-1] == (
        f"error: No article could be loaded from {images}: {images / 'logo.md'}: skipped: binary data (a PNG image)."
    )
    news = tmp_path / "news"
    (news / "2024").mkdir(parents=True)
    write(news / "2024", "bridge.txt", ARTICLE)
    done = tuicompare("info", str(news), cache=tmp_path)
    assert done.status == 2
    assert f"subfolders are not read ({news / '2024'} has some): to read them all, pass '{news}/**/*.txt'" in done.err
