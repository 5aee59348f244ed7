#!/usr/bin/env python3
"""Keeps the Qt Linguist catalogues in step with the code, and checks they are complete.

    lupdate.py update [--lupdate PATH]   rewrite translations/*.ts from the sources (new strings
                                         arrive unfinished; strings gone from the code are dropped)
    lupdate.py check  [--lupdate PATH]   run lupdate into a temporary copy and fail (exit 1) when
                                         the committed catalogue is not that copy, or a message is
                                         unfinished or empty, or a translation loses a placeholder

The two catalogues, one definition of how each is extracted:
  aifp_es.ts       the GUI (ui/, app/gui/): tr(), QObject::tr(), QCoreApplication::translate(),
                   QT_TR_NOOP and QT_TRANSLATE_NOOP, contexts as Qt's moc names them
  aifp_core_es.ts  core/ (report, CLI): aifp::tr("Context", "text") (core/i18n/Translate.hpp)
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CATALOGUES = [
    # (file, source folders, extra lupdate options); menus and buttons (with '&' accelerators)
    # exist only in the GUI catalogue
    ("aifp_es.ts", ["ui", "app/gui"], []),
    ("aifp_core_es.ts", ["core", "cli"], ["-tr-function-alias", "translate+=tr,QT_TRANSLATE_NOOP+=AIFP_TRANSLATE_NOOP"]),
]
COMMON = ["-I", ROOT, "-locations", "none", "-no-obsolete", "-no-ui-lines", "-silent",
          "-target-language", "es"]
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


def run_lupdate(lupdate, ts_path, folders, extra):
    cmd = [lupdate] + COMMON + extra + [os.path.join(ROOT, f) for f in folders] + ["-ts", ts_path]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"{ts_path}: lupdate failed (exit {proc.returncode})")


def messages(ts_path):
    """{(context, source): (translation or None, type, [numerus forms])}"""
    root = ET.parse(ts_path).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            out[(name, source)] = (
                None if tr is None else (tr.text or ""),
                None if tr is None else tr.get("type"),
                forms,
            )
    return out


def check_one(name, committed, fresh, accelerators):
    problems = []
    a, b = messages(committed), messages(fresh)
    for key in sorted(set(b) - set(a)):
        problems.append(f"{name}: not in the catalogue (run translations/lupdate.py update): "
                        f"[{key[0]}] {key[1]!r}")
    for key in sorted(set(a) - set(b)):
        problems.append(f"{name}: no longer in the code (run translations/lupdate.py update): "
                        f"[{key[0]}] {key[1]!r}")
    for key, (text, kind, forms) in sorted(a.items()):
        if key not in b:
            continue
        label = f"{name}: [{key[0]}] {key[1]!r}"
        if kind:
            problems.append(f"{label}: translation is {kind}")
            continue
        texts = forms if forms else [text or ""]
        if not all(t.strip() for t in texts):
            problems.append(f"{label}: empty translation")
            continue
        want = sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(key[1])))
        for t in texts:
            # %L1 is %1 formatted in the language's locale (QString::arg): the same placeholder.
            got = sorted(set(p.replace("L", "") for p in PLACEHOLDER.findall(t)))
            # %n may be spelled out in a singular form; every %1..%9 must stay.
            if [p for p in want if p != "%n"] != [p for p in got if p != "%n"]:
                problems.append(f"{label}: placeholders {want} became {got} in {t!r}")
        if accelerators and key[1].count("&") == 1 and not all("&" in t for t in texts) and \
                re.search(r"&[^ &;#]", key[1]) and not re.search(r"&\w+;", key[1]):
            problems.append(f"{label}: the keyboard accelerator '&' is missing in {texts[0]!r}")
    # Byte-identical apart from what lupdate would write: catches hand edits that lupdate undoes.
    if not problems and open(committed, "rb").read() != open(fresh, "rb").read():
        problems.append(f"{name}: differs from what lupdate writes (run translations/lupdate.py "
                        "update and commit the result)")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["update", "check"])
    ap.add_argument("--lupdate", default=shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate")
    args = ap.parse_args()
    problems = []
    counts = []
    for name, folders, extra in CATALOGUES:
        committed = os.path.join(HERE, name)
        if args.mode == "update":
            run_lupdate(args.lupdate, committed, folders, extra)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            fresh = os.path.join(tmp, name)
            if os.path.exists(committed):
                shutil.copyfile(committed, fresh)
            run_lupdate(args.lupdate, fresh, folders, extra)
            if not os.path.exists(committed):
                problems.append(f"{name}: missing (run translations/lupdate.py update)")
                continue
            problems += check_one(name, committed, fresh, accelerators=name == "aifp_es.ts")
            counts.append(f"{name}: {len(messages(committed))} messages")
    if args.mode == "check":
        for p in problems:
            print(p)
        print("; ".join(counts) + (f"; {len(problems)} problem(s)" if problems else "; complete"))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
