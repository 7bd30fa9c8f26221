"""A JSON document read one value at a time, each with its line number.

`json.loads` holds the whole document and every object in it at once (an 80 MB backup needs
over a gigabyte); walking the top-level object and its lists here keeps about one item in
memory, decoded by the standard library's own decoder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

CHUNK = 1 << 20  # characters read at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_NEAR_END = 16  # a decoding error this close to the end of what was read may be a cut, not a fault


class JsonStreamError(Exception):
    """The document stops being valid JSON (or holds a value too large) at `line`."""

    def __init__(self, line: int, message: str):
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


class JsonStream:
    """Walk a document: `members()` of an object, `elements()` of a list, `value()` for the rest.

    After `members()` yields a key, or `elements()` a line, the caller reads that value
    (with `value()`, `members()` or `elements()`) before asking for the next one.
    """

    def __init__(self, text: TextIO, max_value_chars: int):
        self._text = text
        self._max = max_value_chars
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line number at self._counted
        self._counted = 0
        self._decoder = json.JSONDecoder(parse_constant=_refuse_constant)
        self.last_chars = 0  # length in the document of the last value()

    # -- where we are ------------------------------------------------------------------
    def line(self) -> int:
        """The line of the next value or punctuation."""
        self.peek()
        return self._line_at(self._pos)

    def _line_at(self, pos: int) -> int:
        """Positions asked for never go back, so each newline is counted once."""
        self._line += self._buf.count("\n", self._counted, pos)
        self._counted = pos
        return self._line

    def _read_more(self, at_least: int = CHUNK) -> bool:
        """Append to the buffer, first dropping what was read; False at the end of the text."""
        if self._eof:
            return False
        self._line_at(self._pos)
        self._buf, self._pos, self._counted = self._buf[self._pos:], 0, 0
        more = self._text.read(max(at_least, CHUNK))
        if not more:
            self._eof = True
            return False
        self._buf += more
        return True

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()
            if self._pos < len(self._buf) or not self._read_more():
                return self._buf[self._pos: self._pos + 1]

    def _expect(self, chars: str) -> str:
        char = self.peek()
        if not char or char not in chars:
            shown = " or ".join(f"'{c}'" for c in chars)
            raise JsonStreamError(self.line(), f"is not valid JSON (expecting {shown})")
        self._pos += 1
        return char

    # -- reading -----------------------------------------------------------------------
    def value(self) -> Any:
        """The next whole value, decoded."""
        self.peek()
        start_line = self._line_at(self._pos)
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self._buf) - _NEAR_END or exc.msg.startswith("Unterminated string")
                if self._eof or not cut:
                    raise JsonStreamError(self._line_at(exc.pos), f"is not valid JSON ({exc.msg})") from None
            except RecursionError:
                raise JsonStreamError(start_line, "nests lists or objects too deeply") from None
            except ValueError as exc:  # NaN or Infinity; a number of thousands of digits
                problem = str(exc) if "JSON allows" in str(exc) else "holds a number too long to read"
                raise JsonStreamError(start_line, problem) from None
            else:
                if end < len(self._buf) or self._eof:  # else a number may go on in the next chunk
                    self.last_chars = end - self._pos
                    self._pos = end
                    return value
            if len(self._buf) - self._pos > self._max:
                raise JsonStreamError(start_line, f"holds a value larger than {self._max // 2**20} MB")
            self._read_more(len(self._buf) - self._pos)  # doubling: each retry reads as much again

    def members(self) -> Iterator[tuple[str, int]]:
        """(key, line) for each member of the object that comes next."""
        self._expect("{")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise JsonStreamError(self.line(), "is not valid JSON (expecting a property name in double quotes)")
            line = self.line()
            key = self.value()
            self._expect(":")
            yield key, line
            if self._expect(",}") == "}":
                return

    def elements(self) -> Iterator[int]:
        """The line of each element of the list that comes next."""
        self._expect("[")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.line()
            if self._expect(",]") == "]":
                return

    def end(self) -> None:
        """Nothing but white space may follow the document."""
        if self.peek():
            raise JsonStreamError(self.line(), "is not valid JSON (extra data after the end)")
