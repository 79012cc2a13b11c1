"""River names across spellings and transliterations: Irtysh / Ertis / Ertix, Ili / Ile, "Syr  Darya" and the like."""

from __future__ import annotations

import re

from ..core.names import name_key

# The default list of SPEC section 5; "/" separates spellings of one river, "," separates rivers.
DEFAULT_NAMES = (
    "Irtysh/Ertis/Ertix, Ili/Ile, Syr Darya, Ural/Zhaiyk, Ishim/Esil, Tobol, Chu/Shu, Talas, Emel, Khorgos, "
    "Bolshoy Uzen, Maly Uzen"
)

# Spellings of the transboundary rivers of Kazakhstan in English, Russian and Kazakh transliterations. A name a user
# types is widened to its whole group, so "Irtysh" also finds the Natural Earth features called "Ertis" and "Ertix".
ALIASES: dict[str, tuple[str, ...]] = {
    "Irtysh": ("Irtysh", "Irtish", "Irtysch", "Ertis", "Ertix", "Yertis", "Ertys", "Erqis", "Иртыш", "Ертіс",
               "Ертис", "Эртис"),
    "Ili": ("Ili", "Ile", "Yili", "Или", "Іле", "Иле"),
    "Syr Darya": ("Syr Darya", "Syrdarya", "Syrdariya", "Sirdaryo", "Sir Darya", "Syr-Darya",
                  "Сырдарья", "Сырдария", "Сыр-Дарья"),
    "Ural": ("Ural", "Zhaiyk", "Zhayyk", "Zhayyq", "Zhaik", "Jayiq", "Yaik", "Урал", "Жайык", "Жайық"),
    "Ishim": ("Ishim", "Esil", "Yesil", "Essil", "Ишим", "Есиль", "Есіл"),
    "Tobol": ("Tobol", "Tobyl", "Тобол", "Тобыл"),
    "Chu": ("Chu", "Shu", "Chuy", "Chui", "Чу", "Шу", "Чуй"),
    "Talas": ("Talas", "Талас"),
    "Emel": ("Emel", "Emil", "Emin", "Эмель", "Емел", "Эмиль"),
    "Khorgos": ("Khorgos", "Horgos", "Khorgas", "Korgas", "Qorgas", "Хоргос", "Қорғас", "Коргас"),
    "Bolshoy Uzen": ("Bolshoy Uzen", "Bolshoi Uzen", "Bolshaya Uzen", "Big Uzen", "Karaozen", "Kara Ozen",
                     "Большой Узень", "Қараөзен", "Караозен"),
    "Maly Uzen": ("Maly Uzen", "Malyy Uzen", "Malyi Uzen", "Malaya Uzen", "Small Uzen", "Saryozen", "Sary Ozen",
                  "Малый Узень", "Сарыөзен", "Сарыозен"),
}

_ALIAS_GROUP = {name_key(alias): canonical for canonical, aliases in ALIASES.items() for alias in aliases}


def river_group(name: str | None) -> str:
    """The key that identifies one river whatever it is called: the canonical name for known rivers, else the key."""
    key = name_key(name)
    return _ALIAS_GROUP.get(key, key)


def split_names(text: str | None) -> list[str]:
    """The names of a comma-, semicolon-, slash- or line-separated list, stripped, empty ones dropped."""
    return [part.strip() for part in re.split(r"[,;/\n]+", text or "") if part.strip()]


class NameList:
    """The rivers a user names as transboundary, matched against feature names in any known spelling."""

    def __init__(self, text: str | None = DEFAULT_NAMES) -> None:
        self.names = split_names(text)
        self.groups = {river_group(name) for name in self.names} - {""}

    def matches(self, *names: str | None) -> str | None:
        """The river group of the first of the names that is on the list, else None."""
        for name in names:
            group = river_group(name)
            if group and group in self.groups:
                return group
        return None

    def __len__(self) -> int:
        return len(self.groups)
