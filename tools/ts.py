#!/usr/bin/env python3
"""Small helper for resources/translations/planea_es.ts (Qt Linguist format).

  ts.py check FILE.ts            exit 1 and list every message without a finished translation
  ts.py unfinished FILE.ts       print "context<TAB>source" for each unfinished message
  ts.py fill FILE.ts PAIRS.tsv   set translations from "context<TAB>source<TAB>translation" lines
                                 (context may be "*" to match any context)

Sources and translations in the TSV use \\n for line breaks and \\t for tabs.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def escape(text):
    return text.replace("\t", "\\t").replace("\n", "\\n")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    tr = message.find("translation")
    if tr is None:
        return True
    if tr.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    command, path = argv[1], argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if command == "check":
        missing = []
        for context, message in messages(root):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            if is_unfinished(message):
                missing.append((context, message.findtext("source")))
        for context, source in missing:
            print(f"sin traducir: [{context}] {escape(source or '')}")
        total = sum(1 for _ in messages(root))
        print(f"{total - len(missing)} of {total} messages translated")
        return 1 if missing else 0
    if command == "unfinished":
        for context, message in messages(root):
            if is_unfinished(message):
                print(f"{context}\t{escape(message.findtext('source') or '')}")
        return 0
    if command == "fill":
        pairs = {}
        with open(argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"ignored (needs 3 columns): {line}", file=sys.stderr)
                    continue
                pairs[(parts[0], unescape(parts[1]))] = unescape(parts[2])
        filled = 0
        for context, message in messages(root):
            source = message.findtext("source") or ""
            translation = pairs.get((context, source), pairs.get(("*", source)))
            if translation is None:
                continue
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                for form in translation.split("|"):
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = translation
            tr.attrib.pop("type", None)
            filled += 1
        write(tree, path)
        print(f"{filled} translations set")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
