"""Names compared across scripts and spellings: one key for "Қазақстан", "Kazakhstan" and "Syr  Darya" alike."""

from __future__ import annotations

import re
import unicodedata

# Russian and Kazakh Cyrillic to Latin, enough to compare names (not a publication standard).
_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# Words that only say "river" and would stop "Ural River" from matching "Ural".
_GENERIC_WORDS = {"river", "r", "reka", "ozeni", "rio", "he"}


def name_key(name: str | None) -> str:
    """A comparison key: lower case, Latin letters only, no accents, spaces, hyphens or words meaning river."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", str(name)).lower()
    text = "".join(_CYRILLIC.get(char, char) for char in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = [word for word in re.split(r"[^a-z0-9]+", text) if word and word not in _GENERIC_WORDS]
    return "".join(words)
