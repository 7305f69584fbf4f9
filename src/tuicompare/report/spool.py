"""The JSON document's top-level arrays spooled to temporary files as UTF-8 bytes (``stream.write_json``).

The document starts with a summary of the whole corpus, so its arrays are
written aside while the stories go by, then copied out in order. They are
kept as the bytes the output receives: a text-mode spool encoded every
character on the way in, decoded it on the way back and the output encoded
it again (0.4 s of CPU for the 176 MB of a 10,000-article report, more with
non-ASCII text). An output that can take bytes (``output.open_output``'s
file writer, its ``copy_bytes``) gets them as they are; any other is given text.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import IO, Protocol, runtime_checkable

Write = Callable[[str], None]
_FIRST = b"\n    "
_NEXT = b",\n    "


class Array:
    """One top-level array of the document, its items spooled to a binary temporary file.

    Args:
        key: The array's name in the document.
        file: The spool, opened for binary reading and writing.
    """

    def __init__(self, key: str, file: IO[bytes]) -> None:
        self.key = key
        self.file = file
        self.count = 0

    def add_text(self, text: str | bytes) -> None:
        """Add one item, written (``bytes``: already encoded as UTF-8)."""
        self.file.write(_NEXT if self.count else _FIRST)
        self.file.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        self.count += 1

    def add_joined(self, text: str, count: int) -> None:
        """Add ``count`` items written joined as ``add_text`` joins them."""
        if count:
            self.file.write(_NEXT if self.count else _FIRST)
            self.file.write(text.encode("utf-8"))
            self.count += count

    def clear(self) -> None:
        """Forget every item added."""
        self.file.seek(0)
        self.file.truncate()
        self.count = 0

    def copy(self, write: Write) -> None:
        """Write the array (its key, then its items) with ``write``; its bytes as they are when it takes them."""
        write(f'"{self.key}": [')
        if self.count:
            self.file.flush()
            self.file.seek(0)
            copy_bytes: Callable[[IO[bytes]], None] | None = getattr(write, "copy_bytes", None)
            if copy_bytes is not None:
                copy_bytes(self.file)
            else:
                # 1 MB at a time may cut a character in two: the decoder keeps its first bytes for the next chunk.
                decoder = codecs.getincrementaldecoder("utf-8")()
                while chunk := self.file.read(1 << 20):
                    if text := decoder.decode(chunk):
                        write(text)
                if rest := decoder.decode(b"", final=True):
                    write(rest)
            write("\n  ")
        write("]")


class Direct(Array):
    """An array written straight into the output's file as its items come (its key now, ``close`` ends it).

    Args:
        key: The array's name in the document.
        file: The output, where the array begins.
    """

    def __init__(self, key: str, file: IO[bytes]) -> None:
        super().__init__(key, file)
        file.write(f'"{key}": ['.encode())

    def close(self) -> None:
        """End the array, as ``Array.copy`` ends it."""
        self.file.write(b"\n  ]" if self.count else b"]")


@runtime_checkable
class RoomForHead(Protocol):
    """An output that can take the document's head last, in room left before what follows (``output._FileWrite``)."""

    def leave_head(self, length: int) -> IO[bytes]:
        """Write on from byte ``length``; gives the file to write to."""

    def place_head(self, head: bytes) -> None:
        """Write ``head`` at the start, moving what follows if the room was not that long."""
