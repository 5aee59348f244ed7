#!/usr/bin/env python3
"""Writes resources/climate.json (format aifp-climate, version 1) from the tables below.

Each location is one row of L. The figures of a row are ASSUMPTIONS (approximate long-term
values recalled for the named reference station, not copied from a retrieved document) unless a
row of SOURCED_DESIGN or SOURCED_MONTHLY replaces them with figures read in a retrieved document:
those carry the document (publisher, station, period, address) as their source and the
confidence "secondary" (a faithful reproduction of the publisher's table, not the publisher's own
copy) or "unverified" (the publisher's figure as transcribed by a third party, not checked against
the publisher's table); monthly statistics computed by us (resources/climate_monthly.py) from a
retrieved hourly weather file or from several years of a station's daily observations carry
"derived". docs/reference/climate-sources.md quotes every sourced figure and says how the searches
went for the locations that stay assumptions. Run: python3 resources/build_climate.py
"""
import json
import math
import os

ASSUMED_MONTHLY = ("assumption: approximate 1991-2020 monthly normals of {station} (mean "
                   "temperature, mean relative humidity, daily range) recalled without a retrieved "
                   "document; check against the national weather service normals")
ASSUMED_DB = ("assumption: approximate ASHRAE Handbook-Fundamentals 0.4 % cooling design dry-bulb "
              "of {station}, recalled without a retrieved table; check against the 2021 handbook")
ASSUMED_WB = ("assumption: approximate ASHRAE Handbook-Fundamentals mean coincident wet-bulb of the "
              "0.4 % dry-bulb of {station}, recalled without a retrieved table")

# id, name, country, region, station, lat, lon, elevation m, design DB, design MCWB,
# monthly mean DB (Jan..Dec), monthly mean RH %, daily range coldest / warmest month (K).
# None where SOURCED_DESIGN / SOURCED_MONTHLY below give the figure (one value per figure).
L = [
 ("us-abilene-tx", "Abilene, TX", "US", "North America", "Abilene Regional Airport", 32.41, -99.68, 546, 37.9, 21.2,
  None,
  None, None, None),
 ("us-memphis-tn", "Memphis, TN", "US", "North America", "Memphis International Airport", 35.06, -89.99, 80, None, None,
  None,
  None, None, None),
 ("us-ashburn-va", "Ashburn, VA", "US", "North America", "Washington Dulles International Airport", 38.97, -77.47, 82, None, None,
  None,
  None, None, None),
 ("us-phoenix-az", "Phoenix, AZ", "US", "North America", "Phoenix Sky Harbor International Airport", 33.45, -111.97, 337, None, None,
  None,
  None, None, None),
 ("us-council-bluffs-ia", "Council Bluffs, IA", "US", "North America", "Omaha Eppley Airfield", 41.30, -95.89, 299, None, None,
  None,
  None, None, None),
 ("us-columbus-oh", "Columbus / New Albany, OH", "US", "North America", "John Glenn Columbus International Airport", 40.0, -82.88, 249, None, None,
  None,
  None, None, None),
 ("us-atlanta-ga", "Atlanta, GA", "US", "North America", "Atlanta Hartsfield-Jackson International Airport", 33.62, -84.42, 308, None, None,
  None,
  None, None, None),
 ("us-dallas-tx", "Dallas-Fort Worth, TX", "US", "North America", "Dallas-Fort Worth International Airport", 32.90, -97.04, 171, None, None,
  None,
  None, None, None),
 ("us-portland-or", "Portland / Hillsboro, OR", "US", "North America", "Portland International Airport", 45.59, -122.60, 6, None, None,
  None,
  None, None, None),
 ("us-quincy-wa", "Quincy, WA", "US", "North America", "Grant County International Airport (Moses Lake)", 47.21, -119.32, 361, 35.6, 20.0,
  None,
  None, None, None),
 ("us-reno-nv", "Reno (Tahoe Reno Industrial Center), NV", "US", "North America", "Reno-Tahoe International Airport", 39.48, -119.77, 1341, 35.6, 16.7,
  None,
  None, None, None),
 ("us-monroe-la", "Richland Parish / Monroe, LA", "US", "North America", "Monroe Regional Airport", 32.51, -92.04, 24, 36.1, 25.3,
  None,
  None, None, None),
 ("us-cheyenne-wy", "Cheyenne, WY", "US", "North America", "Cheyenne Regional Airport", 41.16, -104.81, 1872, None, None,
  None,
  None, None, None),
 ("es-madrid", "Madrid", "ES", "Europe", "Madrid-Barajas Airport", 40.47, -3.56, 609, None, None,
  None,
  None, None, None),
 ("es-zaragoza", "Zaragoza", "ES", "Europe", "Zaragoza Airport", 41.66, -1.00, 247, 36.5, 21.8,
  [6.6, 8.3, 11.7, 14.2, 18.4, 23.1, 25.8, 25.5, 21.4, 16.3, 10.4, 7.0],
  [76, 68, 60, 58, 55, 51, 47, 51, 58, 67, 74, 80], 8, 12),
 ("es-barcelona", "Barcelona", "ES", "Europe", "Barcelona El Prat Airport", 41.29, 2.07, 4, None, None,
  None,
  None, None, None),
 ("es-bilbao", "Bilbao", "ES", "Europe", "Bilbao Airport", 43.30, -2.91, 42, None, None,
  None,
  None, None, None),
 ("pt-sines", "Sines", "PT", "Europe", "Sines coastal station", 37.95, -8.87, 15, 30.5, 19.5,
  [11.3, 11.9, 13.6, 14.7, 16.6, 19.0, 20.5, 21.0, 20.3, 18.0, 14.5, 12.2],
  [80, 79, 77, 77, 77, 77, 77, 77, 77, 78, 80, 81], 8, 8),
 ("ie-dublin", "Dublin", "IE", "Europe", "Dublin Airport", 53.43, -6.24, 71, None, None,
  None,
  None, None, None),
 ("de-frankfurt", "Frankfurt am Main", "DE", "Europe", "Frankfurt Airport", 50.05, 8.60, 112, None, None,
  None,
  None, None, None),
 ("nl-amsterdam", "Amsterdam", "NL", "Europe", "Amsterdam Schiphol Airport", 52.30, 4.77, -3, None, None,
  None,
  None, None, None),
 ("se-stockholm", "Stockholm", "SE", "Europe", "Stockholm Arlanda Airport", 59.65, 17.95, 61, None, None,
  None,
  None, None, None),
 ("se-lulea", "Luleå", "SE", "Europe", "Luleå Airport", 65.54, 22.12, 17, None, None,
  None,
  None, None, None),
 ("no-oslo", "Oslo", "NO", "Europe", "Oslo Gardermoen Airport", 60.20, 11.08, 202, None, None,
  None,
  None, None, None),
 ("fr-paris", "Paris", "FR", "Europe", "Paris Charles de Gaulle Airport", 49.01, 2.55, 112, None, None,
  None,
  None, None, None),
 ("gb-london", "London", "GB", "Europe", "London Heathrow Airport", 51.48, -0.45, 25, None, None,
  None,
  None, None, None),
 ("it-milan", "Milan", "IT", "Europe", "Milan Linate Airport", 45.43, 9.28, 103, None, None,
  None,
  None, None, None),
 ("ae-abu-dhabi", "Abu Dhabi", "AE", "Middle East", "Abu Dhabi International Airport", 24.42, 54.65, 27, None, None,
  None,
  None, None, None),
 ("sa-riyadh", "Riyadh", "SA", "Middle East", "King Khalid International Airport", 24.71, 46.73, 612, None, None,
  None,
  None, None, None),
 ("qa-doha", "Doha", "QA", "Middle East", "Doha International Airport", 25.26, 51.57, 11, None, None,
  [18.0, 19.3, 22.4, 26.8, 32.0, 34.5, 35.5, 35.2, 33.4, 30.2, 25.3, 20.4],
  [71, 68, 63, 55, 46, 46, 51, 57, 62, 64, 67, 71], 8, 10),
 ("sg-singapore", "Singapore", "SG", "Asia", "Singapore Changi Airport", 1.37, 103.98, 16, None, None,
  None,
  None, None, None),
 ("my-johor", "Johor (Kulai / Sedenak)", "MY", "Asia", "Senai International Airport", 1.64, 103.67, 11, None, None,
  None,
  None, None, None),
 ("jp-tokyo", "Tokyo", "JP", "Asia", "Tokyo (Otemachi)", 35.69, 139.75, 25, None, None,
  None,
  None, None, None),
 ("in-mumbai", "Mumbai", "IN", "Asia", "Mumbai Santacruz", 19.10, 72.85, 14, None, None,
  None,
  None, None, None),
 ("kr-seoul", "Seoul", "KR", "Asia", "Seoul (Songwol-dong)", 37.57, 126.97, 86, None, None,
  None,
  None, None, None),
 ("id-jakarta", "Jakarta", "ID", "Asia", "Jakarta Soekarno-Hatta Airport", -6.13, 106.66, 8, None, None,
  None,
  None, None, None),
 ("au-sydney", "Sydney", "AU", "Oceania", "Sydney Airport", -33.95, 151.18, 6, None, None,
  None,
  None, None, None),
]


# Retrieved documents (quoted in docs/reference/climate-sources.md).
EPLUS = "https://github.com/NREL/EnergyPlus/blob/{commit}/weather/{file}"
OSSTD = "https://github.com/NREL/openstudio-standards/blob/{commit}/data/weather/{file}"
STAT = ("EnergyPlus weather statistics file {file} ({station}, WMO {wmo}): design "
        "conditions printed from the ASHRAE Handbook-Fundamentals {edition} climatic design data, "
        "{url}")
STAT_MONTHLY = ("monthly mean dry-bulb and relative humidity: the 'Daily Avg' rows of the {year} "
                "typical year in the EnergyPlus weather statistics file {file} ({station}, "
                "WMO {wmo}); daily range: its 'Mean Daily Dry Bulb Temperature Range' row from the "
                "ASHRAE Handbook-Fundamentals {edition} monthly design data; {url}. Monthly mean "
                "wet-bulb is derived from mean dry-bulb and mean relative humidity with Stull (2011), "
                "J. Appl. Meteor. Climatol. 50, 2267-2269 (core/climate/Climate.cpp)")
TMY3 = "NREL TMY3 (typical months chosen from the 1976-2005 / 1991-2005 NSRDB record)"
IWEC = "ASHRAE IWEC (typical months chosen from 1982-1999 DATSAV3 hourly records)"
TMYX = ("climate.onebuilding.org TMYx (typical months chosen from the 2007-2021 NCEI ISD / ERA5 "
        "hourly records)")
TMYX_0923 = ("climate.onebuilding.org TMYx (typical months chosen from the 2009-2023 NCEI ISD / "
             "ERA5 hourly records)")
ASF = ("https://github.com/architecture-building-systems/ASF_Simulation/blob/{commit}/{path}")
# climate.onebuilding.org TMYx files (weather, statistics, design days) committed to a public
# AI-data-centre study repository.
PEESE = ("https://github.com/PEESEgroup/AI-Data-Center-Analysis/blob/"
         "4bcaea42c33d90c4a6039cf486b7b824db79529e/Data/weather/{file}")
DOCS = {
    "phoenix": dict(file="USA_AZ_Phoenix-Sky.Harbor.Intl.AP.722780_TMY3.stat",
                    station="Phoenix Sky Harbor Intl Ap", wmo="722780", edition="2009", year=TMY3,
                    url=EPLUS.format(commit="1bd58b05ab1378bdf6038b5074778057363828dc",
                                     file="USA_AZ_Phoenix-Sky.Harbor.Intl.AP.722780_TMY3.stat")),
    "dulles": dict(file="USA_VA_Sterling-Washington.Dulles.Intl.AP.724030_TMY3.stat",
                   station="Washington Dulles Intl Ap", wmo="724030", edition="2009", year=TMY3,
                   url=EPLUS.format(commit="e635eded3dfbbc1c7b5e5d2b78022ce13b855931",
                                    file="USA_VA_Sterling-Washington.Dulles.Intl.AP.724030_TMY3.stat")),
    "atlanta": dict(file="USA_GA_Atlanta-Hartsfield.Jackson.Intl.AP.722190_TMY3.stat",
                    station="Atlanta-Hartsfield Jackson Intl AP", wmo="722190", edition="2013",
                    year=TMY3,
                    url=OSSTD.format(commit="71aa8d4acde26e84f028fa49cab3e7ed51c4f38b",
                                     file="USA_GA_Atlanta-Hartsfield.Jackson.Intl.AP.722190_TMY3.stat")),
    "abudhabi": dict(file="ARE_Abu.Dhabi.412170_IWEC.stat", station="Abu Dhabi", wmo="412170",
                     edition="2009", year=IWEC,
                     url=OSSTD.format(commit="fd37421c42f3fe607942b5f811f7ce3649d06bb3",
                                      file="ARE_Abu.Dhabi.412170_IWEC.stat")),
    "madrid": dict(file="ESP_Madrid.082210_IWEC.stat", station="MADRID", wmo="082210",
                   edition="2009", year=IWEC,
                   url=ASF.format(commit="aa612373b096f4a9aa6538c727b097cf8561c679",
                                  path="WeatherData/ESP_Madrid.082210_IWEC.stat")),
    "frankfurt": dict(file="DEU_Frankfurt.am.Main.106370_IWEC.stat", station="FRANKFURT AM MAIN",
                      wmo="106370", edition="2009", year=IWEC,
                      url=ASF.format(commit="aa612373b096f4a9aa6538c727b097cf8561c679",
                                     path="WeatherData/DEU_Frankfurt.am.Main.106370_IWEC.stat")),
    "singapore": dict(file="SGP_Singapore.486980_IWEC.stat", station="SINGAPORE", wmo="486980",
                      edition="2009", year=IWEC,
                      url=ASF.format(commit="3feb25d039ebf2ddc1a89758e3eb57c7ff63fcff",
                                     path="WeatherData/SGP_Singapore.486980_IWEC.stat")),
    "oslo": dict(file="NOR_OS_Oslo.Blindern.014920_TMYx.2007-2021.stat",
                 station="Oslo.Blindern, in the city, 35 km SW of the library's Gardermoen point",
                 wmo="014920", edition="2021", year=TMYX,
                 url=ASF.format(commit="3feb25d039ebf2ddc1a89758e3eb57c7ff63fcff",
                                path="Simulation_Tool/WeatherData/"
                                     "NOR_OS_Oslo.Blindern.014920_TMYx.2007-2021.stat")),
    "gatwick": dict(file="GBR_London.Gatwick.037760_IWEC.stat",
                    station="LONDON/GATWICK, 41 km S of the library's Heathrow point",
                    wmo="037760", edition="2009", year=IWEC,
                    url="https://github.com/wassimj/topologicpy/blob/"
                        "30b0c606a96864f015406d5388e1ffac2b38272a/assets/EnergyModel/"
                        "GBR_London.Gatwick.037760_IWEC.stat"),
    "riyadh": dict(file="SAU_Riyadh.404380_IWEC.stat", station="Riyadh", wmo="404380",
                   edition="2009", year=IWEC,
                   url=OSSTD.format(commit="c4621fd31673e9289dd73108ed36274dd7908982",
                                    file="SAU_Riyadh.404380_IWEC.stat")),
    "lulea": dict(file="SWE_NB_Lulea.AP.021860_TMYx.2009-2023.stat",
                  station="Lulea.AP (Kallax), the library's own station", wmo="021860",
                  edition="2021", year=TMYX_0923,
                  url=PEESE.format(file="SWE_NB_Lulea.AP.021860_TMYx.2009-2023.stat")),
    "omaha": dict(file="USA_NE_Omaha-Eppley.AF.Intl.AP.725500_TMYx.2009-2023.stat",
                  station="Omaha-Eppley.AF.Intl.AP, the library's reference station, about 6 km "
                          "NW of Council Bluffs across the Missouri",
                  wmo="725500", edition="2021", year=TMYX_0923,
                  url=PEESE.format(file="USA_NE_Omaha-Eppley.AF.Intl.AP.725500_TMYx.2009-2023.stat")),
    "dfw": dict(file="USA_TX_Dallas-Fort.Worth.Intl.AP.722590_TMYx.2009-2023.stat",
                station="Dallas-Fort.Worth.Intl.AP", wmo="722590", edition="2021", year=TMYX_0923,
                url=PEESE.format(file="USA_TX_Dallas-Fort.Worth.Intl.AP.722590_TMYx.2009-2023.stat")),
    # Fifth pass. The file is named ..._TMYx.stat but its header reads "Statistics for
    # USA_OR_Portland.Intl.AP.726980_TMY3", "Data Source -- TMY3": the TMY3 year's statistics.
    "portland": dict(file="USA_OR_Portland.Intl.AP.726980_TMYx.stat (header: 'Statistics for "
                          "USA_OR_Portland.Intl.AP.726980_TMY3', Data Source TMY3)",
                     station="Portland International Ap, the library's point", wmo="726980",
                     edition="2009", year=TMY3,
                     url="https://github.com/NREL/openstudio-ee-gem/blob/"
                         "9606dc27236ec417da59bd4eb13f534dff9ecd6c/lib/parametric_run/weather/"
                         "Portland/USA_OR_Portland.Intl.AP.726980_TMYx.stat"),
}
ASHRAE2017_DOHA = ("2017 ASHRAE Handbook-Fundamentals (SI) station sheet 'DOHA INTL, QATAR (WMO: "
                   "411700)', period 1990-2014, hottest month 7 (DB range 9.8 K), as uploaded at "
                   "https://www.scribd.com/document/461770590/Doha-ASHRAE-2017-Fundamentals")

# ASHRAE design conditions as printed in the header of an EnergyPlus weather (.epw) file.
EPW_DESIGN = ("ASHRAE Handbook-Fundamentals {edition} climatic design data as printed in the "
              "DESIGN CONDITIONS header of the EnergyPlus weather file {file} ({station}, WMO "
              "{wmo}{note}; fields DB004 / WB_DB004 of the Cooling block), {url}")
DDY_2021 = ("ASHRAE Handbook-Fundamentals 2021, ch. 14, climatic design data as printed in the "
            "EnergyPlus design-day file {file} ({station}, WMO {wmo}; {note}), design day 'Ann Clg "
            ".4% Condns DB=>MWB', {url}")
# ASHRAE 2021 0.4 % cooling DB / MCWB of single stations, read by a third party from ASHRAE's
# station viewer (ashrae-meteo.info, edition 2021) and tabulated with station and WMO number; not
# checked against ASHRAE's own sheet by us, hence the confidence 'unverified'.
HVAC_TABLE = ("https://github.com/ratul-sraj/hvac/blob/a9739f0d7b1ff809e6f9918a5189aea0c55c807a/"
              "docs/CLIMATE-SOURCES.md")
T2021 = ("ASHRAE Handbook-Fundamentals 2021, ch. 14, 0.4 % annual cooling DB / MCWB of station "
         "'{station}' (WMO {wmo}){note}, as transcribed from ashrae-meteo.info (edition 2021) in "
         "the third-party table " + HVAC_TABLE + " (row '{row}'); not checked against ASHRAE's "
         "own station sheet")

# Hourly typical-year weather files (ASHRAE IWEC, climate.onebuilding.org TMYx) committed to
# public repositories. Their DESIGN CONDITIONS header prints the ASHRAE design data (EPW_DESIGN,
# secondary); their monthly statistics are computed by us from the 8,760 hourly records
# (EPW_MONTHLY, confidence 'derived'; method in docs/reference/climate-sources.md).
CEA_WEATHER = ("https://github.com/architecture-building-systems/CityEnergyAnalyst/blob/"
               "401865ba295a67d2158f9d0278585acef504e015/cea/databases/weather/")
SINERGYM = "https://github.com/ugr-sail/sinergym/blob/{commit}/sinergym/data/weather/"
EPWS = {
    "amsterdam": dict(file="NLD_Amsterdam062400_IWEC.epw", station="AMSTERDAM", wmo="062400",
                      note="", edition="2009", year=IWEC,
                      url="https://github.com/pvlib/pvlib-python/blob/"
                          "1eafae0edb78a16b0ed8e531c85ca70498a76a20/tests/data/"
                          "NLD_Amsterdam062400_IWEC.epw"),
    "barcelona": dict(file="ESP_Barcelona.081810_IWEC.epw", station="BARCELONA", wmo="081810",
                      note="", edition="2009", year=IWEC,
                      url="https://github.com/Noumena-bcn/bcn-energy/blob/"
                          "c845e136e82a956f61e8a6389779d59944fa98b8/src/"
                          "ESP_Barcelona.081810_IWEC.epw"),
    "paris": dict(file="FRA_Paris.epw (LOCATION PARIS_ ORLY, IWEC Data)", station="PARIS ORLY",
                  wmo="071490", edition="2009", year=IWEC,
                  note=", 33 km S of the library's Charles de Gaulle point",
                  url=CEA_WEATHER + "FRA_Paris.epw"),
    "johor": dict(file="MYS_JH_Johor.AP.486790_TMYx.epw", station="Johor AP (Senai)", wmo="486790",
                  note="", edition="2017", year=("climate.onebuilding.org TMYx (typical months "
                                                 "chosen from the 2001-2017 NCEI ISD records)"),
                  url=CEA_WEATHER + "MYS_JH_Johor.AP.486790_TMYx.epw"),
    "sydney": dict(file="AUS_NSW.Sydney.947670_IWEC.epw", station="SYDNEY", wmo="947670", note="",
                   edition="2009", year=IWEC,
                   url=SINERGYM.format(commit="b00a7525761769b2ea44f424cd7859f5514efe5d")
                       + "AUS_NSW.Sydney.947670_IWEC.epw"),
    "stockholm": dict(file="SWE_Stockholm.Arlanda.024600_IWEC.epw", station="STOCKHOLM ARLANDA",
                      wmo="024600", note="", edition="2009", year=IWEC,
                      url=SINERGYM.format(commit="cccefc2dc6787078d732daf120c2aac68f0be8b0")
                          + "SWE_Stockholm.Arlanda.024600_IWEC.epw"),
    "dublin": dict(file="IRL_Dublin.039690_IWEC.epw", station="DUBLIN", wmo="039690", note="",
                   edition="2009", year=IWEC,
                   url="https://github.com/codema-dev/berpublicsearch_rc/blob/"
                       "0d2e8aaf5333c9b01360be3b4a70ed2c60c68b8a/IRL_Dublin.039690_IWEC.epw"),
    "seoul": dict(file="KOR_SO_Seoul.WS.471080_TMYx.2007-2021.epw",
                  station="Seoul.WS (Songwol-dong), the library's own station", wmo="471080",
                  note="", edition="2021", year=TMYX,
                  url="https://github.com/yun-dam/urban-building-energy-modeling-on-GIS/blob/"
                      "cbaa4fe4b97d53c3424eb1c37851cdc6c9acf657/EPW/"
                      "KOR_SO_Seoul.WS.471080_TMYx.2007-2021.epw"),
    "bilbao": dict(file="ESP_PV_Bilbao-AP-080250_TMYx-2004-2018.epw (the weather file inside the zip "
                        "archive of the same name)",
                   station="Bilbao AP, the library's own station", wmo="080250", note="",
                   edition="2017",
                   year=("climate.onebuilding.org TMYx (typical months chosen from the 2004-2018 "
                         "NCEI ISD hourly records)"),
                   url="https://github.com/Salva5297/BIMERR-KNOWLEDGE-GRAPH/blob/"
                       "d0f91134d4df1dbccc5e6f77e0364a03a53a1a04/EPW/epw/"
                       "ESP_PV_Bilbao-AP-080250_TMYx-2004-2018.zip"),
    "cheyenne": dict(file="USA_WY_Cheyenne.Muni.AP.725640_TMY3.epw",
                     station="Cheyenne Municipal Arpt, the library's own station", wmo="725640",
                     note="", edition="2009", year=TMY3,
                     url="https://github.com/IMMM-SFA/diyepw/blob/"
                         "7b0f746b73bbbe1604a1991b8407c97a9b49809b/inputs/Energy_Plus_TMY3_EPW/"
                         "USA_WY_Cheyenne.Muni.AP.725640_TMY3.epw"),
    # Fourth pass (docs/reference/climate-sources.md).
    "memphis": dict(file="USA_TN_Memphis.Intl.AP.723340_TMY3.epw",
                    station="Memphis International Ap, the library's own station", wmo="723340",
                    note="", edition="2009", year=TMY3,
                    url="https://github.com/danielmcquillen/LearnHVAC_AIR/blob/"
                        "da409d0a1a5c648851edc5e1d78356542e4ff623/project/src/weather/"
                        "USA_TN_Memphis.Intl.AP.723340_TMY3.epw"),
    "columbus": dict(file="USA_OH_Columbus-Port.Columbus.Intl.AP.724280_TMY3.epw",
                     station="Columbus Port Columbus Intl (now John Glenn Columbus Intl), the "
                             "library's own station", wmo="724280", note="", edition="2009",
                     year=TMY3,
                     url="https://github.com/avivmel/thermal/blob/"
                         "3d09ee7881a35ab0723283bed19c8c524a16f78f/thermalgym/data/weather/"
                         "USA_OH_Columbus-Port.Columbus.Intl.AP.724280_TMY3.epw"),
    "portland": dict(file="USA_OR_Portland.Intl.AP.726980_TMYx.epw",
                     station="Portland.Intl.AP, the library's own station", wmo="726980",
                     note="", edition="2021",
                     year="climate.onebuilding.org TMYx (typical months chosen from 1940-2023 "
                          "NCEI ISD / ERA5 records)",
                     url="https://github.com/NREL/openstudio-ee-gem/blob/"
                         "c699aa31c04eaf253d39acf663f049e42e3d1adb/lib/parametric_run/weather/"
                         "OR_Portland/USA_OR_Portland.Intl.AP.726980_TMYx.epw"),
    "milan": dict(file="ITA_Milano-Linate.epw (LOCATION Milano-Linate, IGDG)",
                  station="Milano-Linate, the library's own station", wmo="160800", note="",
                  edition="2009",
                  year=("Italian Climate Data Set Gianni De Giorgio (IGDG; typical months chosen "
                        "from the 1951-1970 record, an older climate than today's)"),
                  url="https://github.com/diismunivpm/ClustEnergy_OpTool/blob/"
                      "4e5f5ef7443c6379dd12afe97614a4943d2ce3cb/epwFile/ITA_Milano-Linate.epw"),
}
# NREL TMY3 files (the TMY3 user's manual format, NREL/TP-581-43156) of the GridLAB-D weather
# archive, "derived from the NREL SAM data sets available at
# http://rredc.nrel.gov/solar/old_data/nsrdb/1991-2005/tmy3/zip/alltmy3a.zip" and renamed
# [State]-[Location].tmy3 (its docs/README.md); monthly statistics computed by us (EPW_MONTHLY).
GRIDLABD = ("https://github.com/arras-energy/gridlabd-weather/blob/"
            "8795c0305f00351d88a29afcedaeb4199002f1fd/US/")
TMY3_FILES = {
    "reno": dict(file="NV-Reno_Tahoe_International_Ap.tmy3 (NREL TMY3, station line "
                      "'724880,\"RENO TAHOE INTERNATIONAL AP\",NV,-8.0,39.483,-119.767,1342')",
                 station="RENO TAHOE INTERNATIONAL AP", wmo="724880",
                 note=", the library's point; the Tahoe Reno Industrial Center is about 25 km east",
                 year=TMY3, url=GRIDLABD + "NV-Reno_Tahoe_International_Ap.tmy3"),
    "abilene": dict(file="TX-Abilene_Regional_Ap_Ut.tmy3 (NREL TMY3, station line "
                         "'722660,\"ABILENE REGIONAL AP [UT]\",TX,-6.0,32.470,-99.710,530')",
                    station="ABILENE REGIONAL AP", wmo="722660", note=", the library's point",
                    year=TMY3, url=GRIDLABD + "TX-Abilene_Regional_Ap_Ut.tmy3"),
    "monroe": dict(file="LA-Monroe_Regional_Ap.tmy3 (NREL TMY3, station line "
                        "'722486,\"MONROE REGIONAL AP\",LA,-6.0,32.517,-92.033,40')",
                   station="MONROE REGIONAL AP", wmo="722486",
                   note=", the library's point, about 50 km west of the Richland Parish site",
                   year=TMY3, url=GRIDLABD + "LA-Monroe_Regional_Ap.tmy3"),
    "moseslake": dict(file="WA-Moses_Lake_Grant_County_Ap.tmy3 (NREL TMY3, station line "
                           "'727827,\"MOSES LAKE GRANT COUNTY AP\",WA,-8.0,47.200,-119.317,364')",
                      station="MOSES LAKE GRANT COUNTY AP", wmo="727827",
                      note=", the library's point, about 35 km east-south-east of Quincy",
                      year=TMY3, url=GRIDLABD + "WA-Moses_Lake_Grant_County_Ap.tmy3"),
}
EPW_MONTHLY = ("derived: computed by us from the 8,760 hourly records of the {year} typical year "
               "in the weather file {file} ({station}, WMO {wmo}{note}), {url}: each month's mean of the hourly "
               "dry-bulb and relative humidity, and its mean daily dry-bulb range (daily maximum "
               "minus minimum of the 24 hourly values), rounded to 0.1 K and 1 % "
               "(resources/climate_monthly.py; the same computation reproduces the 'Daily Avg' "
               "rows of an EnergyPlus statistics file). "
               "Monthly mean wet-bulb is derived from mean dry-bulb and mean relative humidity "
               "with Stull (2011), J. Appl. Meteor. Climatol. 50, 2267-2269 "
               "(core/climate/Climate.cpp)")

# Daily observations of a national weather service (BMKG, Indonesia): monthly statistics computed by
# us as the mean over several years of the daily means (resources/climate_monthly.py).
BMKG_KEMAYORAN = ("https://github.com/Ayusekar22/Jakarta-Weather-Prediction-2025/tree/"
                  "1f33218b87960fee5dddcb58746c8b8b96c512bf/Dataset%20Raw")
DAILY_MONTHLY = ("derived: computed by us from the daily observations {period} ({days} days) of "
                 "{station} (WMO {wmo}{note}) in the {publisher} daily climate reports {files}, "
                 "{url}: each month's mean over all years of the daily mean temperature ({tavg}) "
                 "and daily mean relative humidity ({rh}), and of the daily range ({rng}), days "
                 "with a missing value left out, rounded to 0.1 K and 1 % "
                 "(resources/climate_monthly.py): a multi-year mean of observations, not a typical "
                 "year. Monthly mean wet-bulb is derived from mean dry-bulb and mean relative "
                 "humidity with Stull (2011), J. Appl. Meteor. Climatol. 50, 2267-2269 "
                 "(core/climate/Climate.cpp)")

# Meteonorm 7.0 typical years (hourly air temperature and relative humidity) committed to the
# BuildingSystems Modelica library (UdK Berlin); monthly statistics computed by us as for EPW_MONTHLY.
BUILDINGSYSTEMS = ("https://github.com/UdK-VPT/BuildingSystems/blob/"
                   "37f23a121434b999f66f0bf7ee16bb67ad8b2b83/BuildingSystems/Climate/weather/")
METEONORM_MONTHLY = ("derived: computed by us from the 8,760 hourly records (air temperature, "
                     "relative humidity) of the Meteonorm 7.0 typical year in the file {file} "
                     "({place}, {coords}; 'Source: Meteonorm 7.0', no period of record named) of "
                     "the BuildingSystems Modelica library, " + BUILDINGSYSTEMS + "{file}: each "
                     "month's mean of the hourly dry-bulb and relative humidity, and its mean daily "
                     "dry-bulb range (daily maximum minus minimum of the 24 hourly values), rounded "
                     "to 0.1 K and 1 %. Meteonorm generates the hourly values stochastically with "
                     "monthly means equal to the long-term means of the station or of its "
                     "interpolation (Meteonorm handbook, Tab. 1.1, "
                     "https://www.scribd.com/document/503008249/5): a synthetic typical year, not "
                     "a record of real months. Monthly mean wet-bulb is derived from mean dry-bulb "
                     "and mean relative humidity with Stull (2011), J. Appl. Meteor. Climatol. 50, "
                     "2267-2269 (core/climate/Climate.cpp)")

# Sourced 0.4 % cooling design dry-bulb and its mean coincident wet-bulb (C), with confidence.
SOURCED_DESIGN = [
    ("us-phoenix-az", 43.4, 21.1, STAT.format(**DOCS["phoenix"]), "secondary"),
    ("us-ashburn-va", 34.1, 23.9, STAT.format(**DOCS["dulles"]), "secondary"),
    ("us-atlanta-ga", 34.4, 23.4, STAT.format(**DOCS["atlanta"]), "secondary"),
    ("ae-abu-dhabi", 44.9, 23.2, STAT.format(**DOCS["abudhabi"]), "secondary"),
    ("us-columbus-oh", 32.8, 23.2, EPW_DESIGN.format(**EPWS["columbus"]), "secondary"),
    ("qa-doha", 44.0, 22.2, ASHRAE2017_DOHA, "secondary"),
    ("us-dallas-tx", 38.6, 23.4, STAT.format(**DOCS["dfw"]), "secondary"),
    ("us-memphis-tn", 35.6, 25.2, EPW_DESIGN.format(**EPWS["memphis"]), "secondary"),
    ("us-portland-or", 33.2, 19.6, EPW_DESIGN.format(**EPWS["portland"]), "secondary"),
    ("gb-london", 27.7, 19.1, DDY_2021.format(
        file="london.ddy", station="London-Gatwick.AP", wmo="037760",
        note="41 km S of the library's Heathrow point",
        url="https://github.com/ladybug-tools/ladybug/blob/"
            "ee9df991c41572fdfbcf809a40175a9c5f6a42d9/tests/assets/ddy/london.ddy"),
     "secondary"),
    ("es-madrid", 36.2, 19.6, STAT.format(**DOCS["madrid"]), "secondary"),
    ("es-barcelona", 30.2, 23.8, EPW_DESIGN.format(**EPWS["barcelona"]), "secondary"),
    ("de-frankfurt", 30.8, 19.2, STAT.format(**DOCS["frankfurt"]), "secondary"),
    ("nl-amsterdam", 27.8, 19.7, EPW_DESIGN.format(**EPWS["amsterdam"]), "secondary"),
    ("no-oslo", 26.9, 17.3, STAT.format(**DOCS["oslo"]), "secondary"),
    ("se-stockholm", 27.1, 17.5, EPW_DESIGN.format(**EPWS["stockholm"]), "secondary"),
    ("ie-dublin", 22.1, 17.1, EPW_DESIGN.format(**EPWS["dublin"]), "secondary"),
    ("fr-paris", 30.9, 20.1, EPW_DESIGN.format(**EPWS["paris"]), "secondary"),
    ("sa-riyadh", 44.2, 18.7, STAT.format(**DOCS["riyadh"]), "secondary"),
    ("sg-singapore", 33.2, 26.4, STAT.format(**DOCS["singapore"]), "secondary"),
    ("my-johor", 33.9, 26.7, EPW_DESIGN.format(**EPWS["johor"]), "secondary"),
    ("jp-tokyo", 33.7, 25.6, T2021.format(station="TOKYO", wmo="476620", note="", row="Tokyo"),
     "unverified"),
    ("in-mumbai", 36.0, 22.7, T2021.format(station="MUMBAI SHIVAJI INTL", wmo="430030", note="",
                                           row="Mumbai"), "unverified"),
    ("id-jakarta", 34.0, 25.4, T2021.format(station="JAKARTA SOEKARNO-HATTA", wmo="967490",
                                            note="", row="Jakarta"), "unverified"),
    ("au-sydney", 32.8, 19.6, EPW_DESIGN.format(**EPWS["sydney"]), "secondary"),
    ("kr-seoul", 32.8, 24.4, EPW_DESIGN.format(**EPWS["seoul"]), "secondary"),
    ("es-bilbao", 32.2, 20.8, EPW_DESIGN.format(**EPWS["bilbao"]), "secondary"),
    ("se-lulea", 23.9, 17.2, STAT.format(**DOCS["lulea"]), "secondary"),
    ("us-council-bluffs-ia", 35.0, 24.5, STAT.format(**DOCS["omaha"]), "secondary"),
    ("us-cheyenne-wy", 31.8, 14.8, EPW_DESIGN.format(**EPWS["cheyenne"]), "secondary"),
    ("it-milan", 33.0, 24.1, EPW_DESIGN.format(**EPWS["milan"]), "secondary"),
]

# Sourced monthly statistics: mean dry-bulb (C), mean relative humidity (%), mean daily range (K).
SOURCED_MONTHLY = [
    ("us-phoenix-az", STAT_MONTHLY.format(**DOCS["phoenix"]), "secondary",
     [13.0, 15.7, 17.3, 23.7, 27.3, 34.0, 35.6, 33.8, 30.4, 24.8, 18.0, 11.7],
     [37, 52, 42, 23, 25, 19, 30, 32, 30, 35, 38, 50],
     [11.5, 11.6, 12.4, 13.2, 13.6, 14.0, 12.0, 11.3, 12.0, 12.5, 12.0, 11.2]),
    ("us-ashburn-va", STAT_MONTHLY.format(**DOCS["dulles"]), "secondary",
     [0.6, 1.6, 7.7, 12.5, 18.2, 22.5, 24.5, 23.0, 20.1, 11.9, 7.8, 1.0],
     [61, 68, 60, 63, 72, 71, 75, 74, 77, 67, 73, 68],
     [9.6, 10.4, 11.6, 12.7, 12.3, 11.8, 11.4, 11.4, 11.8, 12.6, 11.5, 9.8]),
    ("us-atlanta-ga", STAT_MONTHLY.format(**DOCS["atlanta"]), "secondary",
     [4.0, 7.9, 13.8, 17.2, 20.8, 24.8, 26.1, 26.5, 22.5, 16.0, 11.9, 7.7],
     [65, 57, 55, 62, 67, 63, 71, 73, 72, 74, 63, 64],
     [9.6, 10.1, 10.8, 11.2, 10.3, 9.6, 9.4, 9.2, 9.1, 10.1, 10.2, 9.3]),
    ("ae-abu-dhabi", STAT_MONTHLY.format(**DOCS["abudhabi"]), "secondary",
     [18.0, 19.9, 22.2, 26.5, 30.8, 32.8, 34.4, 34.8, 32.6, 28.6, 24.4, 20.1],
     [70, 65, 69, 55, 50, 53, 55, 53, 62, 59, 71, 66],
     [10.0, 10.4, 11.3, 13.2, 14.5, 14.2, 12.3, 12.5, 12.7, 12.9, 11.5, 10.5]),
    ("sa-riyadh", STAT_MONTHLY.format(**DOCS["riyadh"]), "secondary",
     [14.0, 16.7, 20.3, 25.9, 32.1, 35.2, 36.2, 36.4, 33.0, 27.6, 21.6, 14.9],
     [43, 34, 30, 24, 15, 12, 8, 11, 16, 21, 24, 57],
     [10.8, 11.4, 11.6, 12.2, 12.8, 13.8, 13.5, 13.5, 13.8, 13.4, 11.6, 10.7]),
    ("es-madrid", STAT_MONTHLY.format(**DOCS["madrid"]), "secondary",
     [5.6, 6.9, 10.0, 11.7, 16.9, 20.6, 25.5, 24.7, 20.1, 14.2, 9.4, 5.9],
     [72, 69, 61, 55, 60, 52, 40, 45, 57, 70, 75, 84],
     [9.9, 11.2, 12.8, 12.1, 12.9, 14.7, 15.7, 15.4, 14.0, 11.3, 9.6, 8.9]),
    ("de-frankfurt", STAT_MONTHLY.format(**DOCS["frankfurt"]), "secondary",
     [2.4, 1.7, 5.5, 9.2, 14.7, 16.4, 19.5, 18.6, 15.0, 10.7, 4.8, 1.7],
     [83, 78, 73, 69, 70, 71, 67, 69, 72, 83, 88, 86],
     [4.8, 6.5, 8.0, 9.6, 10.3, 9.7, 10.6, 10.8, 9.1, 7.5, 5.2, 4.5]),
    ("sg-singapore", STAT_MONTHLY.format(**DOCS["singapore"]), "secondary",
     [26.7, 27.2, 27.6, 28.1, 28.2, 28.5, 27.8, 27.8, 27.2, 27.5, 26.7, 26.3],
     [83, 83, 84, 83, 83, 81, 83, 81, 83, 84, 89, 86],
     [5.5, 6.3, 6.4, 6.3, 5.7, 5.5, 5.3, 5.4, 5.6, 6.0, 5.9, 5.3]),
    ("no-oslo", STAT_MONTHLY.format(**DOCS["oslo"]), "secondary",
     [-2.2, -1.5, 2.6, 7.7, 11.3, 15.3, 17.9, 16.3, 12.6, 7.2, 2.8, -1.4],
     [84, 85, 72, 61, 65, 63, 65, 75, 81, 79, 83, 87],
     [4.4, 5.2, 7.2, 8.1, 8.9, 8.7, 8.4, 7.9, 7.3, 5.6, 4.2, 4.3]),
    ("nl-amsterdam", EPW_MONTHLY.format(**EPWS["amsterdam"]), "derived",
     [4.2, 3.7, 5.3, 8.4, 12.7, 15.2, 16.9, 17.1, 14.4, 10.9, 6.5, 4.4],
     [87, 87, 83, 87, 74, 75, 85, 79, 85, 83, 89, 89],
     [4.6, 4.8, 6.3, 6.5, 9.3, 8.7, 7.9, 7.1, 7.7, 6.3, 6.5, 4.0]),
    ("es-barcelona", EPW_MONTHLY.format(**EPWS["barcelona"]), "derived",
     [8.2, 9.4, 11.1, 13.1, 17.0, 20.9, 23.5, 24.1, 21.6, 17.3, 12.1, 9.9],
     [72, 69, 75, 73, 75, 77, 70, 72, 75, 83, 80, 66],
     [9.1, 7.2, 8.9, 8.2, 7.2, 6.9, 7.3, 7.3, 8.1, 7.6, 8.2, 8.0]),
    ("gb-london", STAT_MONTHLY.format(**DOCS["gatwick"]), "secondary",
     [4.4, 3.9, 6.8, 8.3, 12.5, 15.0, 17.3, 16.7, 13.8, 10.6, 7.8, 5.1],
     [82, 84, 78, 76, 73, 71, 75, 75, 75, 86, 87, 89],
     [5.5, 6.0, 7.5, 8.8, 9.3, 9.4, 9.7, 9.8, 9.1, 7.6, 6.5, 5.4]),
    ("fr-paris", EPW_MONTHLY.format(**EPWS["paris"]), "derived",
     [3.9, 4.2, 7.0, 10.0, 14.3, 16.8, 19.4, 19.7, 15.7, 11.3, 6.4, 4.5],
     [91, 68, 75, 73, 66, 78, 65, 68, 78, 81, 89, 90],
     [4.4, 5.4, 7.0, 8.5, 9.4, 8.5, 10.0, 10.9, 8.2, 8.7, 4.9, 4.9]),
    ("my-johor", EPW_MONTHLY.format(**EPWS["johor"]), "derived",
     [25.8, 26.3, 26.8, 26.8, 27.3, 27.2, 26.6, 26.5, 26.6, 26.7, 26.2, 26.2],
     [85, 80, 81, 88, 83, 86, 84, 85, 87, 87, 89, 87],
     [7.1, 8.7, 8.7, 8.0, 8.3, 8.1, 8.0, 7.4, 8.3, 8.5, 7.5, 7.1]),
    ("au-sydney", EPW_MONTHLY.format(**EPWS["sydney"]), "derived",
     [22.0, 22.9, 21.3, 18.7, 15.9, 13.4, 12.3, 13.6, 15.3, 18.4, 19.8, 21.2],
     [68, 71, 75, 75, 76, 70, 65, 65, 66, 59, 64, 72],
     [6.9, 6.7, 6.8, 8.5, 6.7, 7.2, 9.5, 10.2, 8.6, 9.7, 6.7, 6.5]),
    ("se-stockholm", EPW_MONTHLY.format(**EPWS["stockholm"]), "derived",
     [-3.6, -0.8, 0.3, 4.4, 11.7, 14.5, 17.0, 16.0, 11.3, 6.7, 1.6, -1.9],
     [91, 79, 84, 65, 64, 68, 73, 72, 82, 86, 88, 89],
     [4.8, 4.7, 4.9, 8.8, 10.5, 8.8, 7.8, 7.0, 6.3, 5.6, 4.9, 5.3]),
    ("ie-dublin", EPW_MONTHLY.format(**EPWS["dublin"]), "derived",
     [5.8, 4.8, 6.8, 8.5, 10.5, 13.5, 15.6, 14.6, 13.2, 10.5, 7.2, 6.2],
     [86, 78, 83, 78, 75, 79, 79, 82, 82, 80, 85, 87],
     [4.6, 4.0, 6.0, 6.6, 7.0, 7.0, 6.9, 6.8, 5.9, 6.0, 4.9, 5.2]),
    ("se-lulea", STAT_MONTHLY.format(**DOCS["lulea"]), "secondary",
     [-8.9, -8.1, -3.8, 0.9, 6.3, 13.6, 16.7, 15.2, 10.5, 3.9, -1.7, -5.0],
     [89, 79, 80, 68, 69, 68, 78, 81, 80, 84, 94, 87],
     [7.4, 7.9, 8.4, 7.7, 8.1, 7.3, 7.1, 7.0, 6.8, 5.7, 5.5, 6.6]),
    ("us-council-bluffs-ia", STAT_MONTHLY.format(**DOCS["omaha"]), "secondary",
     [-4.5, -0.9, 4.6, 11.5, 17.9, 24.2, 25.8, 24.7, 21.4, 12.6, 5.0, -1.2],
     [68, 64, 56, 57, 59, 60, 68, 66, 70, 63, 61, 71],
     [9.7, 10.1, 11.6, 12.0, 11.5, 10.9, 10.6, 10.5, 12.0, 11.7, 10.7, 9.2]),
    ("us-dallas-tx", STAT_MONTHLY.format(**DOCS["dfw"]), "secondary",
     [8.4, 9.4, 16.1, 19.0, 23.1, 28.4, 30.7, 30.5, 26.8, 21.7, 15.7, 9.0],
     [65, 68, 58, 64, 68, 64, 58, 60, 58, 55, 65, 67],
     [11.0, 11.0, 11.0, 11.0, 10.1, 10.1, 10.5, 10.6, 10.5, 11.1, 10.7, 10.4]),
    ("kr-seoul", EPW_MONTHLY.format(**EPWS["seoul"]), "derived",
     [-1.8, 1.0, 6.3, 12.7, 18.2, 23.4, 25.8, 26.3, 22.1, 15.7, 8.2, -0.1],
     [52, 47, 46, 55, 59, 61, 73, 70, 68, 59, 67, 55],
     [8.0, 8.4, 9.7, 9.1, 9.1, 8.1, 5.4, 7.2, 8.3, 8.4, 8.8, 7.6]),
    ("es-bilbao", EPW_MONTHLY.format(**EPWS["bilbao"]), "derived",
     [9.2, 9.6, 10.8, 13.0, 15.6, 19.0, 20.7, 21.1, 19.1, 17.1, 13.7, 10.0],
     [73, 79, 61, 74, 73, 80, 78, 75, 75, 81, 69, 74],
     [8.0, 7.8, 8.8, 10.8, 9.7, 9.0, 8.0, 11.8, 10.5, 10.4, 8.3, 7.4]),
    ("us-cheyenne-wy", EPW_MONTHLY.format(**EPWS["cheyenne"]), "derived",
     [-3.2, -2.8, 1.3, 6.1, 9.6, 16.4, 20.6, 18.7, 14.7, 7.6, 0.7, -0.2],
     [59, 56, 57, 54, 58, 49, 45, 55, 52, 45, 48, 56],
     [12.3, 12.4, 13.4, 11.3, 10.5, 13.1, 13.9, 14.3, 13.6, 13.7, 11.9, 10.9]),
    ("it-milan", EPW_MONTHLY.format(**EPWS["milan"]), "derived",
     [0.6, 2.9, 8.5, 12.8, 16.8, 19.9, 23.1, 22.0, 19.0, 13.0, 7.5, 2.4],
     [90, 85, 85, 79, 70, 79, 62, 77, 87, 93, 90, 89],
     [5.1, 8.5, 6.9, 9.3, 10.1, 9.1, 11.5, 9.5, 9.1, 7.7, 5.6, 5.2]),
    # Fourth pass.
    ("us-memphis-tn", EPW_MONTHLY.format(**EPWS["memphis"]), "derived",
     [4.1, 6.6, 12.4, 16.8, 22.1, 26.0, 28.3, 27.5, 24.3, 16.7, 12.1, 6.8],
     [72, 59, 66, 61, 71, 67, 65, 63, 73, 63, 67, 59],
     [9.6, 10.1, 11.0, 10.2, 9.7, 10.2, 10.3, 10.4, 9.6, 11.5, 11.3, 10.8]),
    ("us-columbus-oh", EPW_MONTHLY.format(**EPWS["columbus"]), "derived",
     [-2.5, -1.8, 5.3, 11.7, 17.3, 21.0, 23.0, 21.9, 18.0, 10.7, 6.7, 0.4],
     [73, 70, 70, 64, 61, 72, 74, 75, 75, 68, 71, 72],
     [8.6, 9.7, 12.0, 10.8, 12.0, 10.3, 9.8, 9.9, 9.8, 10.7, 10.1, 7.2]),
    ("jp-tokyo", METEONORM_MONTHLY.format(file="Japan_Tokyo.txt", place="'Japan_Tokyo'",
                                          coords="35.683 N 139.767 E, central Tokyo, the "
                                                 "library's point"),
     "derived",
     [6.4, 6.9, 10.1, 14.9, 19.1, 22.4, 26.6, 27.4, 23.8, 18.7, 13.3, 8.6],
     [46, 46, 48, 56, 64, 71, 70, 69, 69, 64, 59, 49],
     [6.8, 7.1, 7.4, 7.6, 6.9, 5.9, 6.2, 6.3, 5.9, 6.3, 6.3, 6.7]),
    ("in-mumbai", METEONORM_MONTHLY.format(file="India_Bombay.txt", place="'India_Bombay'",
                                           coords="19.117 N 72.85 E, at Santacruz, the "
                                                  "library's point"),
     "derived",
     [24.5, 25.4, 27.4, 28.5, 29.7, 28.5, 27.8, 27.6, 27.5, 28.8, 27.5, 25.9],
     [57, 57, 59, 64, 67, 77, 81, 80, 79, 63, 58, 58],
     [13.0, 12.4, 10.6, 8.2, 6.2, 5.6, 4.9, 4.6, 5.6, 9.4, 11.9, 13.2]),
    # Fifth pass.
    ("us-portland-or", STAT_MONTHLY.format(**DOCS["portland"]), "secondary",
     [5.5, 6.9, 8.3, 11.7, 13.9, 17.6, 19.9, 20.1, 17.3, 12.8, 8.5, 4.1],
     [83, 78, 75, 74, 72, 68, 65, 67, 73, 75, 83, 88],
     [5.5, 7.5, 8.7, 9.3, 9.9, 10.5, 11.8, 12.2, 11.9, 9.1, 6.0, 5.1]),
    ("us-reno-nv", EPW_MONTHLY.format(**TMY3_FILES["reno"]), "derived",
     [0.7, 3.4, 5.6, 10.2, 15.0, 19.7, 24.3, 23.0, 16.8, 10.0, 4.4, -0.5],
     [65, 58, 58, 47, 39, 40, 33, 30, 45, 51, 54, 64],
     [13.4, 13.5, 13.5, 14.9, 17.4, 17.2, 19.7, 21.4, 18.6, 18.1, 16.4, 12.6]),
    ("us-abilene-tx", EPW_MONTHLY.format(**TMY3_FILES["abilene"]), "derived",
     [2.6, 6.7, 13.3, 17.6, 22.4, 25.6, 28.2, 27.4, 23.8, 19.0, 12.2, 5.6],
     [64, 62, 59, 57, 64, 59, 52, 57, 59, 55, 59, 60],
     [11.8, 12.6, 11.4, 14.7, 12.2, 11.4, 12.3, 11.5, 10.5, 13.0, 13.5, 12.7]),
    ("us-monroe-la", EPW_MONTHLY.format(**TMY3_FILES["monroe"]), "derived",
     [7.0, 13.1, 12.7, 17.5, 22.4, 25.1, 28.1, 27.5, 23.1, 18.9, 14.1, 8.2],
     [75, 70, 72, 67, 73, 79, 76, 79, 68, 78, 78, 73],
     [9.5, 12.5, 11.8, 12.7, 12.0, 10.6, 10.5, 11.0, 14.1, 12.7, 14.1, 12.5]),
    ("us-quincy-wa", EPW_MONTHLY.format(**TMY3_FILES["moseslake"]), "derived",
     [-1.0, 2.2, 8.4, 11.9, 15.1, 20.2, 22.6, 24.0, 16.4, 9.3, 3.7, 0.8],
     [87, 84, 66, 56, 51, 48, 46, 46, 51, 66, 82, 85],
     [6.0, 7.4, 14.5, 17.1, 12.9, 15.2, 17.0, 17.3, 14.9, 13.6, 6.1, 6.4]),
    ("id-jakarta", DAILY_MONTHLY.format(
        period="2015-2025", days="4,016", station="Stasiun Meteorologi Kemayoran",
        wmo="96745", note=", -6.156 106.840, 4 m, central Jakarta, about 21 km east of the "
                          "library's Soekarno-Hatta point",
        publisher="BMKG (dataonline.bmkg.go.id)",
        files="('laporan iklim harian' .xlsx, 133 reports committed to a public rainfall-"
              "prediction study)", url=BMKG_KEMAYORAN, tavg="TAVG", rh="RH_AVG", rng="TX - TN"),
     "derived",
     [27.9, 27.6, 28.2, 28.9, 29.3, 28.8, 28.6, 28.6, 28.9, 29.2, 28.9, 28.4],
     [80, 82, 79, 78, 76, 76, 73, 72, 71, 73, 75, 77],
     [6.0, 5.6, 6.3, 6.7, 6.7, 6.8, 7.1, 6.9, 6.9, 6.8, 6.6, 6.3]),
]


def ranges(db, cold, warm):
    """Daily range per month: cosine between the coldest and the warmest month's range."""
    coldest = min(range(12), key=lambda m: db[m])
    warmest = max(range(12), key=lambda m: db[m])
    out = []
    for m in range(12):
        # distance in months from the coldest month, mapped to 0..1 through the warmest month
        span = (warmest - coldest) % 12 or 6
        d = ((m - coldest) % 12)
        t = d / span if d <= span else (12 - d) / (12 - span)
        out.append(round(cold + (warm - cold) * (1 - math.cos(math.pi * t)) / 2, 1))
    return out


def figure(value, source, confidence):
    return {"value": value, "source": source, "confidence": confidence}


def main():
    design = {row[0]: row[1:] for row in SOURCED_DESIGN}
    monthly = {row[0]: row[1:] for row in SOURCED_MONTHLY}
    ids = {row[0] for row in L}
    assert set(design) <= ids and set(monthly) <= ids, "a sourced row names no location"
    assert len(design) == len(SOURCED_DESIGN) and len(monthly) == len(SOURCED_MONTHLY), "twice"
    locs = []
    for (id_, name, country, region, station, lat, lon, elev, ddb, dwb, db, rh, rc, rw) in L:
        if id_ in design:
            assert ddb is None and dwb is None, id_ + ": one value per figure"
            ddb, dwb, src, conf = design[id_]
            assert conf in ("secondary", "unverified"), id_
            design_db = figure(ddb, src, conf)
            design_wb = figure(dwb, src, conf)
        else:
            design_db = figure(ddb, ASSUMED_DB.format(station=station), "assumption")
            design_wb = figure(dwb, ASSUMED_WB.format(station=station), "assumption")
        if id_ in monthly:
            assert db is None and rh is None and rc is None, id_ + ": one value per figure"
            src, conf, db, rh, rng = monthly[id_]
            assert conf in ("secondary", "derived"), id_
            assert len(db) == 12 and len(rh) == 12 and len(rng) == 12, id_
            month = {"source": src, "confidence": conf,
                     "dry_bulb_c": db, "rh_pct": rh, "diurnal_range_k": rng}
        else:
            assert len(db) == 12 and len(rh) == 12, id_
            month = {"source": ASSUMED_MONTHLY.format(station=station), "confidence": "assumption",
                     "dry_bulb_c": db, "rh_pct": rh, "diurnal_range_k": ranges(db, rc, rw)}
        locs.append({
            "id": id_, "name": name, "country": country, "region": region,
            "lat": lat, "lon": lon, "elevation_m": elev,
            "design_dry_bulb_c": design_db, "design_wet_bulb_c": design_wb, "monthly": month,
        })
    doc = {
        "format": "aifp-climate",
        "version": 1,
        "about": ("Climate library of aifp (docs/estimation.md 'Climate'). Generated by "
                  "resources/build_climate.py; every figure carries its source and confidence."),
        "locations": locs,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "climate.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    by_conf = {}
    for row in SOURCED_DESIGN:
        by_conf[row[4]] = by_conf.get(row[4], 0) + 1
    print(f"{path}: {len(locs)} locations, design sourced for {len(design)} "
          f"({', '.join(f'{n} {c}' for c, n in sorted(by_conf.items()))}), monthly "
          f"statistics sourced for {len(monthly)} "
          f"({sum(r[2] == 'derived' for r in SOURCED_MONTHLY)} derived)")


if __name__ == "__main__":
    main()
