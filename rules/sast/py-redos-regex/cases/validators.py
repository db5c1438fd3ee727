import re
import re as regexp

# ruleid: py-redos-regex
WORDS = re.compile(r"^(\w+\s?)*$")
# ruleid: py-redos-regex
COMMENT = regexp.compile("/\\*(.|\\s)*\\*/")
# ok: py-redos-regex (the comma separates the repetitions)
CSV = re.compile(r"^([a-z]+,)*[a-z]+$")
# ok: py-redos-regex (verbose patterns are not analysed)
VERBOSE = re.compile(r"(a+)+  # nested", re.VERBOSE)
# ok: py-redos-regex (without DOTALL `.` never matches a newline: no overlap)
LINES = re.compile(r"//(?:.|\n)*:")
# ruleid: py-redos-regex
DOTALL = re.compile(r"//(?:.|\n)*:", re.S)
# ok: py-redos-regex
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check(value: str, pattern: str) -> bool:
    # ruleid: py-redos-regex
    if re.match(r"^(a+)+$", value):
        return True
    # ruleid: py-redos-regex
    cleaned = re.sub(r"(\d|\w)+!", "", value)
    # ok: py-redos-regex (a pattern chosen at run time is not analysed)
    dynamic = re.search(pattern, value)
    # ok: py-redos-regex (escaped parentheses are literal characters)
    literal = re.search(r"\(a+\)+", value)
    return bool(cleaned and dynamic and literal)
