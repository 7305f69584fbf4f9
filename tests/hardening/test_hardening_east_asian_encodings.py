"""Issue 13 item 13 (second half): a Shift-JIS file was read as ISO 8859-1 and rejected as empty.

charset-normalizer names cp932 first but with a low "coherence" on a short
text, so the loader used to fall back to a single-byte reading: all symbols in
cp1252, all control characters in ISO 8859-1 (removed, leaving "no text").
Now a clean multi-byte reading made mostly of letters of one writing system
wins over a single-byte one made of symbols.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tuicompare.load.corpus import load_corpus
from tuicompare.load.decoding import NotText, decode
from tuicompare.pipeline import Options, run

ARTICLE = (
    "大阪で新しい図書館が開館\n\n"
    "大阪市は火曜日、中之島に新しい図書館を開館した。市長は式典で、建設費は五十億円だったと述べた。\n"
    "図書館には三十万冊の本があり、一日に五千人の利用が見込まれている。近くの学生たちは開館を喜んだ。\n"
)
ONE_LINE = "大阪で新しい図書館が開館した。"


@pytest.mark.parametrize("codec", ["shift_jis", "cp932", "euc_jp"])
@pytest.mark.parametrize("text", [ARTICLE, ONE_LINE], ids=["article", "one-line"])
def test_a_japanese_file_loads_as_japanese(tmp_path: Path, codec: str, text: str) -> None:
    path = tmp_path / "osaka.txt"
    path.write_bytes(text.encode(codec))
    result = load_corpus([str(path)])
    assert result.warnings == ()
    (article,) = result.articles
    assert article.title == text.splitlines()[0]
    assert "図書館" in article.text
    assert article.encoding in {"shift_jis", "cp932", "shift_jis_2004", "euc_jp", "euc_jis_2004"}


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("北京市政府星期一宣布，新的地铁线路将于下个月开通，每天可运送十万名乘客。", "gbk"),
        ("台北市政府星期一宣布，新的捷運路線將於下個月開通，每天可運送十萬名乘客。", "big5"),
        ("서울시는 월요일 새로운 지하철 노선이 다음 달에 개통된다고 발표했다.", "euc_kr"),
    ],
)
def test_other_east_asian_encodings_read_right(text: str, codec: str) -> None:
    assert decode(text.encode(codec)).text == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("The minister said “it’s over” – for now. “We’ll see,” he added; the café’s owner said “no”.", "cp1252"),
        ("“Yes” – he said.", "cp1252"),
        ("Der Bürgermeister sagte, die Brücke über die Straße wird größer.", "latin-1"),
    ],
)
def test_western_legacy_files_keep_their_single_byte_reading(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text and decoded.encoding == "cp1252"


def test_a_cyrillic_single_byte_file_is_not_taken_for_half_width_japanese() -> None:
    data = "Президент заявил, что переговоры продолжатся в понедельник.".encode("koi8-r")
    assert not decode(data).encoding.startswith(("shift_jis", "cp932"))


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_still_refused(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.randrange(1, 256) for _ in range(rng.choice([64, 600, 4000])))
    with pytest.raises(NotText):
        decode(data)


@pytest.mark.slow
def test_a_shift_jis_article_goes_through_the_analysis(tmp_path: Path) -> None:
    """The English model reads Japanese poorly, but the article is analysed, not refused."""
    (tmp_path / "osaka.txt").write_bytes(ARTICLE.encode("shift_jis"))
    comparison = run([str(tmp_path)], Options(cache_dir=tmp_path / "cache"))
    (article,) = comparison.articles
    assert article.text.startswith("大阪市は火曜日") and comparison.analyses[0].sentences
    assert comparison.warnings == ()
