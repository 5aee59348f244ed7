#!/usr/bin/env python3
"""Monthly statistics computed by us from hourly or daily records ('derived' in build_climate.py).

Reads one of
- an EnergyPlus weather file (.epw) or an NREL TMY3 file (.tmy3, the TMY3 user's manual format: a
  station line, a column header line, then 8,760 hourly rows): an hourly typical year;
- a folder of BMKG daily climate reports ('laporan iklim harian' .xlsx from dataonline.bmkg.go.id:
  a station header with 'ID WMO', then one row a day with TN, TX, TAVG, RH_AVG, ...): daily
  observations of one station over several years,

and prints, for each month:
- mean dry-bulb (C): the mean of the hourly dry-bulbs, or of the daily means (TAVG);
- mean relative humidity (%): the mean of the hourly values, or of the daily means (RH_AVG);
- mean daily dry-bulb range (K): the mean over the month's days of the day's maximum minus
  minimum (of the 24 hourly dry-bulbs, or TX - TN);
rounded half-up from the exact decimal mean to 0.1 K and 1 % (the rounding of an EnergyPlus
statistics file's 'Daily Avg' rows; binary floating point would round 17.95 down). Days with a
missing value ('-' in a BMKG report) are left out of that figure's mean and counted.
Method and checks: docs/reference/climate-sources.md, "Monthly statistics computed from hourly
files". Run: python3 resources/climate_monthly.py FILE.epw|FILE.tmy3|BMKG_FOLDER
"""
import csv
import os
import sys
import xml.etree.ElementTree as ET
import zipfile
from decimal import ROUND_HALF_UP, Decimal

EPW_MISSING_DB = Decimal("99.9")
EPW_MISSING_RH = Decimal("999")


def read_epw(path):
    """(station line, [(month, day, dry-bulb, rh)]) from an EnergyPlus weather file."""
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        rows = list(csv.reader(f))
    station = ",".join(rows[0])
    records = []
    for row in rows[8:]:
        if not row:
            continue
        db, rh = Decimal(row[6]), Decimal(row[8])
        if db == EPW_MISSING_DB or rh == EPW_MISSING_RH:
            sys.exit(f"{path}: record {row[:4]}: dry-bulb or relative humidity missing")
        records.append((int(row[1]), int(row[2]), db, rh))
    return station, records


def read_tmy3(path):
    """(station line, [(month, day, dry-bulb, rh)]) from an NREL TMY3 file."""
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        rows = list(csv.reader(f))
    station = ",".join(rows[0])
    header = rows[1]
    i_date, i_db, i_rh = header.index("Date (MM/DD/YYYY)"), header.index("Dry-bulb (C)"), \
        header.index("RHum (%)")
    records = []
    for row in rows[2:]:
        if not row:
            continue
        month, day, _ = row[i_date].split("/")
        # TMY3 marks a missing value -9900 (user's manual, NREL/TP-581-43156, section 1.3).
        db, rh = Decimal(row[i_db]), Decimal(row[i_rh])
        if db <= -9900 or rh <= -9900:
            sys.exit(f"{path}: record {row[i_date]} {row[1]}: dry-bulb or relative humidity missing")
        records.append((int(month), int(day), db, rh))
    return station, records


XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_rows(path):
    """Rows (lists of cell texts) of the first worksheet of an .xlsx file (standard library only)."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(XLSX + "si"):
                shared.append("".join(t.text or "" for t in si.iter(XLSX + "t")))
        sheet = sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))[0]
        for row in ET.fromstring(z.read(sheet)).iter(XLSX + "row"):
            cells = []
            for c in row.iter(XLSX + "c"):
                v = c.find(XLSX + "v")
                if c.get("t") == "s" and v is not None:
                    cells.append(shared[int(v.text)])
                elif c.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in c.iter(XLSX + "t")))
                else:
                    cells.append(v.text if v is not None else "")
            yield cells


def read_bmkg(folder):
    """(station line, {date: (tn, tx, tavg, rh)}) from a folder of BMKG daily reports of one station."""
    days, station = {}, None
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xlsx"):
            continue
        path = os.path.join(folder, name)
        rows = list(xlsx_rows(path))
        head = [" ".join(c.strip() for c in r if c.strip()) for r in rows[:6]]
        wmo = next((h for h in head if "ID WMO" in h), None)
        if wmo is None:
            sys.exit(f"{path}: no 'ID WMO' line in the report header")
        this = " | ".join(h for h in head if h and not h.startswith("TANGGAL"))
        if station is None:
            station = this
        elif this != station:
            sys.exit(f"{path}: station header '{this}' differs from '{station}'")
        start = next(i for i, r in enumerate(rows) if r and r[0] == "TANGGAL")
        cols = rows[start]
        for r in rows[start + 1:]:
            if not r or r[0].count("-") != 2:
                continue
            rec = dict(zip(cols, r))
            value = tuple(None if rec[k].strip() in ("", "-") else Decimal(rec[k])
                          for k in ("TN", "TX", "TAVG", "RH_AVG"))
            if r[0] in days and days[r[0]] != value:
                sys.exit(f"{path}: day {r[0]} differs from the same day in another report")
            days[r[0]] = value
    return station, days


def monthly_daily(days):
    out = []
    for m in range(1, 13):
        month = [v for d, v in days.items() if int(d[3:5]) == m]
        t = [v[2] for v in month if v[2] is not None]
        h = [v[3] for v in month if v[3] is not None]
        rng = [v[1] - v[0] for v in month if v[0] is not None and v[1] is not None]
        out.append((half_up(sum(t) / len(t), "0.1"), half_up(sum(h) / len(h), "1"),
                    half_up(sum(rng) / len(rng), "0.1"), len(month), len(t), len(h), len(rng)))
    return out


def half_up(value, places):
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def monthly(records):
    out = []
    for m in range(1, 13):
        hours = [r for r in records if r[0] == m]
        days = {}
        for _, d, db, _ in hours:
            days.setdefault(d, []).append(db)
        mean_db = sum(h[2] for h in hours) / len(hours)
        mean_rh = sum(h[3] for h in hours) / len(hours)
        mean_rng = sum(max(v) - min(v) for v in days.values()) / len(days)
        out.append((half_up(mean_db, "0.1"), half_up(mean_rh, "1"), half_up(mean_rng, "0.1")))
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: climate_monthly.py FILE.epw|FILE.tmy3|BMKG_FOLDER")
    path = sys.argv[1]
    if os.path.isdir(path):
        station, days = read_bmkg(path)
        stats = monthly_daily(days)
        years = sorted({d[-4:] for d in days})
        print(station)
        print(f"{len(days)} days, {years[0]}-{years[-1]}")
        print("dry-bulb mean (C):   ", ", ".join(str(s[0]) for s in stats))
        print("relative humidity (%):", ", ".join(str(s[1]) for s in stats))
        print("daily range (K):     ", ", ".join(str(s[2]) for s in stats))
        print("days (all / TAVG / RH_AVG / TX-TN):",
              ", ".join(f"{s[3]}/{s[4]}/{s[5]}/{s[6]}" for s in stats))
        return
    station, records = read_epw(path) if path.lower().endswith(".epw") else read_tmy3(path)
    if len(records) != 8760:
        sys.exit(f"{path}: {len(records)} hourly records, expected 8760")
    stats = monthly(records)
    print(station)
    print("dry-bulb mean (C):   ", ", ".join(str(s[0]) for s in stats))
    print("relative humidity (%):", ", ".join(str(s[1]) for s in stats))
    print("daily range (K):     ", ", ".join(str(s[2]) for s in stats))
    annual = sum(r[2] for r in records) / len(records)
    print("annual mean dry-bulb (C):", half_up(annual, "0.1"))


if __name__ == "__main__":
    main()
