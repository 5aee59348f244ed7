#!/usr/bin/env python3
"""Turns a Qt Linguist .ts file into core's C++ message table (core/i18n/MessageCatalog.hpp).

Usage: ts_to_cpp.py IN.ts OUT.cpp VARIABLE

Only finished translations go into the table (an unfinished, obsolete or vanished message falls
back to the English source at run time; tests/i18n/check_translations.py fails the build's test
suite before that can ship). Entries are sorted by (context, source) as UTF-8 bytes, the order
std::strcmp gives, so the lookup is a binary search.
"""
import sys
import xml.etree.ElementTree as ET


def c_literal(text: str) -> str:
    out = ['"']
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif byte < 0x20 or byte == 0x7F:
            out.append("\\%03o" % byte)
        elif byte >= 0x80:
            out.append("\\%03o" % byte)  # octal: never swallows a following digit
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def main() -> int:
    if len(sys.argv) != 4:
        print("usage: ts_to_cpp.py IN.ts OUT.cpp VARIABLE", file=sys.stderr)
        return 2
    src, dst, variable = sys.argv[1:]
    try:
        root = ET.parse(src).getroot()
    except (OSError, ET.ParseError) as e:
        print(f"{src}: cannot read the catalogue: {e}", file=sys.stderr)
        return 1
    entries = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") or not (tr.text or ""):
                continue
            entries[(name.encode(), source.encode())] = (name, source, tr.text)
    lines = [
        "// Generated from " + src.replace("\\", "/").split("/")[-1] + " by translations/ts_to_cpp.py. Do not edit.",
        '#include "core/i18n/MessageCatalog.hpp"',
        "",
        "namespace aifp::i18n {",
        "",
        "namespace {",
        "const CatalogEntry kEntries[] = {",
    ]
    for key in sorted(entries):
        name, source, text = entries[key]
        lines.append(f"    {{{c_literal(name)}, {c_literal(source)}, {c_literal(text)}}},")
    if not entries:
        lines.append('    {"", "", ""},')
    lines += [
        "};",
        "} // namespace",
        "",
        f"const MessageCatalog {variable}{{kEntries, {len(entries)}}};",
        "",
        "} // namespace aifp::i18n",
        "",
    ]
    text = "\n".join(lines)
    try:
        with open(dst, "r", encoding="utf-8") as f:
            if f.read() == text:
                return 0  # unchanged: keep the timestamp, no rebuild
    except OSError:
        pass
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
