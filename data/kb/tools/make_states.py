#!/usr/bin/env python3
"""Generates data/kb/states.json: every state and common territory, with names, demonyms, capitals
used as metonyms, and membership of major organisations.

Sources: ISO 3166-1 short and official names as shipped by Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json); states_table.txt beside this script (common English
short names, demonyms, capitals, common short forms); the member lists below, from each
organisation's official list of members. Run: python3 data/kb/tools/make_states.py
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
ISO = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")

# Official member lists (state members only; organisations that are members, such as the EU in the
# G7 and G20, are declared in organizations.json).
MEMBERS = {
    "actor:nato": "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA",
    "actor:european-union": "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE",
    "actor:g7": "CAN FRA DEU ITA JPN GBR USA",
    "actor:g20": "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA",
    "actor:quad": "AUS IND JPN USA",
    "actor:aukus": "AUS GBR USA",
    "actor:five-eyes": "AUS CAN NZL GBR USA",
    "actor:asean": "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM TLS",
    "actor:osce": "ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC VAT HUN ISL IRL ITA KAZ KGZ LVA LIE LTU LUX MLT MDA MCO MNG MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE TJK TUR TKM UKR GBR USA UZB",
    "actor:african-union": "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE ESH",
    "actor:arab-league": "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
    "actor:gulf-cooperation-council": "BHR KWT OMN QAT SAU ARE",
    "actor:brics": "BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN",
    "actor:shanghai-cooperation-organisation": "CHN RUS KAZ KGZ TJK UZB IND PAK IRN BLR",
    "actor:opec": "DZA COG GNQ GAB IRN IRQ KWT LBY NGA SAU ARE VEN",
    "actor:csto": "ARM BLR KAZ KGZ RUS TJK",
}
MEMBER_SOURCE = {
    "actor:nato": "NATO", "actor:european-union": "EU", "actor:g7": "G7", "actor:g20": "G20",
    "actor:quad": "Quad", "actor:aukus": "AUKUS", "actor:five-eyes": "Five Eyes", "actor:asean": "ASEAN",
    "actor:osce": "OSCE", "actor:african-union": "AU", "actor:arab-league": "Arab League",
    "actor:gulf-cooperation-council": "GCC", "actor:brics": "BRICS",
    "actor:shanghai-cooperation-organisation": "SCO", "actor:opec": "OPEC", "actor:csto": "CSTO",
}
NOT_UN_MEMBERS = {"VAT", "PSE", "TWN", "XKX"}  # observers or not members
UNINHABITED = {"ATA", "BVT", "HMD", "UMI", "SGS", "ATF"}  # no government to speak of


def slugify(name):
    """The slug rule of parley/ids.hpp for ASCII-transliterable names."""
    import unicodedata
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"(?<=[A-Za-z0-9])['.](?=[A-Za-z0-9])", "", ascii_name)
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def is_catalogue_form(name):
    """ISO's inverted and bracketed catalogue forms ("Korea, Republic of", "Saint Martin (French
    part)", "Taiwan, Province of China") are not how texts name a state."""
    return "(" in name or bool(re.search(r", .*\bof( the)?$", name)) or name in {
        "Virgin Islands, British", "Virgin Islands, U.S.", "Taiwan, Province of China"}


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def main():
    iso = {c["alpha_3"]: c for c in json.loads(ISO.read_text(encoding="utf-8"))["3166-1"]}
    rows, territories, in_territories = [], set(), False
    for line in (HERE / "states_table.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# Territories"):
            in_territories = True
        if not line.strip() or line.startswith("#"):
            continue
        code, label, demonyms, capitals, names = (line.split("|") + [""] * 5)[:5]
        rows.append((code, label, split(demonyms), split(capitals), split(names)))
        if in_territories:
            territories.add(code)
    missing = set(iso) - {r[0] for r in rows} - UNINHABITED
    if missing:
        raise SystemExit(f"states_table.txt lacks ISO codes: {sorted(missing)}")
    membership = {}
    for org, codes in MEMBERS.items():
        for code in codes.split():
            if code not in iso and code != "XKX":
                raise SystemExit(f"{org}: unknown code {code}")
            membership.setdefault(code, []).append(org)

    entries = []
    for code, label, demonyms, capitals, extra in rows:
        record = iso.get(code, {})
        names = []
        iso_names = [n for n in [record.get("common_name"), record.get("name"), record.get("official_name")]
                     if n and not is_catalogue_form(n)]
        for name in iso_names + extra:
            if name and name != label and name not in names:
                names.append(name)
        member_of = []
        sources = ["ISO 3166-1"] if record else ["World Bank and EU usage of the code XKX"]
        if code not in territories and code not in NOT_UN_MEMBERS:
            member_of.append("actor:united-nations")
            sources.append("UN member states list")
        orgs = membership.get(code, [])
        member_of += orgs
        if orgs:
            sources.append("official member lists (" + ", ".join(MEMBER_SOURCE[o] for o in orgs) + ")")
        entry = {"id": "actor:" + slugify(label), "kind": "state", "label": label, "country": code}
        if names:
            entry["names"] = names
        if demonyms:
            entry["demonyms"] = demonyms
        metonyms = [c for c in capitals if c != label]
        if metonyms:
            entry["metonyms"] = metonyms
        if member_of:
            entry["member_of"] = member_of
        if code in territories:
            entry["comment"] = "territory, not a sovereign state"
        entry["source"] = "; ".join(sources)
        entries.append(entry)
    entries.sort(key=lambda e: e["id"])
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = {
        "comment": "Generated by data/kb/tools/make_states.py from ISO 3166-1 and states_table.txt; edit those, not this file.",
        "entries": entries,
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    # One line per entry keeps diffs and error lines readable.
    lines = ["{", '  "comment": ' + json.dumps(out["comment"], ensure_ascii=False) + ",", '  "entries": [']
    for i, e in enumerate(entries):
        lines.append("    " + json.dumps(e, ensure_ascii=False) + ("," if i + 1 < len(entries) else ""))
    lines += ["  ]", "}", ""]
    (HERE.parent / "states.json").write_text("\n".join(lines), encoding="utf-8")
    print(f"states.json: {len(entries)} entries")


if __name__ == "__main__":
    main()
