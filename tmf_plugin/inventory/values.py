"""Reading the cell values agencies write: numbers, coordinates, dates and the status words of three languages."""

from __future__ import annotations

import datetime
import math
import re


class BadValueError(ValueError):
    """A cell that holds something, but not a value of the expected kind."""


# Cells that explicitly say "no data" are empty, not wrong.
NO_DATA = {"", "-", "--", "—", "–", "?", "n/a", "na", "nan", "none", "null", "no data", "нет данных", "н/д", "нд",
           "нет сведений", "отсутствует", "мәлімет жоқ", "деректер жоқ", "белгісіз емес"}

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']+")
_UNIT_TAIL = re.compile(
    r"\s*(м3|м³|m3|m³|куб\.?\s*м|тыс\.?\s*м3|га|ha|км|km|м|m|баллов|балла|балл|б\.|%|мм|лет|г\.|г|жыл)\.?\s*$",
    re.IGNORECASE,
)


def is_empty(value) -> bool:
    """True for None, NaN and the written forms of "no data"."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in NO_DATA


_BLANK = {"", "-", "--", "—", "–"}


def parse_number(value) -> float | None:
    """A number written with spaces as thousands separators and a decimal point or comma; None when empty.

    Words such as "н/д" or "n/a" are not numbers: they are reported, so that nobody mistakes them for a zero.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str) and value.strip() in _BLANK:
        return None
    if isinstance(value, bool):
        raise BadValueError("not a number")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    text = _UNIT_TAIL.sub("", text)
    text = text.replace("\u2212", "-").replace("−", "-")
    text = _SPACES.sub("", text)
    if not text:
        raise BadValueError("not a number")
    if "," in text and "." in text:
        # The separator written last is the decimal one: 1.250.000,5 or 1,250,000.5.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    else:
        text = text.replace(",", ".")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", text):
        raise BadValueError("not a number")
    number = float(text)
    if not math.isfinite(number):
        raise BadValueError("not a number")
    return number


def parse_integer(value) -> int | None:
    """A whole number (a year, a class); decimals that are whole (1975,0) are accepted."""
    number = parse_number(value)
    if number is None:
        return None
    if abs(number - round(number)) > 1e-9:
        raise BadValueError("not a whole number")
    return int(round(number))


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def parse_class(value, low: int, high: int) -> int | None:
    """A class number in [low, high], also written as a Roman numeral or with a prefix such as "WGK 2"."""
    if is_empty(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number: int | None = parse_integer(value)
    else:
        text = str(value).strip().lower()
        match = re.search(r"\b(i{1,3}|iv|v)\b", text)
        digits = re.search(r"\d+", text)
        if digits:
            number = int(digits.group())
        elif match:
            number = _ROMAN[match.group(1)]
        else:
            raise BadValueError("not a class number")
    if number is None or not low <= number <= high:
        raise BadValueError("out of range")
    return number


def parse_year(value) -> int | None:
    """A year such as 1975, "1975 г." or a date whose year is taken."""
    if is_empty(value):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.year
    text = str(value).strip()
    match = re.fullmatch(r"\D*(\d{4})\D*", text) or re.search(r"\b(\d{4})\b", text)
    if match is None:
        raise BadValueError("not a year")
    year = int(match.group(1))
    if not 1850 <= year <= datetime.date.today().year + 1:
        raise BadValueError("out of range")
    return year


def parse_date(value) -> datetime.date | None:
    """A date as dd.mm.yyyy, yyyy-mm-dd, dd/mm/yyyy, mm.yyyy or yyyy (first day of the period)."""
    if is_empty(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip().rstrip("г.").strip()
    text = text.split("T")[0].split(" ")[0]
    patterns = (
        (r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", (1, 2, 3)),
        (r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", (3, 2, 1)),
        (r"(\d{1,2})[-./](\d{4})", (2, 1, None)),
        (r"(\d{4})", (1, None, None)),
    )
    for pattern, (y, m, d) in patterns:
        match = re.fullmatch(pattern, text)
        if match:
            try:
                return datetime.date(
                    int(match.group(y)), int(match.group(m)) if m else 1, int(match.group(d)) if d else 1
                )
            except ValueError as error:
                raise BadValueError("not a date") from error
    raise BadValueError("not a date")


# Coordinates ---------------------------------------------------------------------------------------------------

_NEGATIVE_HEMISPHERES = {"юш", "зд", "ое", "бб", "s", "w", "ю", "з"}
_HEMISPHERE = re.compile(
    r"(с\.?\s*ш\.?|ю\.?\s*ш\.?|в\.?\s*д\.?|з\.?\s*д\.?|с\.?\s*е\.?|о\.?\s*е\.?|ш\.?\s*б\.?|б\.?\s*б\.?"
    r"|\b[nsewсювз]\b\.?|^[nsewсювз](?=[\s\d])|(?<=[\d\s°'\"″′])[nsewсювз]\.?$)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_EXPONENT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)e[+-]?\d+")


def parse_coordinate(value) -> float | None:
    """Decimal degrees (point or comma) or degrees-minutes-seconds in Latin or Cyrillic notation; None when empty.

    Accepts e.g. 49.9533, 49,9533, 49°57'12" N, 49°57'12,3" с.ш., 49 57 12, 49°57.2', -82.5, 82°36′ в.д.
    The sign comes from a minus or a southern/western hemisphere letter.
    """
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise BadValueError("not a coordinate")
    if isinstance(value, (int, float)):
        if not math.isfinite(value):  # inf from a layer's real field
            raise BadValueError("not a coordinate")
        return float(value)
    text = str(value).strip().lower().replace("\u2212", "-")
    if _EXPONENT.fullmatch(text):  # 4.995e1, as spreadsheets export very small or very large cells
        number = float(text)
        if not math.isfinite(number):  # 1e309
            raise BadValueError("not a coordinate")
        return number
    negative = text.startswith("-")
    hemisphere = _HEMISPHERE.search(text)
    if hemisphere:
        if re.sub(r"[\s.]", "", hemisphere.group(0)) in _NEGATIVE_HEMISPHERES:
            negative = True
        text = text[: hemisphere.start()] + " " + text[hemisphere.end():]
    rest = _NUMBER.sub(" ", text)
    # Whatever is left besides the numbers must be degree/minute/second marks or separators.
    # The letter o (Cyrillic or Latin) is typed for the degree sign on keyboards without one.
    if re.search(r"[^\s°º˚оo'′’‘´ʹ`\"″”“˝ʺ:\-+dминсекградmsh.]", rest):
        raise BadValueError("not a coordinate")
    parts = [float(p.replace(",", ".")) for p in _NUMBER.findall(text)]
    if not parts or len(parts) > 3:
        raise BadValueError("not a coordinate")
    degrees = parts[0]
    minutes = parts[1] if len(parts) > 1 else 0.0
    seconds = parts[2] if len(parts) > 2 else 0.0
    if len(parts) > 1 and (degrees != int(degrees) or minutes > 60 or seconds > 60):  # 60 from rounding
        raise BadValueError("not a coordinate")
    if len(parts) > 2 and minutes != int(minutes):
        raise BadValueError("not a coordinate")
    result = degrees + minutes / 60.0 + seconds / 3600.0
    if not math.isfinite(result):  # hundreds of digits overflow to inf
        raise BadValueError("not a coordinate")
    return -result if negative else result


def axis_of(value) -> str | None:
    """'lat' or 'lon' when the text names its hemisphere (N/S, с.ш., E/W, в.д. ...), else None."""
    if not isinstance(value, str):
        return None
    match = _HEMISPHERE.search(value.strip().lower())
    if not match:
        return None
    marker = re.sub(r"[\s.]", "", match.group(0))
    if marker in {"сш", "юш", "се", "ое", "n", "s", "с", "ю"}:
        return "lat"
    if marker in {"вд", "зд", "шб", "бб", "e", "w", "в", "з"}:
        return "lon"
    return None


def split_coordinate_pair(value) -> tuple[str, str] | None:
    """Split one "coordinates" cell into its latitude and longitude texts, or None when it is empty."""
    if is_empty(value):
        return None
    text = str(value).strip()
    for separator in (";", "|", "\t", ", ", "/"):
        if separator in text:
            first, _, second = text.partition(separator)
            if first.strip() and second.strip():
                return _ordered(first.strip(), second.strip())
    pieces = text.split()
    if len(pieces) == 2:
        return _ordered(pieces[0], pieces[1])
    if text.count(",") == 1:
        first, second = text.split(",")
        return _ordered(first.strip(), second.strip())
    # "49 57 12 с.ш. 82 36 00 в.д.": split after the first hemisphere marker.
    match = _HEMISPHERE.search(text.lower())
    if match and match.end() < len(text):
        return _ordered(text[: match.end()].strip(), text[match.end():].strip())
    raise BadValueError("not a coordinate pair")


def _ordered(first: str, second: str) -> tuple[str, str]:
    if axis_of(first) == "lon" or axis_of(second) == "lat":
        return second, first
    return first, second


# Vocabularies ----------------------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    text = str(text).strip().lower().replace("ё", "е")
    text = re.sub(r"[«»\"'“”„()\[\].,;:!]", " ", text)
    return re.sub(r"[\s_\-–—/]+", " ", text).strip()


# Ordered (canonical, word starts) pairs: negations come before the words they contain.
STATUS_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("unknown", ("unknown", "n a", "неизвест", "не известно", "нет данных", "не определен", "белгісіз", "мәлімет жоқ")),
    ("inactive", ("inactive", "not active", "not operating", "non operating", "idle", "suspended", "temporarily",
                  "недейств", "не действ", "неактив", "не эксплуат", "неэксплуат", "бездейств", "простаив",
                  "не работ", "временно", "приостановл", "остановл", "резерв", "жұмыс істемейді", "белсенді емес",
                  "істен шыққан",
                  "пайдаланылмайды", "уақытша")),
    ("conserved", ("conserv", "mothball", "care and maintenance", "законсерв", "консерв", "консервацияланған")),
    ("abandoned", ("abandon", "orphan", "derelict", "legacy", "бесхоз", "заброш", "брошен", "бесхозяйн", "иесіз",
                   "тасталған", "қараусыз")),
    ("closed", ("closed", "decommission", "rehabilit", "reclaim", "закрыт", "ликвидир", "рекультив",
                "выведен из эксплуатации", "жабыл", "жойыл", "рекультивацияланған")),
    ("active", ("active", "operating", "operational", "in operation", "in use", "working", "действ", "эксплуатир",
                "в эксплуатации", "работ", "активн", "функционир", "жұмыс істейді", "белсенді", "пайдаланыл",
                "қолданыста", "жұмыс")),
]

YES_WORDS = {"yes", "y", "true", "1", "+", "да", "д", "есть", "имеется", "подвержен", "подтопляемый", "иә", "ия", "бар",
             "x", "х", "✓"}
NO_WORDS = {"no", "n", "false", "0", "-", "нет", "н", "не подвержен", "отсутствует", "жоқ", "емес"}

DAM_TYPE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("centreline", ("centreline", "centerline", "centre line", "center line", "central", "центральн", "осев",
                    "орталық")),
    ("upstream", ("upstream", "восходящ", "вверх", "в сторону пруда", "намыв в сторону", "жоғары")),
    ("downstream", ("downstream", "нисходящ", "вниз", "низов", "төмен")),
    ("other", ("other", "иной", "другой", "прочий", "прочее", "басқа", "земляная", "грунтов", "насыпн", "ограждающ",
               "кольцев")),
]

DAM_CONDITION_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("unknown", ("unknown", "неизвест", "нет данных", "белгісіз")),
    ("poor", ("poor", "bad", "critical", "неудовлетвор", "плох", "аварийн", "предаварийн", "неисправ",
              "қанағаттанарлықсыз", "нашар", "апатты")),
    ("fair", ("fair", "satisfactory", "moderate", "удовлетвор", "среднее", "қанағаттанарлық", "орташа")),
    ("good", ("good", "excellent", "хорош", "отличн", "исправн", "нормальн", "жақсы", "жарамды")),
]

CONSEQUENCE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("Very High", ("very high", "очень высок", "өте жоғары")),
    ("Extreme", ("extreme", "чрезвычайн", "экстремальн", "катастроф", "төтенше", "аса жоғары")),
    ("Significant", ("significant", "значительн", "существенн", "елеулі", "маңызды", "айтарлықтай")),
    ("High", ("high", "высок", "жоғары")),
    ("Low", ("low", "низк", "незначительн", "малый", "төмен")),
]

STATUSES = ("active", "inactive", "conserved", "closed", "abandoned", "unknown")


def _vocabulary(value, words: list[tuple[str, tuple[str, ...]]]) -> str | None:
    if is_empty(value):
        return None
    text = _norm(value)
    for canonical, _starts in words:
        if text == canonical.lower():
            return canonical
    for canonical, starts in words:
        for start in starts:
            if re.search(r"(^|\s)" + re.escape(start), text):
                return canonical
    raise BadValueError("unknown value")


def parse_status(value) -> str | None:
    """One of active, inactive, conserved, closed, abandoned, unknown from English, Russian or Kazakh words."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and _norm(value) in {"нет данных", "н д", "no data", "n a", "мәлімет жоқ"}:
        return "unknown"
    return _vocabulary(value, STATUS_WORDS)


def parse_dam_type(value) -> str | None:
    """upstream, downstream, centreline or other."""
    return _vocabulary(value, DAM_TYPE_WORDS)


def parse_dam_condition(value) -> str | None:
    """good, fair, poor or unknown."""
    return _vocabulary(value, DAM_CONDITION_WORDS)


def parse_consequence_class(value) -> str | None:
    """GISTM consequence class: Low, Significant, High, Very High or Extreme."""
    return _vocabulary(value, CONSEQUENCE_WORDS)


def parse_bool(value) -> bool | None:
    """Yes/no in English, Russian or Kazakh (да/нет, иә/жоқ, 1/0, true/false)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise BadValueError("not yes or no")
    text = _norm(value)
    if text in YES_WORDS:
        return True
    if text in NO_WORDS or text.startswith("не ") or text.startswith("no "):
        return False
    if is_empty(value):
        return None
    raise BadValueError("not yes or no")


def parse_text(value) -> str | None:
    """Text with surrounding spaces removed; numbers from spreadsheets lose a trailing .0."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return str(int(value)) if value.is_integer() else str(value)
    text = str(value).strip()
    return text or None
