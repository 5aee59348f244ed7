#!/usr/bin/env python3
"""Hostile-file corpus (issue 12): generates damaged, crafted and hostile project files and JSON
designs, runs aifp-cli on each and checks the expected outcome.

Every case says what must happen: a clean refusal (exit 2, one short line on stderr, file name
first, containing the expected reason) or acceptance (exit 0 or 1). In every case the input file
AND its directory must be byte-for-byte unchanged afterwards (names and SHA-256 of every entry),
no output may contain a control character (terminal escape codes are escaped), and every run must
finish within TIMEOUT_S.

Usage: hostile_corpus.py --cli PATH/aifp-cli --base PATH/sample-1mw.aifp [--keep DIR]
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 30.0          # the issue: every command finishes within a stated time
SCALE = 1.0               # --time-scale
MAX_STDERR_BYTES = 1000   # one bounded line
JOURNAL_MAGIC = bytes([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7])


def snapshot(directory):
    """Names, types and content hashes of every entry of directory (not following FIFOs)."""
    out = {}
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        st = os.lstat(path)
        if stat.S_ISREG(st.st_mode):
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            out[name] = ("file", h.hexdigest())
        else:
            out[name] = ("other", stat.S_IFMT(st.st_mode))
    return out


def sql(path, *statements):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    for s in statements:
        if isinstance(s, tuple):
            con.execute(*s)
        else:
            con.executescript(s)
    con.close()


class Corpus:
    def __init__(self, cli, base, root):
        self.cli = cli
        self.base = base
        self.root = root
        self.failures = []
        self.count = 0
        self.base_json = None

    def run(self, args):
        start = time.monotonic()
        try:
            p = subprocess.run([self.cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return None, b"", b"", time.monotonic() - start
        return p.returncode, p.stdout, p.stderr, time.monotonic() - start

    def case_dir(self, name):
        d = os.path.join(self.root, name)
        os.makedirs(d)
        return d

    def check(self, name, directory, args, expect, reason=None, changes_dir=False,
              max_seconds=TIMEOUT_S):
        """expect: 'refuse' (exit 2 with reason on stderr) or 'accept' (exit 0 or 1)."""
        self.count += 1
        before = snapshot(directory)
        code, out, err, seconds = self.run(args)
        after = snapshot(directory)
        problems = []
        if code is None:
            problems.append("did not finish within %.0f s" % TIMEOUT_S)
        elif expect == "refuse":
            if code != 2:
                problems.append("exit %d, expected a refusal (2)" % code)
            text = err.decode("utf-8", "replace")
            if reason and reason not in text:
                problems.append("stderr lacks %r: %r" % (reason, text[:300]))
            if len(err) > MAX_STDERR_BYTES:
                problems.append("stderr is %d bytes" % len(err))
            if text.count("\n") > 1:
                problems.append("stderr is more than one line")
            for leak in ("std::", "bad_alloc", "max_size", "basic_string"):
                if leak in text:
                    problems.append("internal text %r leaks" % leak)
        elif expect == "accept":
            if code not in (0, 1):
                problems.append("exit %s, expected acceptance: %r" %
                                (code, err.decode("utf-8", "replace")[:300]))
            if reason and reason not in (out + err).decode("utf-8", "replace"):
                problems.append("output lacks %r" % reason)
        for stream, data in (("stdout", out), ("stderr", err)):
            if any(b < 0x20 and b not in (0x0a, 0x09) for b in data) or 0x7f in data:
                problems.append("%s contains a control character" % stream)
        max_seconds = min(max_seconds * SCALE, TIMEOUT_S)
        if seconds > max_seconds:
            problems.append("took %.1f s (limit %.1f s)" % (seconds, max_seconds))
        if not changes_dir and before != after:
            added = sorted(set(after) - set(before))
            removed = sorted(set(before) - set(after))
            changed = sorted(k for k in before if k in after and before[k] != after[k])
            problems.append("directory changed: added %s removed %s changed %s" %
                            (added, removed, changed))
        status = "ok" if not problems else "FAIL"
        print("%-4s %-34s exit %-4s %.2f s  %s" %
              (status, name, code, seconds, err.decode("utf-8", "replace").strip()[:160]))
        for p in problems:
            print("       - " + p)
        if problems:
            self.failures.append(name)

    # --- project files ------------------------------------------------------------------------
    def project(self, name, *statements, before_run=None, base=None):
        d = self.case_dir(name)
        f = os.path.join(d, "p.aifp")
        shutil.copyfile(base or self.base, f)
        if statements:
            sql(f, *statements)
        if before_run:
            before_run(d, f)
        return d, f

    def project_case(self, name, expect, reason, *statements, before_run=None, command="validate",
                     max_seconds=TIMEOUT_S, base=None):
        d, f = self.project(name, *statements, before_run=before_run, base=base)
        args = [command, f]
        if command == "report":  # a refusal writes nothing into the directory
            args += ["--out", os.path.join(d, "report.pdf")]
        self.check(name, d, args, expect, reason, max_seconds=max_seconds)

    def json_case(self, name, expect, reason, text=None, doc=None):
        d = self.case_dir(name)
        src = os.path.join(d, "design.json")
        if doc is not None:
            text = json.dumps(doc, ensure_ascii=False)
        with open(src, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        out = os.path.join(d, "out.aifp")
        # Acceptance writes out.aifp (a change of the directory by design); refusal must not.
        self.check(name, d, ["import", src, out], expect, reason,
                   changes_dir=(expect == "accept"))
        if expect == "refuse" and os.path.exists(out):
            self.failures.append(name + " (wrote output)")

    def current_base(self):
        """The base project written by this program (the current schema: link bundles packed),
        made once by importing the base's JSON export."""
        path = os.path.join(self.root, "base-current.aifp")
        if not os.path.exists(path):
            src = os.path.join(self.root, "base-current.json")
            with open(src, "w", encoding="utf-8") as f:
                f.write(json.dumps(self.base_doc(), ensure_ascii=False))
            code, _, err, _ = self.run(["import", src, path])
            if code != 0:
                raise SystemExit("cannot write the current-schema base: " + err.decode())
        return path

    def base_doc(self):
        if self.base_json is None:
            code, out, err, _ = self.run(["export", self.base, "--format", "json"])
            if code != 0:
                raise SystemExit("cannot export the base project: " + err.decode())
            self.base_json = out.decode("utf-8")
        return json.loads(self.base_json)

    def all_cases(self):
        first_rack = "(SELECT min(id) FROM racks)"
        # Acceptance of the untouched base, and of commands that only read.
        self.project_case("base-validate", "accept", None)
        self.project_case("base-info", "accept", None, command="info")
        self.project_case("base-estimate", "accept", None, command="estimate")

        # Schema: views, triggers, foreign tables.
        recursive = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) ")
        self.project_case("view-replaces-meta", "refuse", "unexpected view",
                          "DROP TABLE meta; CREATE VIEW meta AS " + recursive +
                          "SELECT 1 AS id, x AS next_id, 'p' AS program, 'v' AS program_version "
                          "FROM c;")
        self.project_case("view-replaces-racks", "refuse", "unexpected view",
                          "DELETE FROM power_links WHERE to_id IN (SELECT id FROM racks); "
                          "DELETE FROM pipes WHERE to_id IN (SELECT id FROM racks); "
                          "DELETE FROM network_links WHERE from_id IN (SELECT id FROM racks); "
                          "DROP TABLE racks; CREATE VIEW racks AS " + recursive +
                          "SELECT x AS id, x AS seq, 1 AS hall_id, NULL AS row_id, 'r' AS name, "
                          "'gb300-nvl72' AS catalog_id, 0.0 AS center_x_m, 0.0 AS center_y_m, "
                          "0.0 AS center_z_m, 0.0 AS rotation_deg FROM c;")
        self.project_case("view-replaces-meta-info", "refuse", "unexpected view",
                          "DROP TABLE meta; CREATE VIEW meta AS " + recursive +
                          "SELECT 1 AS id, x AS next_id, 'p' AS program, 'v' AS program_version "
                          "FROM c;", command="info")
        self.project_case("trigger", "refuse", "unexpected trigger",
                          "CREATE TRIGGER t AFTER INSERT ON halls BEGIN SELECT 1; END;")
        self.project_case("extra-index", "refuse", "unexpected index",
                          "CREATE INDEX i ON racks(name);")
        self.project_case("extra-table", "refuse", "unexpected table",
                          "CREATE TABLE x (a INTEGER);")
        self.project_case("dropped-column", "refuse", "columns",
                          "ALTER TABLE racks DROP COLUMN rotation_deg;")
        self.project_case("deleted-settings-row", "refuse", "settings", "DELETE FROM settings;")
        self.project_case("deleted-site-row", "refuse", "site", "DELETE FROM site;")

        # Companion files.
        def wal_mode(d, f):
            sql(f, "PRAGMA journal_mode = WAL;")
        self.project_case("wal-mode-file", "accept", None, before_run=wal_mode)

        def stray_wal(d, f):
            with open(f + "-wal", "wb") as w:
                w.write(bytes(range(256)) * 64)
        self.project_case("stray-wal", "refuse", "-wal", before_run=stray_wal)

        def hot_journal(d, f):
            with open(f + "-journal", "wb") as j:
                j.write(JOURNAL_MAGIC + b"\0" * 504)
        self.project_case("hot-journal", "refuse", "rollback journal", before_run=hot_journal)

        def zeroed_journal(d, f):
            with open(f + "-journal", "wb") as j:
                j.write(b"\0" * 512)
        self.project_case("zeroed-journal", "accept", None, before_run=zeroed_journal)

        def stray_shm(d, f):
            with open(f + "-shm", "wb") as s:
                s.write(b"\xff" * 32768)
        self.project_case("stray-shm", "accept", None, before_run=stray_shm)

        # Not regular files.
        d = self.case_dir("fifo-project")
        os.mkfifo(os.path.join(d, "p.aifp"))
        self.check("fifo-project", d, ["validate", os.path.join(d, "p.aifp")], "refuse", "pipe",
                   max_seconds=5)
        d = self.case_dir("fifo-json")
        os.mkfifo(os.path.join(d, "design.json"))
        self.check("fifo-json", d, ["import", os.path.join(d, "design.json"),
                                    os.path.join(d, "out.aifp")], "refuse", "pipe", max_seconds=5)
        d = self.case_dir("dev-zero-json")
        self.check("dev-zero-json", d, ["import", "/dev/zero", os.path.join(d, "out.aifp")],
                   "refuse", "device", max_seconds=5)
        d = self.case_dir("directory-project")
        os.mkdir(os.path.join(d, "p.aifp"))
        self.check("directory-project", d, ["validate", os.path.join(d, "p.aifp")], "refuse",
                   "directory")

        # Values out of the domain.
        self.project_case("huge-tier", "refuse", "tier",
                          "UPDATE switches SET tier = 2147483647 WHERE id = "
                          "(SELECT min(id) FROM switches);", command="report")
        self.project_case("huge-fabric-tiers", "refuse", "fabric_tiers",
                          "UPDATE settings SET fabric_tiers = 2147483647;")
        self.project_case("huge-link-count", "refuse", "count",
                          "UPDATE network_links SET count = 2147483000;")
        # Schema 6 packs the bundles into one row of BLOBs: the same refusal from the pack (every
        # count 2147483000: zigzag 4294966000, the LEB128 varint f0 f5 ff ff 0f), and damaged
        # columns.
        current = self.current_base()
        links = sqlite3.connect(current).execute(
            "SELECT link_count FROM network_link_pack").fetchone()[0]
        self.project_case("huge-link-count-packed", "refuse", "count",
                          ("UPDATE network_link_pack SET counts = ?",
                           (bytes.fromhex("f0f5ffff0f") * links,)), base=current)
        self.project_case("truncated-link-pack", "refuse", "network_link_pack: to_ids: truncated",
                          "UPDATE network_link_pack SET to_ids = substr(to_ids, 1, 10);",
                          base=current)
        self.project_case("link-pack-huge-count", "refuse", "link_count",
                          "UPDATE network_link_pack SET link_count = 9000000000000000000;",
                          base=current)
        self.project_case("link-pack-bad-medium", "refuse", "is not a medium",
                          ("UPDATE network_link_pack SET media = ?", (bytes([7]) * links,)),
                          base=current)
        self.project_case("packed-base", "accept", None, command="check", base=current)
        self.project_case("inf-hall-width", "refuse", "width_m",
                          ("UPDATE halls SET width_m = ?", (float("inf"),)))
        self.project_case("negative-hall-depth", "refuse", "depth_m",
                          "UPDATE halls SET depth_m = -5;")
        self.project_case("zero-modules", "refuse", "module_count",
                          "UPDATE power_nodes SET module_count = 0, redundant_modules = 0;")
        self.project_case("dangling-hall", "refuse", "no hall with id",
                          "UPDATE racks SET hall_id = 999999 WHERE id = " + first_rack + ";")
        self.project_case("dangling-power-link", "refuse", "no power_node or rack",
                          "UPDATE power_links SET to_id = 999999 WHERE id = "
                          "(SELECT min(id) FROM power_links);")
        self.project_case("duplicate-id", "refuse", "also the id of",
                          "INSERT INTO power_nodes SELECT " + first_rack + ", 999, kind, name, "
                          "catalog_id, hall_id, position_x_m, position_y_m, position_z_m, "
                          "rating_kva, rating_kw, voltage_v, efficiency, module_count, "
                          "redundant_modules, current_rating_a, path, route_m FROM power_nodes "
                          "LIMIT 1;")
        self.project_case("unknown-catalog-id", "refuse", "unknown catalog id",
                          "UPDATE racks SET catalog_id = 'no-such-system';")
        self.project_case("power-link-cycle", "refuse", "loop",
                          "INSERT INTO power_links (id, seq, from_id, to_id, kind, "
                          "current_rating_a, route_m, length_m) SELECT (SELECT next_id FROM meta), "
                          "9999, to_id, from_id, kind, current_rating_a, route_m, length_m FROM "
                          "power_links WHERE to_id IN (SELECT id FROM power_nodes) LIMIT 1; "
                          "UPDATE meta SET next_id = next_id + 1;")
        self.project_case("bad-date", "refuse", "2026-02-31",
                          "UPDATE settings SET schedule_start = '2026-02-31';")
        self.project_case("escape-codes", "refuse", "\\x1b",
                          "UPDATE racks SET catalog_id = char(27) || '[2J' || char(27) || "
                          "'[H all good';")
        self.project_case("long-name", "refuse", "bytes long",
                          ("UPDATE site SET name = ?", ("n" * 1001,)))
        self.project_case("50mb-value", "refuse", "bytes long",
                          ("UPDATE site SET name = ?", ("x" * (50 << 20),)), max_seconds=10)
        self.project_case("invalid-utf8-name", "refuse", "UTF-8",
                          ("UPDATE site SET name = CAST(? AS TEXT)", (b"ab\xff\xfecd",)))
        self.project_case("user-system-without-ratings", "refuse", "ratings",
                          "INSERT INTO user_catalog VALUES ('my-sys', 0, '', 'v', 'm', 'system', "
                          "'assumption', '[]', '', 1);")

        # Bounded work: 4,004 racks on one spot validate quickly with a bounded report.
        def stack(d, f):
            con = sqlite3.connect(f, isolation_level=None)
            con.execute("BEGIN")
            row = con.execute("SELECT hall_id, catalog_id, center_x_m, center_y_m FROM racks "
                              "ORDER BY id LIMIT 1").fetchone()
            con.execute("DELETE FROM power_links WHERE to_id IN (SELECT id FROM racks)")
            con.execute("DELETE FROM pipes WHERE to_id IN (SELECT id FROM racks)")
            con.execute("DELETE FROM network_links WHERE from_id IN (SELECT id FROM racks)")
            con.execute("DELETE FROM racks")
            for i in range(4004):
                con.execute("INSERT INTO racks VALUES (?, ?, ?, NULL, ?, ?, ?, ?, 0, 0)",
                            (500000 + i, i, row[0], "S%d" % i, row[1], row[2], row[3]))
            con.execute("UPDATE meta SET next_id = 600000")
            con.execute("COMMIT")
            con.close()
        d, f = self.project("stacked-racks", before_run=stack)
        self.check("stacked-racks", d, ["validate", f], "accept", "geometry.overlap",
                   max_seconds=10)
        code, out, err, _ = self.run(["validate", f])
        if len(out) > 2 << 20:
            print("FAIL stacked-racks: validate wrote %d bytes" % len(out))
            self.failures.append("stacked-racks (output size)")

        # Export onto its own input.
        d, f = self.project("export-onto-itself")
        self.check("export-onto-itself", d, ["export", f, "--format", "json", "--out", f],
                   "refuse", "is the project being exported")

        # Stale temporary files of killed saves are removed by the next save (only those whose
        # process is gone).
        d = self.case_dir("stale-temporaries")
        target = os.path.join(d, "p.aifp")
        dead = 4194000
        while dead > 1000:
            try:
                os.kill(dead, 0)
                dead -= 1
            except ProcessLookupError:
                break
            except PermissionError:
                dead -= 1
        stale = os.path.join(d, "p.aifp.tmp-%d-0-abc-0" % dead)
        live = os.path.join(d, "p.aifp.tmp-%d-0-abc-0" % os.getpid())
        other = os.path.join(d, "p.aifp.tmp-notours")
        for path in (stale, live, other):
            with open(path, "wb") as t:
                t.write(b"x" * 1000)
        src = os.path.join(self.root, "stale-source.json")
        with open(src, "w", encoding="utf-8") as s:
            s.write(self.base_json or json.dumps(self.base_doc()))
        code, out, err, _ = self.run(["import", src, target])
        self.count += 1
        ok = code == 0 and not os.path.exists(stale) and os.path.exists(live) and \
            os.path.exists(other)
        print("%-4s %-34s exit %s" % ("ok" if ok else "FAIL", "stale-temporaries", code))
        if not ok:
            self.failures.append("stale-temporaries")

        # JSON designs.
        base = self.base_doc()
        self.json_case("json-base", "accept", None, doc=base)
        text = json.dumps(base)
        self.json_case("json-duplicate-key", "refuse", "duplicate key",
                       text.replace('"site": {', '"site": {"name": "a", ', 1))
        self.json_case("json-invalid-utf8", "refuse", "UTF-8",
                       text.encode("utf-8").replace(b'"site": {', b'"site": {"author": "a\xffb", ', 1))
        self.json_case("json-lone-surrogate", "refuse", "surrogate",
                       text.replace('"site": {', '"site": {"author": "a\\udc00b", ', 1))
        self.json_case("json-lone-high-surrogate", "refuse", "surrogate",
                       text.replace('"site": {', '"site": {"author": "a\\ud800b", ', 1))
        doc = json.loads(text)
        doc["settings"]["schedule_start"] = "2026-02-31"
        self.json_case("json-2026-02-31", "refuse", "2026-02-31", doc=doc)
        doc = json.loads(text)
        doc["user_catalog"] = [{"id": "my-sys", "vendor": "v", "model": "m",
                                "category": "system", "confidence": "assumption",
                                "sources": [], "notes": "", "user_defined": True, "ratings": {}}]
        self.json_case("json-user-system-without-ratings", "refuse", "ratings", doc=doc)
        doc = json.loads(text)
        doc["site"]["name"] = "\x1b[2J\x1b[H all good"
        self.json_case("json-escape-codes", "refuse", None,
                       json.dumps(doc).replace('"site": {', '"site": {"bogus\\u001b[2J": 1, ', 1))
        doc = json.loads(text)
        doc["site"]["name"] = "x" * (50 << 20)
        self.json_case("json-50mb-value", "refuse", "bytes long", doc=doc)
        self.json_case("json-id-above-2^53", "refuse", "2^53",
                       re.sub(r'"next_id": [0-9]+', '"next_id": 9007199254740993', text))
        doc = json.loads(text)
        doc["switches"][0]["tier"] = 2147483647
        self.json_case("json-huge-tier", "refuse", "tier", doc=doc)
        doc = json.loads(text)
        doc["network_links"][0]["count"] = 2147483000
        self.json_case("json-huge-link-count", "refuse", "count", doc=doc)
        doc = json.loads(text)
        if doc["power_links"]:
            links = doc["power_links"]
            back = next(l for l in links if any(n["id"] == l["to_id"] for n in doc["power_nodes"]))
            cyc = dict(back)
            cyc["id"] = doc["next_id"]
            doc["next_id"] += 1
            cyc["from_id"], cyc["to_id"] = back["to_id"], back["from_id"]
            links.append(cyc)
            self.json_case("json-power-link-cycle", "refuse", "loop", doc=doc)
        self.json_case("json-deep-nesting", "refuse", "nesting", "[" * 100000 + "]" * 100000)
        doc = json.loads(text)
        doc["settings"]["fabric_tiers"] = 2147483647
        self.json_case("json-huge-fabric-tiers", "refuse", "fabric_tiers", doc=doc)

        # The report of a project with a 1 MB site name (the PDF took 45 s): refused at once.
        self.project_case("1mb-site-name-report", "refuse", "bytes long",
                          ("UPDATE site SET name = ?", ("n" * (1 << 20),)), command="report",
                          max_seconds=10)

        self.variant_cases()

        # Other files the commands read: only regular files, never blocking, never unbounded.
        inference = ["estimate-inference", "--system", "gb200-nvl72", "--gpus", "72",
                     "--precision", "fp8", "--scenario", "offline"]
        d = self.case_dir("fifo-model-config")
        os.mkfifo(os.path.join(d, "config.json"))
        self.check("fifo-model-config", d,
                   inference + ["--model-config", os.path.join(d, "config.json")], "refuse",
                   "pipe", max_seconds=5)
        d = self.case_dir("dev-zero-model-config")
        self.check("dev-zero-model-config", d, inference + ["--model-config", "/dev/zero"],
                   "refuse", "device", max_seconds=5)
        d = self.case_dir("fifo-models-file")
        os.mkfifo(os.path.join(d, "models.json"))
        self.check("fifo-models-file", d,
                   inference + ["--model", "llama2-70b", "--models",
                                os.path.join(d, "models.json")], "refuse", "pipe", max_seconds=5)
        d = self.case_dir("fifo-climate-file")
        os.mkfifo(os.path.join(d, "climate.json"))
        self.check("fifo-climate-file", d,
                   ["climate", "list", "--file", os.path.join(d, "climate.json")], "refuse",
                   "pipe", max_seconds=5)

    # --- variants (schema 3) ----------------------------------------------------------------
    def variant_project(self, name, names=("a",)):
        """A copy of the base with variants added by aifp-cli itself (a schema-3 file)."""
        d = self.case_dir(name)
        f = os.path.join(d, "p.aifp")
        shutil.copyfile(self.base, f)
        for n in names:
            code, _, err, _ = self.run(["variant", "add", f, n])
            if code != 0:
                raise SystemExit("cannot add variant %s: %s" % (n, err.decode()))
        return d, f

    def image_of(self, f, name):
        con = sqlite3.connect(f)
        (image,) = con.execute("SELECT image FROM variants WHERE name = ?", (name,)).fetchone()
        con.close()
        return bytes(image)

    def variant_case(self, name, expect, reason, mutate, args=("validate", "FILE"), names=("a",)):
        """args: the command line, FILE standing for the crafted project."""
        d, f = self.variant_project(name, names)
        if mutate:
            mutate(d, f)
        self.check(name, d, [f if a == "FILE" else a for a in args], expect, reason)

    def variant_cases(self):
        def set_image(data):
            return lambda d, f: sql(f, ("UPDATE variants SET image = ? WHERE name = 'a'", (data,)))

        # Untouched variants are read; read-only commands leave the file as it is.
        self.variant_case("variant-estimate", "accept", None, None, ("estimate", "FILE", "--variant", "a"))
        self.variant_case("variant-list", "accept", "a", None, ("variant", "list", "FILE"))
        self.variant_case("variant-compare", "accept", None, None,
                          ("compare", "FILE", "--variants", "a", "--format", "json"))
        self.variant_case("variant-unknown-name", "refuse", "no variant 'nope' (the variants are: "
                          "base, a)", None, ("info", "FILE", "--variant", "nope"))
        # The rows: names, counts, sizes.
        self.variant_case("variant-name-comma", "refuse", "comma",
                          lambda d, f: sql(f, "UPDATE variants SET name = 'a,b'"))
        self.variant_case("variant-name-of-base", "refuse", "used twice",
                          lambda d, f: sql(f, "UPDATE variants SET name = 'base'"))
        self.variant_case("variant-name-escape", "refuse", "control characters",
                          lambda d, f: sql(f, "UPDATE variants SET name = 'a' || char(27) || '[2J'"))

        def many(d, f):
            con = sqlite3.connect(f, isolation_level=None)
            for i in range(40):
                con.execute("INSERT INTO variants SELECT 'copy%d', seq + %d, description, "
                            "created_from, created_at, image FROM variants WHERE name = 'a'"
                            % (i, i + 1))
            con.close()
        self.variant_case("variant-too-many", "refuse", "more than", many)
        # The images: garbage, truncated, not ours, newer, nested, damaged inside.
        self.variant_case("variant-image-garbage", "refuse",
                          "variant 'a': not an AI Factory Planner project",
                          set_image(bytes((i * 37 + 11) % 256 for i in range(8192))))
        self.variant_case("variant-image-empty", "refuse", "variant 'a': file is empty",
                          set_image(b""))

        def truncated(d, f):
            image = self.image_of(f, "a")
            set_image(image[: len(image) // 2])(d, f)
        self.variant_case("variant-image-truncated", "refuse", "truncated", truncated)

        def other_app(d, f):
            image = bytearray(self.image_of(f, "a"))
            image[68:72] = b"\0\0\0\0"
            set_image(bytes(image))(d, f)
        self.variant_case("variant-image-not-ours", "refuse", "application_id 0x00000000",
                          other_app)

        def newer(d, f):
            image = bytearray(self.image_of(f, "a"))
            image[60:64] = (99).to_bytes(4, "big")
            set_image(bytes(image))(d, f)
        self.variant_case("variant-image-newer-schema", "refuse", "newer version", newer)

        def nested(d, f):
            with open(f, "rb") as src:  # this file holds variant 'a': a variant with variants
                set_image(src.read())(d, f)
        self.variant_case("variant-image-nested", "refuse", "holds variants of its own", nested,
                          ("validate", "FILE", "--variant", "a"))

        def older(d, f):
            with open(self.base, "rb") as src:  # an older schema is migrated like a file
                set_image(src.read())(d, f)
        self.variant_case("variant-image-older-schema", "accept", None, older,
                          ("validate", "FILE", "--variant", "a"))

        def damaged(d, f):
            image = bytearray(self.image_of(f, "a"))
            for i in range(len(image) // 2, len(image) // 2 + 4096):
                image[i] ^= 0x5A
            set_image(bytes(image))(d, f)
        self.variant_case("variant-image-damaged-page", "refuse", "variant 'a'", damaged,
                          ("info", "FILE", "--variant", "a"))

    def report(self):
        print("%d cases, %d failed" % (self.count, len(self.failures)))
        if self.failures:
            print("failed: " + ", ".join(self.failures))
        return 1 if self.failures else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--keep", help="write the corpus here and keep it")
    ap.add_argument("--time-scale", type=float, default=1.0,
                    help="multiply every time limit (sanitizer builds run ~10x slower)")
    a = ap.parse_args()
    global TIMEOUT_S, SCALE
    SCALE = a.time_scale
    TIMEOUT_S *= SCALE
    root = a.keep or tempfile.mkdtemp(prefix="aifp-hostile-")
    if a.keep:
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root)
    corpus = Corpus(os.path.abspath(a.cli), os.path.abspath(a.base), root)
    try:
        corpus.all_cases()
    finally:
        rc = corpus.report()
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)
    sys.exit(rc)


if __name__ == "__main__":
    main()
