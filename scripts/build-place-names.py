#!/usr/bin/env python3
"""Builds lexicons/entities/places.tsv: place names for entity recognition.

Sources (Debian packages, installed by `apt-get install -y iso-codes tzdata`):
- iso-codes: ISO 3166-2 subdivision names (states, regions, provinces, counties, boroughs),
  /usr/share/iso-codes/json/iso_3166-2.json; LGPL-2.1-or-later.
- tzdata: the cities that name time zones (zone1970.tab and zone.tab), /usr/share/zoneinfo/; public domain.
Names that Europarl writes in lower case inside sentences (lexicons/entities/capitalisation.tsv, class
`common`, either language) are left out, and so are one-word names that the lexicon lists as lower-case words
(lexicons/da-en/freedict.tsv, which keeps capitals), so that "Centre", "South" or "Orange" do not become places.
Python 3 standard library only. Usage:
    python3 scripts/build-place-names.py lexicons/entities/capitalisation.tsv lexicons/entities/places.tsv \
        lexicons/da-en/freedict.tsv
"""
import json
import sys

from common_words import lower_case_words

ISO = "/usr/share/iso-codes/json/iso_3166-2.json"
ZONES = ["/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"]


def main():
    capitalisation, output, lexicons = sys.argv[1], sys.argv[2], sys.argv[3:]
    common = lower_case_words(capitalisation, lexicons)
    places = {}
    with open(ISO, encoding="utf-8") as data:
        for entry in json.load(data)["3166-2"]:
            for name in entry["name"].split(" / "):
                places.setdefault(name.strip(), ("iso-codes", entry["code"]))
    for path in ZONES:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#") or not line.strip():
                    continue
                zone = line.split("\t")[2].strip()
                city = zone.split("/")[-1].replace("_", " ")
                places.setdefault(city, ("tzdata", zone))
    with open(output, "w", encoding="utf-8") as out:
        out.write("name\tkind\torigin\tcode\n")
        for name in sorted(places):
            origin, code = places[name]
            if len(name) < 3 or name.lower() in common or any(c in name for c in "\t\n()"):
                continue
            out.write(f"{name}\tplace\t{origin}\t{code}\n")


if __name__ == "__main__":
    main()
