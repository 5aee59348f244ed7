#pragma once
// A small design that sets every field of every model type to a distinctive value (no field is
// left at its default), shared by the project-file and JSON tests.
#include "core/model/Design.hpp"
#include <limits>

namespace aifp::testing {

inline Design sampleDesign() {
    Design d;
    d.site = {"Abilene campus", "Abilene, TX",
              "Example Cloud",  "A. Planner",
              1200.5,           38.25,
              32.4487,          -99.7331,
              "abilene-tx",     SiteReadiness::PoweredShell};
    d.settings.powerRedundancy = RedundancyScheme::Distributed4N3;
    d.settings.cooling = CoolingMode::Hybrid;
    d.settings.fabric = FabricKind::SpectrumX;
    d.settings.fabricSwitchId = "sn5600";
    d.settings.railOptimized = false;
    d.settings.oversubscription = 1.5;
    d.settings.fabricTiers = 3;
    d.settings.airCoolingLimitKw = 31.5;
    d.settings.modelId = "llama3.1-405b";
    d.settings.scenario = "offline";
    d.settings.precision = "fp8";
    d.settings.scheduleStart = "2028-03-06";
    d.settings.delivery = "prefab";
    d.settings.userTokensPerS = 75.5;
    d.settings.bridgePowerMw = 120.25;
    d.settings.supplyPriority = true;
    d.document = {"C", "AIFP-2027-014", "Confidential — Señor Ñandú", "2027-01-15", "EUR"};
    d.ownedEquipment = {{"transformer", ""}, {"gpu-racks", "2027-06-01"}};
    d.userModels = {{"my-moe", "Łódź MoE 1T", R"({"num_hidden_layers": 61, "hidden_size": 7168})",
                     "https://example.com/config.json"}};

    Hall h;
    h.id = 3;
    h.name = "Hall A";
    h.originXM = 10.125;
    h.originYM = -20.5;
    h.widthM = 80.0;
    h.depthM = 60.0625;
    h.clearHeightM = 7.2;
    h.floorLoadKgPerM2 = 1950.0;
    h.cooling = CoolingProvision::Both;
    h.facilityWaterSupplyC = 32.5;
    h.maxRackKw = 142.0;
    d.halls.push_back(h);
    Hall h2 = h;
    h2.id = 2; // ids need not be ascending: the order of the list is kept
    h2.name = "Hall B";
    h2.cooling = CoolingProvision::Air;
    h2.originXM = 100.0;
    d.halls.push_back(h2);

    d.rows.push_back({7, 3, "Row 1", 180.0, AisleSide::Hot});

    Rack r;
    r.id = 11;
    r.hallId = 3;
    r.rowId = 7;
    r.name = "A01-01";
    r.catalogId = "gb300-nvl72";
    r.centerM = {12.3, 4.56, 0.25};
    r.rotationDeg = 90.0;
    d.racks.push_back(r);
    Rack r2 = r;
    r2.id = 12;
    r2.rowId = kNoId;
    r2.name = "B01-01";
    r2.hallId = 2;
    r2.catalogId = "dgx-b300";
    r2.centerM = {0.1, 0.2, 0.3}; // 0.1 + 0.2 style values must round-trip exactly
    r2.rotationDeg = -0.0;
    d.racks.push_back(r2);

    PowerNode n;
    n.id = 20;
    n.kind = PowerNodeKind::Busway;
    n.name = "Busway A1";
    n.catalogId = "busway-starline-track";
    n.hallId = 3;
    n.positionM = {1.5, 2.5, 3.5};
    n.ratingKva = 1000.0;
    n.ratingKw = 950.0;
    n.voltageV = 415.0;
    n.efficiency = 0.985;
    n.moduleCount = 4;
    n.redundantModules = 1;
    n.currentRatingA = 1600.0;
    n.path = "B";
    n.routeM = {{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}, {1e-300, 999999.99999999988, -3.25}};
    d.powerNodes.push_back(n);
    PowerNode ups;
    ups.id = 21;
    ups.kind = PowerNodeKind::Ups;
    ups.name = "UPS 1";
    ups.hallId = kNoId; // in the yard
    d.powerNodes.push_back(ups);

    PowerLink l;
    l.id = 30;
    l.fromId = 21;
    l.toId = 11; // a rack
    l.kind = PowerLinkKind::Tap;
    l.currentRatingA = 250.0;
    l.routeM = {{0.0, 0.0, 0.0}, {3.0, 4.0, 0.0}};
    l.lengthM = 5.0;
    d.powerLinks.push_back(l);

    CoolingNode c;
    c.id = 40;
    c.kind = CoolingNodeKind::Manifold;
    c.name = "Manifold 1";
    c.catalogId = "cdu-generic-in-row";
    c.hallId = 3;
    c.positionM = {7.0, 8.0, 0.5};
    c.capacityKw = 1368.0;
    c.flowRatingLpm = 2000.0;
    c.pumpHeadKpa = 240.0;
    c.supplyTempC = 45.0;
    c.deltaTK = 8.5;
    c.powerPerKwHeat = 0.021;
    c.path = "A";
    d.coolingNodes.push_back(c);

    Pipe p;
    p.id = 50;
    p.fromId = 40;
    p.toId = 11;
    p.loop = CoolantLoop::Facility;
    p.routeM = {{7.0, 8.0, 0.5}, {12.3, 8.0, 0.5}};
    p.innerDiameterMm = 52.5;
    p.lengthM = 5.3;
    p.roughnessMm = 0.0015;
    d.pipes.push_back(p);

    NetworkSwitch s;
    s.id = 60;
    s.name = "Leaf 0";
    s.catalogId = "q3400";
    s.role = NetworkRole::StorageInband;
    s.tier = 2;
    s.rail = 3;
    s.portCount = 144;
    s.portSpeedGbps = 800.0;
    s.hallId = 3;
    s.positionM = {70.0, 1.0, 2.0};
    d.switches.push_back(s);

    NetworkLink nl;
    nl.id = 70;
    nl.fromId = 11;
    nl.toId = 60;
    nl.count = 72;
    nl.speedGbps = 800.0;
    nl.lengthM = 58.25;
    nl.medium = LinkMedium::SingleMode;
    d.networkLinks.push_back(nl);

    CatalogEntry e;
    e.id = "my-cdu";
    e.referenceId = "cdu-acme-1";
    e.vendor = "Acme";
    e.model = "CDU 9000";
    e.category = "cdu";
    e.sources = {"https://example.com/cdu", "datasheet rev B"};
    e.confidence = Confidence::Claim;
    e.notes = "user entry";
    e.userDefined = true;
    CatalogRating cap;
    cap.value = 2300.0;
    cap.unit = "kW";
    cap.note = "at 8 K";
    cap.sources = {"vendor call"};
    cap.confidence = Confidence::Assumption;
    e.ratings["capacity_kw"] = cap;
    CatalogRating text; // a textual rating: value NaN
    text.text = "6 x 3.3";
    text.unit = "kW";
    e.ratings["shelves"] = text;
    d.userCatalog.push_back(e);

    d.assumptionOverrides["price.system.gb300-nvl72_usd"] = 3.95e6;
    d.assumptionOverrides["schedule.lead.transformer_weeks"] = 104.0;
    d.nextId = 101;
    return d;
}

} // namespace aifp::testing
