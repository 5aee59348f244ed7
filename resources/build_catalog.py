#!/usr/bin/env python3
"""Builds resources/catalog.json (the catalog shipped with AI Factory Planner) from the sourced
reference catalog (docs/reference/catalog.json by default).

Every reference entry is copied with its ratings, sources and confidence. Entries the planner
uses by a short id (systems, switches) are renamed, and planning ratings the engines need
(rack power in kW, GPUs per rack, footprint, liquid fraction, ...) are added. A planning rating
that is not a reference figure carries its own confidence ("assumption" or "unverified") and the
reasoning as its source, so the program can show it as an assumption.

Run: python3 resources/build_catalog.py [REFERENCE_CATALOG] > resources/catalog.json
"""
import json
import sys
from pathlib import Path

REF_DEFAULT = Path(__file__).resolve().parent.parent / "docs/reference/catalog.json"

# reference id -> (short id, category used by the planner)
RENAME = {
    "sys-nvidia-dgx-h100": ("dgx-h100", "system"),
    "sys-nvidia-dgx-h200": ("dgx-h200", "system"),
    "sys-nvidia-dgx-b200": ("dgx-b200", "system"),
    "sys-nvidia-dgx-b300": ("dgx-b300", "system"),
    "rack-nvidia-gb200-nvl72": ("gb200-nvl72", "system"),
    "rack-nvidia-gb300-nvl72": ("gb300-nvl72", "system"),
    "rack-nvidia-vera-rubin-nvl144": ("vr-nvl72", "system"),
    "sw-nvidia-qm9700": ("qm9700", "switch"),
    "sw-nvidia-q3400-ra": ("q3400", "switch"),
    "sw-nvidia-sn5600": ("sn5600", "switch"),
    "gpu-nvidia-h100-sxm": ("h100-sxm", "gpu"),
    "gpu-nvidia-h200-sxm": ("h200-sxm", "gpu"),
    "gpu-nvidia-b200-hgx": ("b200-hgx", "gpu"),
    "gpu-nvidia-b200-gb200": ("b200-gb200", "gpu"),
    "gpu-nvidia-b300-gb300": ("b300-gb300", "gpu"),
    "gpu-nvidia-rubin": ("rubin", "gpu"),
}

RD = "docs/reference/reference-data.md"


def r(value, unit, confidence, source, note=""):
    """A planning rating with its own confidence and source."""
    out = {"unit": unit, "confidence": confidence, "sources": [source]}
    if isinstance(value, str):
        out["text"] = value
    else:
        out["value"] = value
    if note:
        out["note"] = note
    return out


RACK_600x1200 = "assumption: standard 600 mm x 1200 mm rack footprint for GPU racks"
SERVICE = "assumption: 1.2 m front and rear service clearance (typical hot/cold aisle width)"

# Planning ratings added to entries (by short id).
PLANNING = {
    "dgx-h100": {
        "gpus_per_system": r(8, "count", "secondary", RD + " 1.2"),
        "systems_per_rack": r(4, "count", "secondary", RD + " 1.2 (DGX H100 rack, NVIDIA recommendation)"),
        "gpus_per_rack": r(32, "count", "secondary", RD + " 1.2 (4 systems x 8 GPUs)"),
        "rack_power_kw": r(40.8, "kW", "secondary", RD + " 1.2 (40.8 kW/rack, SuperPOD DC design guide)"),
        "typical_power_fraction": r(0.73, "-", "assumption", "derived: DGX B200 measured 10.40 kW of 14.3 kW max under MLPerf load (" + RD + " 1.2), applied to all air-cooled systems"),
        "liquid_fraction": r(0.0, "-", "secondary", "air-cooled system (" + RD + " 1.2)"),
        "rack_weight_kg": r(692.8, "kg", "assumption", "4 x 123.2 kg (secondary) + 200 kg rack, PDUs and cabling (assumption)"),
        "scale_up_gpus": r(8, "count", "secondary", "NVLink4 domain of one 8-GPU system (" + RD + " 1.1)"),
        "gpu": r("h100-sxm", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "official", RD + " 4.1 (8 x CX-7 400G per system)"),
        "nic_speed_gbps": r(400, "Gb/s", "official", RD + " 4.1"),
    },
    "dgx-h200": {
        "gpus_per_system": r(8, "count", "secondary", RD + " 1.2"),
        "systems_per_rack": r(4, "count", "assumption", "as DGX H100 (same 10.2 kW system power)"),
        "gpus_per_rack": r(32, "count", "assumption", "4 systems x 8 GPUs"),
        "rack_power_kw": r(40.8, "kW", "assumption", "4 x 10.2 kW (" + RD + " 1.2)"),
        "typical_power_fraction": r(0.73, "-", "assumption", "derived from DGX B200 measured/max power (" + RD + " 1.2)"),
        "liquid_fraction": r(0.0, "-", "secondary", "air-cooled system (" + RD + " 1.2)"),
        "rack_weight_kg": r(692.8, "kg", "assumption", "as DGX H100 (4 x 123.2 kg + 200 kg)"),
        "scale_up_gpus": r(8, "count", "secondary", "NVLink4 domain of one 8-GPU system"),
        "gpu": r("h200-sxm", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "assumption", "as DGX H100"),
        "nic_speed_gbps": r(400, "Gb/s", "assumption", "as DGX H100"),
    },
    "dgx-b200": {
        "gpus_per_system": r(8, "count", "official", RD + " 1.2"),
        "systems_per_rack": r(2, "count", "assumption", "2 x 14.3 kW = 28.6 kW keeps an air-cooled rack within the ~30 kW practical air limit (" + RD + " 2.2)"),
        "gpus_per_rack": r(16, "count", "assumption", "2 systems x 8 GPUs"),
        "rack_power_kw": r(28.6, "kW", "official", "2 x 14.3 kW max (docs.nvidia.com DGX B200 user guide)"),
        "typical_power_fraction": r(0.73, "-", "secondary", "10.40 kW measured (MLPerf v5.1 5.1-0061) / 14.3 kW max"),
        "liquid_fraction": r(0.0, "-", "official", "air-cooled (MLPerf system JSON)"),
        "rack_weight_kg": r(484.8, "kg", "assumption", "2 x 142.4 kg (official) + 200 kg rack, PDUs and cabling"),
        "scale_up_gpus": r(8, "count", "official", "NVLink5 domain of one 8-GPU system"),
        "gpu": r("b200-hgx", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "official", RD + " 4.1"),
        "nic_speed_gbps": r(400, "Gb/s", "official", RD + " 4.1"),
    },
    "gb200-nvl72": {
        "gpus_per_system": r(72, "count", "official", RD + " 1.2"),
        "systems_per_rack": r(1, "count", "official", "rack-scale system"),
        "gpus_per_rack": r(72, "count", "official", RD + " 1.2"),
        "rack_power_kw": r(120, "kW", "secondary", "120 kW at 1,400 A, NVIDIA OCP contribution (" + RD + " 1.2)"),
        "typical_power_fraction": r(0.8, "-", "assumption", "no measured NVL72 rack power found; 0.8 of max assumed"),
        "liquid_fraction": r(0.85, "-", "unverified", "85-90 % is common but unsourced (" + RD + " 7)"),
        "rack_weight_kg": r(1360, "kg", "secondary", RD + " 1.2"),
        "scale_up_gpus": r(72, "count", "official", "NVLink5 domain of 72 GPUs"),
        "max_supply_water_c": r(40, "C", "unverified", "official TCS supply temperature not found (" + RD + " 1.2); ASHRAE W40 class assumed"),
        "coolant_flow_lpm_per_kw": r(1.5, "L/min/kW", "secondary", "OCP OAI guideline 1.5 L/min per kW at dT <= 10 K (" + RD + " 1.2)"),
        "gpu": r("b200-gb200", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "official", RD + " 4.1 (CX-7 400G per GPU)"),
        "nic_speed_gbps": r(400, "Gb/s", "official", RD + " 4.1"),
    },
    "gb300-nvl72": {
        "gpus_per_system": r(72, "count", "secondary", RD + " 1.2"),
        "systems_per_rack": r(1, "count", "secondary", "rack-scale system"),
        "gpus_per_rack": r(72, "count", "secondary", RD + " 1.2"),
        "rack_power_kw": r(135, "kW", "secondary", "120-142 kW quoted; ~136 kW Microsoft, 132-140 kW Supermicro (" + RD + " 1.2)"),
        "typical_power_fraction": r(0.8, "-", "assumption", "no measured NVL72 rack power found; 0.8 of max assumed"),
        "liquid_fraction": r(0.85, "-", "unverified", "as GB200 NVL72: 85-90 % is common but unsourced (" + RD + " 7)"),
        "rack_weight_kg": r(1360, "kg", "secondary", RD + " 1.2"),
        "scale_up_gpus": r(72, "count", "secondary", "NVLink5 domain of 72 GPUs"),
        "max_supply_water_c": r(40, "C", "unverified", "no official figure found; ASHRAE W40 class assumed"),
        "coolant_flow_lpm_per_kw": r(1.5, "L/min/kW", "secondary", "OCP OAI guideline (" + RD + " 1.2)"),
        "gpu": r("b300-gb300", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "secondary", RD + " 4.1 (CX-8 800G per GPU)"),
        "nic_speed_gbps": r(800, "Gb/s", "secondary", RD + " 4.1"),
    },
    "dgx-b300": {
        "gpus_per_system": r(8, "count", "official", RD + " 1.2 (DGX B300, 8 GPUs)"),
        "systems_per_rack": r(2, "count", "assumption", "the B300-XDR RA puts 4 systems in a ~56 kW rack; 2 per rack (28 kW) keeps an air-cooled rack within the ~30 kW practical air limit (" + RD + " 2.2), as DGX B200"),
        "gpus_per_rack": r(16, "count", "assumption", "2 systems x 8 GPUs"),
        "rack_power_kw": r(28, "kW", "official", "56 kW per rack of 4 DGX B300 (NVIDIA B300-XDR RA, catalog pdu-dgx-b300-rack) = 14 kW per system; x 2 systems"),
        "typical_power_fraction": r(0.73, "-", "assumption", "as DGX B200: 10.40 kW measured of 14.3 kW max under MLPerf load (" + RD + " 1.2)"),
        "liquid_fraction": r(0.0, "-", "assumption", "PSU (air-cooled) version of the RA; the MGX busbar version is not modelled"),
        "rack_weight_kg": r(500, "kg", "assumption", "2 x ~150 kg (as DGX B200) + 200 kg rack, PDUs and cabling"),
        "scale_up_gpus": r(8, "count", "official", "NVLink5 domain of one 8-GPU system"),
        "gpu": r("b300-gb300", "-", "secondary", RD + " 1.1 (B300 HGX: 1.1 kW, 14 PF FP4 dense; the GB300 figures of the shared entry are ~7 % higher)"),
        "nics_per_gpu": r(1, "count", "official", RD + " 1.2 (CX-8)"),
        "nic_speed_gbps": r(800, "Gb/s", "secondary", RD + " 4.1 (CX-8 800G)"),
    },
    "vr-nvl72": {
        "gpus_per_system": r(72, "count", "secondary", "72 Rubin packages (144 dies) counted as 72 GPUs (" + RD + " 1.2)"),
        "systems_per_rack": r(1, "count", "secondary", "rack-scale system"),
        "gpus_per_rack": r(72, "count", "secondary", "72 GPU packages"),
        "rack_power_kw": r(190, "kW", "unverified", "~190 kW (techstories); 190-230 kW Max Q/Max P (" + RD + " 1.2)"),
        "typical_power_fraction": r(0.8, "-", "assumption", "0.8 of max assumed"),
        "liquid_fraction": r(1.0, "-", "secondary", "100 % liquid (" + RD + " 1.2)"),
        "rack_weight_kg": r(1800, "kg", "assumption", "no figure found; NVL72 weight 1.36 t plus heavier power shelves assumed"),
        "scale_up_gpus": r(72, "count", "secondary", "NVLink6 domain of 72 packages"),
        "max_supply_water_c": r(45, "C", "secondary", "~45 C warm water (theaipov.news, " + RD + " 1.2)"),
        "coolant_flow_lpm_per_kw": r(1.5, "L/min/kW", "secondary", "OCP OAI guideline (" + RD + " 1.2)"),
        "gpu": r("rubin", "-", "secondary", RD + " 1.1"),
        "nics_per_gpu": r(1, "count", "assumption", "one CX-9 1.6T per GPU package assumed"),
        "nic_speed_gbps": r(1600, "Gb/s", "assumption", "CX-9 1.6 Tb/s assumed from 28.8 TB/s per rack / 144"),
    },
    "qm9700": {
        "port_count": r(64, "count", "secondary", RD + " 4.1"),
        "port_speed_gbps": r(400, "Gb/s", "secondary", RD + " 4.1"),
        "power_kw": r(1.7, "kW", "assumption", "no sourced figure; typical 1U 51.2 Tb/s switch with optics"),
    },
    "q3400": {
        "port_count": r(144, "count", "secondary", RD + " 4.1"),
        "port_speed_gbps": r(800, "Gb/s", "secondary", RD + " 4.1"),
        "power_kw": r(3.5, "kW", "assumption", "no sourced figure; 115.2 Tb/s liquid-cooled switch"),
    },
    "sn5600": {
        "port_count": r(64, "count", "secondary", RD + " 4.1"),
        "port_speed_gbps": r(800, "Gb/s", "secondary", RD + " 4.1"),
        "power_kw": r(2.0, "kW", "assumption", "no sourced figure; 2U 51.2 Tb/s switch"),
    },
}

# Footprint and service area for every system entry.
# Lenovo Neptune systems: the NVIDIA platform's ratings with Lenovo's full liquid capture and
# warm-water inlet (catalog dlc-lenovo-neptune: 98-100 % heat capture, up to 45 C inlet,
# secondary).
NEPTUNE = "dlc-lenovo-neptune (Lenovo Neptune: 98-100 % heat capture, inlet up to 45 C; " + RD + " 6.4)"
# Lenovo's own GB300 NVL72 product guide (Lenovo Press LP2357) is quoted by a third party as
# "approximately 90 % liquid / 10 % air"; the guide itself was not retrieved
# (docs/reference/lenovo-sources.md), so the figure is unverified.
LP2357 = ("Lenovo Press LP2357 'Lenovo NVIDIA GB300 NVL72 Rack-scale AI', Cooling: approximately "
          "90 % liquid / 10 % air, as quoted by a third party; guide not retrieved "
          "(docs/reference/lenovo-sources.md)")
PLANNING["lenovo-gb300-nvl72"] = dict(PLANNING["gb300-nvl72"])
PLANNING["lenovo-gb300-nvl72"].update({
    "liquid_fraction": r(0.90, "-", "unverified", LP2357),
    "max_supply_water_c": r(45, "C", "secondary", NEPTUNE),
})
PLANNING["lenovo-sr780a-v3-b200"] = {
    "gpus_per_system": r(8, "count", "secondary", "HGX B200 8-GPU board (" + RD + " 1.2, MLPerf v5.1 Lenovo SR780a V3)"),
    "systems_per_rack": r(4, "count", "assumption", "4 x 5U liquid-cooled servers per rack with their manifolds and switches"),
    "gpus_per_rack": r(32, "count", "assumption", "4 systems x 8 GPUs"),
    "rack_power_kw": r(57.2, "kW", "assumption", "4 x 14.3 kW, the DGX B200 maximum (" + RD + " 1.2); Lenovo's own rating not retrieved"),
    "typical_power_fraction": r(0.73, "-", "secondary", "10.40 kW measured on Lenovo SR680a/SR780a V3 under MLPerf v5.1 (5.1-0061/0062) / 14.3 kW max (" + RD + " 1.2)"),
    "liquid_fraction": r(0.98, "-", "claim", "Lenovo Neptune programme claim, not an SR780a V3 rating; the SR780a V3 product guide was not retrieved (docs/reference/lenovo-sources.md); " + NEPTUNE),
    "rack_weight_kg": r(900, "kg", "assumption", "4 x ~150 kg + 300 kg rack, manifolds, water and cabling"),
    "scale_up_gpus": r(8, "count", "official", "NVLink5 domain of one 8-GPU board"),
    "max_supply_water_c": r(45, "C", "secondary", NEPTUNE),
    "coolant_flow_lpm_per_kw": r(1.5, "L/min/kW", "secondary", "OCP OAI guideline (" + RD + " 1.2)"),
    "gpu": r("b200-hgx", "-", "secondary", RD + " 1.1"),
    "nics_per_gpu": r(1, "count", "official", RD + " 4.1 (8 x CX-7 400G per HGX system)"),
    "nic_speed_gbps": r(400, "Gb/s", "official", RD + " 4.1"),
}

for sid in ("dgx-h100", "dgx-h200", "dgx-b200", "dgx-b300", "gb200-nvl72", "gb300-nvl72",
            "vr-nvl72", "lenovo-gb300-nvl72", "lenovo-sr780a-v3-b200"):
    PLANNING[sid]["footprint_width_m"] = r(0.6, "m", "assumption", RACK_600x1200)
    PLANNING[sid]["footprint_depth_m"] = r(1.2, "m", "assumption", RACK_600x1200)
    PLANNING[sid]["service_clearance_m"] = r(1.2, "m", "assumption", SERVICE)

# Entries the reference catalog lacks but the planner needs; all assumptions, flagged as such.
EXTRA = [
    {
        "id": "lenovo-gb300-nvl72", "vendor": "Lenovo", "model": "GB300 NVL72 rack with Neptune liquid cooling",
        "category": "system", "confidence": "secondary",
        "sources": ["https://lenovopress.lenovo.com/lp2357-lenovo-nvidia-gb300-nvl72-rack-scale-ai (cooling split as quoted by a third party; not retrieved)",
                    "https://itdigest.com/cloud-computing-mobility/lenovo-and-nvidia-launch-gigawatt-scale-ai-factory-program-to-accelerate-enterprise-ai-adoption",
                    "https://sustainabilitymag.com/news/can-warm-water-cooling-cut-ai-data-centre-energy-use"],
        "notes": "Lenovo's build of NVIDIA GB300 NVL72 for the AI Cloud Gigafactory programme (CES 2026, reference-data.md 6.4): NVIDIA's GB300 NVL72 ratings except the liquid fraction, taken from Lenovo's product guide LP2357 as quoted (unverified). Lenovo's own power and water ratings were not retrieved (docs/reference/lenovo-sources.md).",
        "ratings": {},
    },
    {
        "id": "lenovo-sr780a-v3-b200", "vendor": "Lenovo", "model": "ThinkSystem SR780a V3 (8 x B200, Neptune liquid-cooled)",
        "category": "system", "confidence": "secondary",
        "sources": ["https://github.com/mlcommons/inference_results_v5.1 (Lenovo SR780a V3 systems, 5.1-0062)",
                    "https://lenovopress.lenovo.com/lp2226-thinksystem-nvidia-b200-180gb-1000w-gpu (Lenovo's B200 GPU guide naming the SR780a V3; not retrieved)",
                    "https://sustainabilitymag.com/news/can-warm-water-cooling-cut-ai-data-centre-energy-use"],
        "notes": "5U HGX B200 server with Lenovo Neptune direct water cooling; power per system taken as the DGX B200 maximum (assumption). Lenovo's SR780a V3 product guide was searched for and not found in the stored sources (docs/reference/lenovo-sources.md); its power supply, water temperature and flow ratings stay unsourced.",
        "ratings": {},
    },
    {
        "id": "oob-1g-48", "vendor": "generic", "model": "Out-of-band management switch, 48 x 1 GbE",
        "category": "switch", "confidence": "assumption",
        "sources": ["assumption: no OOB switch model in the reference pack (reference-data.md 4.2: OOB switch models UNVERIFIED)"],
        "ratings": {
            "port_count": r(48, "count", "assumption", "48 x 1 GbE + 4 uplinks, typical managed switch"),
            "port_speed_gbps": r(1, "Gb/s", "secondary", RD + " 4.2 (1 GbE OOB fabric)"),
            "power_kw": r(0.1, "kW", "assumption", "48-port 1 GbE managed switches draw 60-150 W"),
        },
    },
    {
        "id": "drycooler-generic", "vendor": "generic", "model": "Adiabatic dry cooler, 1.5 MW class",
        "category": "dry_cooler", "confidence": "assumption",
        "sources": ["assumption: no dry-cooler datasheet in the reference pack"],
        "ratings": {
            "capacity_kw": r(1500, "kW", "assumption", "typical module size assumed"),
            "power_per_kw_heat": r(0.03, "kW/kW", "assumption", "fan power ~3 % of heat rejected, assumed"),
            "max_approach_k": r(8, "K", "assumption", "supply water at least 8 K above dry-bulb ambient, assumed"),
        },
    },
    {
        "id": "ahu-generic", "vendor": "generic", "model": "Fan wall / CRAH, 500 kW class",
        "category": "air_handler", "confidence": "assumption",
        "sources": ["assumption: no air-handler datasheet in the reference pack"],
        "ratings": {
            "capacity_kw": r(500, "kW", "assumption", "typical unit size assumed"),
            "power_per_kw_heat": r(0.05, "kW/kW", "assumption", "fan power ~5 % of heat removed, assumed"),
        },
    },
    {
        # Present in resources/catalog.json since the cooling-plant work but missing here; kept
        # so the script rebuilds the shipped catalog unchanged.
        "id": "rdhx-generic", "vendor": "generic", "model": "Rear-door heat exchanger, active, 55 kW class",
        "category": "air_handler", "confidence": "secondary",
        "sources": ["https://www.coolnetpower.com/blog/how-much-heat-can-a-rear-door-heat-exchanger-remove/"],
        "notes": "active (fan-assisted) rear-door heat exchanger, one per air-cooled rack",
        "ratings": {
            "capacity_kw": r(55, "kW", "secondary", "HPE Motivair liquid-cooled door QuickSpecs capacity bands 14-35, 35-55 and 55-75 kW per rack, as quoted by coolnetpower.com (RDHx capacity FAQ); 55 kW taken"),
            "power_per_kw_heat": r(0.02, "kW/kW", "secondary", "active doors draw 0.5-2 kW per door (yobitel.com knowledge base, rear-door heat exchanger); ~1 kW per 55 kW door"),
            "min_supply_water_c": r(18, "C", "secondary", "IBM rear door heat exchanger water requirements: 18 +/- 1 C within ASHRAE class 1 (dew point <= 17 C); water kept above the room dew point"),
        },
    },
    {
        "id": "lv-switchboard-generic", "vendor": "generic", "model": "LV switchboard 4,000 A at 415 V",
        "category": "switchboard", "confidence": "assumption",
        "sources": ["assumption: typical 4,000 A main-breaker switchboard"],
        "ratings": {
            "rating_kva": r(2875, "kVA", "assumption", "sqrt(3) x 415 V x 4,000 A"),
            "current_rating_a": r(4000, "A", "assumption", "typical main breaker"),
            "voltage": r(415, "V", "secondary", RD + " 3.1 (400/415 V IEC)"),
        },
    },
    {
        "id": "mv-switchgear-generic", "vendor": "generic", "model": "MV switchgear lineup 33 kV",
        "category": "switchgear", "confidence": "assumption",
        "sources": ["assumption: typical 33 kV lineup, 2,500 A bus"],
        "ratings": {
            "rating_kva": r(140000, "kVA", "assumption", "sqrt(3) x 33 kV x 2,500 A ~ 143 MVA"),
            "voltage": r(33000, "V", "secondary", RD + " 3.1 (11/33 kV outside the US)"),
        },
    },
]


# Entries shown under their vendor's current name, with the ids they had before (accepted as
# aliases by Catalog::find). NVIDIA presented Vera Rubin at CES 2026 as "Vera Rubin NVL72" (72
# GPU packages); it was announced in 2025 as NVL144 (counting 144 dies).
RENAMED_MODEL = {
    "vr-nvl72": ("Vera Rubin NVL72 (72 Rubin packages, 144 dies; announced as NVL144)", ["vr-nvl144"]),
}


def convert_rating(rating):
    out = {"unit": rating.get("unit", "")}
    v = rating.get("value")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out["value"] = v
    elif v is not None:
        out["text"] = str(v)
    if rating.get("note"):
        out["note"] = rating["note"]
    return out


def main():
    ref_path = Path(sys.argv[1]) if len(sys.argv) > 1 else REF_DEFAULT
    ref = json.loads(ref_path.read_text())
    items = []
    for it in ref["items"]:
        sid, cat = RENAME.get(it["id"], (it["id"], it["category"]))
        entry = {
            "id": sid,
            "reference_id": it["id"],
            "vendor": it.get("vendor", ""),
            "model": it.get("model", ""),
            "category": cat,
            "confidence": it.get("confidence", "unverified"),
            "sources": it.get("source", []),
            "notes": it.get("notes", ""),
            "ratings": {k: convert_rating(v) for k, v in it.get("ratings", {}).items()},
        }
        entry["ratings"].update(PLANNING.get(sid, {}))
        if sid in RENAMED_MODEL:
            entry["model"], entry["aliases"] = RENAMED_MODEL[sid]
        items.append(entry)
    for extra in EXTRA:
        e = {"reference_id": "", "notes": "", **extra}
        e["ratings"] = {**extra["ratings"], **PLANNING.get(extra["id"], {})}
        items.append(e)
    out = {
        "format": "aifp-catalog",
        "version": 1,
        "built_from": "shared/reference/catalog.json schema " + str(ref.get("schema_version")),
        "conventions": ref.get("conventions", {}),
        "items": items,
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
