"""The IATI 2.03 XML schemas shipped in schemas-2.03/ (unchanged; see its README.md)."""

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "schemas-2.03"


class InvalidFile(Exception):
    """A file that fails its schema: never served nor written."""

    def __init__(self, errors):
        super().__init__("; ".join(errors[:5]))
        self.errors = errors


@cache
def schema(name):
    """The parsed XMLSchema of "activities" or "organisations" (parsed once per process;
    the includes and xml.xsd are read from the same folder, never fetched)."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    document = etree.parse(str(SCHEMAS / f"iati-{name}-schema.xsd"), parser)
    return etree.XMLSchema(document)


def errors(tree, name):
    """The schema's complaints about `tree` (an element or tree), as readable lines."""
    checker = schema(name)
    if checker.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]


def require_valid(tree, name):
    """Raise InvalidFile unless `tree` is valid against the schema `name`."""
    found = errors(tree, name)
    if found:
        raise InvalidFile(found)
