#!/usr/bin/env python3
"""Build src/mandates/data/missions.json, the shipped mission registry.

Inputs (all under ../shared/data, read-only):

- ``un_pko_list_official_1948_2019``: the UN's list of 71 peacekeeping
  operations (month precision). It decides which operations are PKOs.
- ``un_pko_list_psdata``: the Peace and Security Data Hub list (some days,
  stale status, aggregates and non-PKOs mixed in).
- ``pkoc_mission_start``: start months and one host country per mission,
  special political missions included.
- ``unxml``: the resolutions 2000-2026. Used for adoption dates, to check that
  every resolution cited below exists and names its mission, and to harvest
  the full names resolutions pair with each acronym ("... (MINUSMA)").
- ``unsc_resolutions_crunsc_gold``: texts 1946-1994, to check older
  establishing resolutions.

The CURATED table below holds what the lists lack (special political missions,
non-UN forces, resolution symbols, day-precision dates from resolutions); each
entry names its resolutions. Where the lists disagree with each other or with
the resolutions, the builder picks a value by a fixed rule and prints a note
(``--report``). Output is deterministic: same inputs, same bytes.

Dates: ``start`` is the day the Council's decision brings the mission into
being (the adoption date unless the resolution names a later "as of/from"
date), ``operational_start`` the later takeover or start of operations,
``end`` the last day of the mandate (inclusive) and ``withdrawal_end`` the
date drawdown had to be complete. "YYYY-MM" or "YYYY" when only that is known.
For non-UN forces ``start`` is the Council's authorization. ``end`` is null when
no termination appears in the record up to the newest resolution in unxml.

Usage: build_missions.py [--shared DIR] [--out FILE] [--check] [--report]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "src" / "mandates" / "data" / "missions.json"

OFFICIAL = "un_pko_list_official_1948_2019"
PSDATA = "un_pko_list_psdata"
PKOC = "pkoc_mission_start"
UNXML = "unxml"
CRUNSC = "unsc_resolutions_crunsc_gold"

PKO, SPM, REGIONAL, MULTINATIONAL = "peacekeeping", "special_political", "regional", "multinational"

COUNTRIES = {
    "AFG": "Afghanistan", "AGO": "Angola", "BDI": "Burundi", "BIH": "Bosnia and Herzegovina",
    "CAF": "Central African Republic", "CIV": "Côte d'Ivoire", "COD": "Democratic Republic of the Congo",
    "COL": "Colombia", "CRI": "Costa Rica", "CYP": "Cyprus", "DOM": "Dominican Republic", "EGY": "Egypt",
    "ERI": "Eritrea", "ESH": "Western Sahara", "ETH": "Ethiopia", "GAB": "Gabon", "GEO": "Georgia",
    "GNB": "Guinea-Bissau", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti",
    "IDN": "Indonesia", "IND": "India", "IRN": "Iran (Islamic Republic of)", "IRQ": "Iraq", "ISR": "Israel",
    "JOR": "Jordan", "KHM": "Cambodia", "KWT": "Kuwait", "LBN": "Lebanon", "LBR": "Liberia", "LBY": "Libya",
    "MKD": "North Macedonia", "MLI": "Mali", "MOZ": "Mozambique", "NAM": "Namibia", "NIC": "Nicaragua",
    "NPL": "Nepal", "PAK": "Pakistan", "RWA": "Rwanda", "SDN": "Sudan", "SEN": "Senegal",
    "SLE": "Sierra Leone", "SLV": "El Salvador", "SOM": "Somalia", "SRB": "Serbia", "SSD": "South Sudan",
    "SYR": "Syrian Arab Republic", "TCD": "Chad", "TJK": "Tajikistan", "TKM": "Turkmenistan",
    "TLS": "Timor-Leste", "UGA": "Uganda", "YEM": "Yemen",
    # Not an ISO 3166 code: the user-assigned code in common use for Kosovo.
    "XKX": "Kosovo",
}


def C(acronym, kind=PKO, **fields):
    """One curated entry; keys mirror the JSON fields (est/close = resolutions)."""
    return acronym, dict(kind=kind, **fields)


# Non-PKO rows of the psdata list that are left out, and why.
PSDATA_EXCLUDED = {
    "UNOSOM": "aggregate of UNOSOM I and II", "UNEF": "aggregate of UNEF I and II",
    "UNAVEM": "aggregate of UNAVEM I and II", "UNOHCI": "humanitarian coordinator, not a PKO",
    "UNGCI": "guards contingent, not on the official list", "UNSCOB": "General Assembly committee (1947-1951)",
    "UNPF": "theatre headquarters over UNCRO/UNPROFOR/UNPREDEP", "UNFOR": "no dates, not on the official list",
    "MICAH": "General Assembly mission, not on the official list",
}
PKOC_EXCLUDED = {"LBB": "the UN Logistics Base at Brindisi, not a mission"}
# Rows in the lists that are another mission under a second acronym.
SAME_MISSION = {"UNPSG": "UNCPSG", "IPTF": "UNMIBH"}
# The pkoc row of a mission when its acronym there differs (pkoc's "UNOWAS" starts in 2002: it is UNOWA).
PKOC_ROW = {"UNOCI": "ONUCI", "UNAVEM I": "UNAVEM", "UNOSOM I": "UNOSOM", "UNOWA": "UNOWAS", "UNOWAS": None}
CURATED_SOURCE = "curated"  # facts ../shared lacks, from this table

# "adopted" = the adoption date of the establishing resolution, read from unxml.
CURATED = dict([
    # --- peacekeeping: facts the two lists lack or get wrong -------------------------------
    C("UNTSO", est="S/RES/50 (1948)", host="ISR", also=("EGY", "JOR", "LBN", "SYR")),
    C("UNMOGIP", host="PAK", also=("IND",)),
    C("UNEF I", host="EGY", names=("First United Nations Emergency Force", "United Nations Emergency Force I"),
      est="A/RES/1000 (ES-I)"),
    C("UNOGIL", est="S/RES/128 (1958)", host="LBN"),
    C("ONUC", est="S/RES/143 (1960)", host="COD", aliases=("Opération des Nations Unies au Congo",)),
    C("UNSF", host="IDN", est="A/RES/1752 (XVII)"),
    C("UNYOM", est="S/RES/179 (1963)", host="YEM"),
    C("UNFICYP", est="S/RES/186 (1964)", refs=("the Force", "the Mission")),
    C("DOMREP", est="S/RES/203 (1965)", host="DOM"),
    C("UNIPOM", host="IND", also=("PAK",)),
    C("UNEF II", est="S/RES/340 (1973)", host="EGY",
      names=("Second United Nations Emergency Force", "United Nations Emergency Force II")),
    C("UNDOF", est="S/RES/350 (1974)", start="1974-05-31", refs=("the Force", "the Mission")),
    C("UNIFIL", est="S/RES/425 (1978)", refs=("the Force", "the Mission")),
    C("UNGOMAP", est="S/RES/622 (1988)", host="AFG", also=("PAK",)),
    C("UNIIMOG", est="S/RES/619 (1988)", host="IRN", also=("IRQ",)),
    C("UNAVEM I", est="S/RES/626 (1988)", host="AGO"),
    C("UNTAG", est="S/RES/435 (1978)", host="NAM"),
    C("ONUCA", est="S/RES/644 (1989)", host="HND", also=("CRI", "SLV", "GTM", "NIC")),
    C("UNIKOM", host="IRQ", also=("KWT",), end="2003-10-06", close="S/RES/1490 (2003)"),
    C("MINURSO", est="S/RES/690 (1991)",
      aliases=("Mission des Nations Unies pour l'organisation d'un référendum au Sahara occidental",)),
    C("UNAVEM II", est="S/RES/696 (1991)", pred=("UNAVEM I",)),
    C("ONUSAL", est="S/RES/693 (1991)"),
    C("UNAMIC", est="S/RES/717 (1991)"),
    C("UNPROFOR", est="S/RES/743 (1992)", also=("BIH", "MKD")),
    C("UNTAC", est="S/RES/745 (1992)", pred=("UNAMIC",)),
    C("UNOSOM I", est="S/RES/751 (1992)", host="SOM"),
    C("ONUMOZ", est="S/RES/797 (1992)"),
    C("UNOSOM II", est="S/RES/814 (1993)", pred=("UNOSOM I",)),
    C("UNOMUR", est="S/RES/846 (1993)", also=("RWA",)),
    C("UNOMIG", est="S/RES/858 (1993)"),
    C("UNOMIL", est="S/RES/866 (1993)"),
    C("UNMIH", est="S/RES/867 (1993)"),
    C("UNAMIR", est="S/RES/872 (1993)"),
    # 900-1284 are in neither text set; symbols from the Council's published list.
    C("UNASOG", est="S/RES/915 (1994)", host="TCD"),
    C("UNMOT", est="S/RES/968 (1994)"),
    C("UNAVEM III", est="S/RES/976 (1995)", pred=("UNAVEM II",)),
    C("UNCRO", est="S/RES/981 (1995)", start="1995-03-31", pred=("UNPROFOR",)),
    C("UNPREDEP", est="S/RES/983 (1995)", pred=("UNPROFOR",)),
    C("UNMIBH", est="S/RES/1035 (1995)", end="2002-12-31", close="S/RES/1423 (2002)",
      aliases=("IPTF", "International Police Task Force", "United Nations International Police Task Force")),
    C("UNTAES", est="S/RES/1037 (1996)", host="HRV", pred=("UNCRO",)),
    C("UNMOP", est="S/RES/1038 (1996)", end="2002-12-15", close="S/RES/1437 (2002)"),
    C("UNSMIH", est="S/RES/1063 (1996)", pred=("UNMIH",)),
    C("MINUGUA", est="S/RES/1094 (1997)"),
    C("MONUA", est="S/RES/1118 (1997)", pred=("UNAVEM III",)),
    C("UNTMIH", est="S/RES/1123 (1997)", pred=("UNSMIH",)),
    C("MIPONUH", est="S/RES/1141 (1997)", pred=("UNTMIH",)),
    C("UNCPSG", est="S/RES/1145 (1997)", host="HRV", pred=("UNTAES",), aliases=("UNPSG",),
      names=("United Nations Civilian Police Support Group",)),
    C("MINURCA", est="S/RES/1159 (1998)"),
    C("UNOMSIL", est="S/RES/1181 (1998)"),
    C("UNMIK", est="S/RES/1244 (1999)", host="XKX"),
    C("UNAMSIL", est="S/RES/1270 (1999)", end="2005-12-31", close="S/RES/1610 (2005)", pred=("UNOMSIL",)),
    C("UNTAET", est="S/RES/1272 (1999)", end="2002-05-20", pred=("UNAMET",), sources=("S/RES/1392 (2002)",)),
    C("MONUC", est="S/RES/1279 (1999)", end="2010-06-30", close="S/RES/1925 (2010)",
      aliases=("Mission de l'Organisation des Nations Unies en République démocratique du Congo",)),
    C("UNMEE", est="S/RES/1312 (2000)", start="adopted", end="2008-07-31", close="S/RES/1827 (2008)", host="ERI",
      also=("ETH",)),
    C("UNMISET", est="S/RES/1410 (2002)", start="2002-05-20", end="2005-05-20", close="S/RES/1573 (2004)",
      pred=("UNTAET",)),
    C("MINUCI", est="S/RES/1479 (2003)", start="adopted", end="2004-04-04", close="S/RES/1528 (2004)"),
    C("UNMIL", est="S/RES/1509 (2003)", start="adopted", operational_start="2003-10-01", end="2018-03-30",
      withdrawal_end="2018-04-30", close="S/RES/2333 (2016)", pred=("ECOMIL",)),
    C("UNOCI", est="S/RES/1528 (2004)", start="2004-04-04", end="2017-06-30", close="S/RES/2284 (2016)",
      pred=("MINUCI",), aliases=("ONUCI", "Opération des Nations Unies en Côte d'Ivoire"),
      refs=("the Operation", "the Mission")),
    C("MINUSTAH", est="S/RES/1542 (2004)", start="adopted", operational_start="2004-06-01", end="2017-10-15",
      close="S/RES/2350 (2017)", pred=("MIF",),
      aliases=("Mission des Nations Unies pour la stabilisation en Haïti",)),
    C("ONUB", est="S/RES/1545 (2004)", start="2004-06-01", end="2006-12-31", sources=("S/RES/1692 (2006)",),
      aliases=("Opération des Nations Unies au Burundi",), refs=("the Operation",)),
    C("UNMIS", est="S/RES/1590 (2005)", start="adopted", end="2011-07-09", withdrawal_end="2011-08-31",
      close="S/RES/1997 (2011)", pred=("UNAMIS",), sources=("S/RES/1978 (2011)",)),
    C("UNMIT", est="S/RES/1704 (2006)", start="adopted", end="2012-12-31", pred=("UNOTIL",),
      sources=("S/RES/2037 (2012)",)),
    C("UNAMID", est="S/RES/1769 (2007)", start="adopted", operational_start="2007-12-31", end="2020-12-31",
      withdrawal_end="2021-06-30", close="S/RES/2559 (2020)", pred=("AMIS",), host="SDN",
      refs=("the Operation", "the Mission"),
      aliases=("AU-UN Hybrid Operation in Darfur", "AU/UN Hybrid Operation in Darfur")),
    C("MINURCAT", est="S/RES/1778 (2007)", start="adopted", end="2010-12-31", withdrawal_end="2010-12-31",
      close="S/RES/1923 (2010)", host="TCD", also=("CAF",)),
    C("MONUSCO", est="S/RES/1925 (2010)", start="2010-07-01", pred=("MONUC",),
      aliases=("Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo",)),
    C("UNISFA", est="S/RES/1990 (2011)", start="adopted", host="SDN", also=("SSD",),
      refs=("the Force", "the Mission"), names=("United Nations Interim Security Force for Abyei",)),
    C("UNMISS", est="S/RES/1996 (2011)", start="2011-07-09", pred=("UNMIS",)),
    C("UNSMIS", est="S/RES/2043 (2012)", start="adopted", end="2012-08-19", close="S/RES/2059 (2012)", host="SYR"),
    C("MINUSMA", est="S/RES/2100 (2013)", start="adopted", operational_start="2013-07-01", end="2023-06-30",
      withdrawal_end="2023-12-31", close="S/RES/2690 (2023)", pred=("AFISMA",),
      aliases=("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali",)),
    C("MINUSCA", est="S/RES/2149 (2014)", start="adopted", operational_start="2014-09-15", pred=("MISCA", "BINUCA"),
      aliases=("Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine",)),
    C("MINUJUSTH", est="S/RES/2350 (2017)", start="2017-10-16", end="2019-10-15", close="S/RES/2466 (2019)",
      pred=("MINUSTAH",),
      aliases=("Mission des Nations Unies pour l'appui à la justice en Haïti",)),
    # --- special political missions ---------------------------------------------------------
    C("UNSMA", SPM, host="AFG", start="1993-12", end="2002-03-28",
      names=("United Nations Special Mission to Afghanistan", "United Nations Special Mission in Afghanistan"),
      sources=(CURATED_SOURCE,)),
    C("UNPOS", SPM, host="SOM", start="1995-04", end="2013-06-02",
      names=("United Nations Political Office for Somalia",),
      sources=(CURATED_SOURCE, "S/RES/2093 (2013)")),
    C("UNOGBIS", SPM, host="GNB", start="1999", end="2009-12-31",
      names=("United Nations Peacebuilding Support Office in Guinea-Bissau",),
      sources=(CURATED_SOURCE, "S/RES/1876 (2009)")),
    C("UNAMET", SPM, host="TLS", est="S/RES/1246 (1999)", start="1999-06-11", end="1999-10",
      names=("United Nations Mission in East Timor",), sources=(PKOC, "S/RES/1272 (1999)")),
    C("UNOA", SPM, host="AGO", est="S/RES/1268 (1999)", start="1999-10-15", end="2002-08-15", pred=("MONUA",),
      names=("United Nations Office in Angola",), sources=(PKOC, "S/RES/1294 (2000)", "S/RES/1433 (2002)")),
    C("BONUCA", SPM, host="CAF", start="2000-02", end="2009-12", pred=("MINURCA",),
      names=("United Nations Peacebuilding Support Office in the Central African Republic",),
      sources=(CURATED_SOURCE, PKOC)),
    C("UNAMA", SPM, host="AFG", est="S/RES/1401 (2002)", start="adopted", pred=("UNSMA",)),
    C("UNOWA", SPM, host="SEN", start="2002-03", end="2016-01", names=("United Nations Office for West Africa",),
      sources=(CURATED_SOURCE, PKOC)),
    C("UNMA", SPM, host="AGO", est="S/RES/1433 (2002)", start="adopted", end="2003-02-15", pred=("UNOA",),
      names=("United Nations Mission in Angola",)),
    C("UNAMI", SPM, host="IRQ", est="S/RES/1500 (2003)", start="adopted", end="2025-12-31",
      close="S/RES/2732 (2024)",
      names=("United Nations Assistance Mission for Iraq",)),
    C("UNAMIS", SPM, host="SDN", est="S/RES/1547 (2004)", start="adopted", end="2005-03-24",
      close="S/RES/1590 (2005)",
      names=("United Nations Advance Mission in Sudan",), evidence="advance team in Sudan"),
    C("UNOTIL", SPM, host="TLS", est="S/RES/1599 (2005)", start="adopted", end="2006-08-25", pred=("UNMISET",),
      names=("United Nations Office in Timor-Leste",), sources=("S/RES/1703 (2006)",)),
    C("UNIOSIL", SPM, host="SLE", est="S/RES/1620 (2005)", start="2006-01-01", end="2008-09-30", pred=("UNAMSIL",),
      names=("United Nations Integrated Office in Sierra Leone",), sources=("S/RES/1793 (2007)",)),
    C("BINUB", SPM, host="BDI", est="S/RES/1719 (2006)", start="2007-01-01", end="2010-12-31", pred=("ONUB",),
      names=("United Nations Integrated Office in Burundi",),
      aliases=("Bureau Intégré des Nations Unies au Burundi",),
      sources=("S/RES/1959 (2010)",)),
    C("UNMIN", SPM, host="NPL", est="S/RES/1740 (2007)", start="adopted", end="2011-01-15",
      close="S/RES/1939 (2010)",
      names=("United Nations Mission in Nepal",)),
    C("UNSCOL", SPM, host="LBN", start="2007", sources=(CURATED_SOURCE,),
      names=("Office of the United Nations Special Coordinator for Lebanon",
             "United Nations Special Coordinator for Lebanon")),
    C("UNRCCA", SPM, host="TKM", start="2007-12", refs=("the Centre",),
      names=("United Nations Regional Centre for Preventive Diplomacy for Central Asia",),
      sources=(CURATED_SOURCE,)),
    C("UNIPSIL", SPM, host="SLE", est="S/RES/1829 (2008)", start="2008-10-01", end="2014-03-31", pred=("UNIOSIL",),
      names=("United Nations Integrated Peacebuilding Office in Sierra Leone",), sources=("S/RES/2097 (2013)",)),
    C("UNIOGBIS", SPM, host="GNB", est="S/RES/1876 (2009)", start="2010-01-01", end="2020-12-31",
      close="S/RES/2512 (2020)",
      pred=("UNOGBIS",), names=("United Nations Integrated Peacebuilding Office in Guinea-Bissau",)),
    C("BINUCA", SPM, host="CAF", start="2010-01", end="2014-04-10", pred=("BONUCA",),
      sources=(CURATED_SOURCE, "S/RES/2149 (2014)"),
      names=("United Nations Integrated Peacebuilding Office in the Central African Republic",)),
    C("BNUB", SPM, host="BDI", est="S/RES/1959 (2010)", start="2011-01-01", end="2014-12-31",
      close="S/RES/2137 (2014)",
      pred=("BINUB",), names=("United Nations Office in Burundi",)),
    C("UNOCA", SPM, host="GAB", start="2011-03", names=("United Nations Regional Office for Central Africa",),
      sources=(CURATED_SOURCE,)),
    C("UNSMIL", SPM, host="LBY", est="S/RES/2009 (2011)", start="adopted",
      names=("United Nations Support Mission in Libya",)),
    C("UNSOM", SPM, host="SOM", est="S/RES/2102 (2013)", start="2013-06-03", end="2024-10-31",
      close="S/RES/2753 (2024)",
      pred=("UNPOS",), names=("United Nations Assistance Mission in Somalia",)),
    C("UNOWAS", SPM, host="SEN", start="2016-01", pred=("UNOWA",),
      names=("United Nations Office for West Africa and the Sahel",), sources=(CURATED_SOURCE,)),
    C("UNMC", SPM, host="COL", est="S/RES/2261 (2016)", start="adopted", end="2017-09-25",
      names=("United Nations Mission in Colombia",),
      sources=("S/RES/2366 (2017)",), evidence="political mission"),
    C("UNVMC", SPM, host="COL", est="S/RES/2366 (2017)", start="adopted", operational_start="2017-09-26",
      pred=("UNMC",),
      names=("United Nations Verification Mission in Colombia",), refs=("the Verification Mission", "the Mission")),
    C("UNMHA", SPM, host="YEM", est="S/RES/2452 (2019)", start="adopted", end="2026-03-31",
      close="S/RES/2813 (2026)",
      names=("United Nations Mission to support the Hodeidah Agreement",)),
    C("BINUH", SPM, host="HTI", est="S/RES/2476 (2019)", start="2019-10-16", pred=("MINUJUSTH",),
      names=("United Nations Integrated Office in Haiti",), aliases=("Bureau intégré des Nations Unies en Haïti",)),
    C("UNITAMS", SPM, host="SDN", est="S/RES/2524 (2020)", start="adopted", end="2023-12-03",
      close="S/RES/2715 (2023)",
      pred=("UNAMID",), names=("United Nations Integrated Transition Assistance Mission in Sudan",)),
    C("UNMM", SPM, host="SYR", est="S/RES/2165 (2014)", start="adopted", end="2023-07-10",
      names=("United Nations monitoring mechanism",), evidence="monitoring mechanism",
      aliases=("UN Monitoring Mechanism", "United Nations Monitoring Mechanism for Syria"),
      sources=(CURATED_SOURCE,)),
    C("UNTMIS", SPM, host="SOM", est="S/RES/2753 (2024)", start="2024-11-01", pred=("UNSOM",),
      names=("United Nations Transitional Assistance Mission in Somalia",)),
    # --- forces the Council authorized but the UN did not run (un_mission: false) -----------
    C("ECOMIL", REGIONAL, host="LBR", est="S/RES/1497 (2003)", start="adopted", end="2003-09-30",
      names=("ECOWAS Mission in Liberia",), sources=("S/RES/1509 (2003)",),
      evidence="Multinational Force in Liberia"),
    C("MIF", MULTINATIONAL, host="HTI", est="S/RES/1529 (2004)", start="adopted", end="2004-05-31",
      names=("Multinational Interim Force in Haiti", "Multinational Interim Force"),
      sources=("S/RES/1542 (2004)",)),
    C("AMIS", REGIONAL, host="SDN", start="2004", end="2007-12-31", sources=(CURATED_SOURCE, "S/RES/1769 (2007)"),
      names=("African Union Mission in the Sudan", "African Union Mission in Sudan")),
    C("AMISOM", REGIONAL, host="SOM", est="S/RES/1744 (2007)", start="adopted", end="2022-03-31",
      names=("African Union Mission in Somalia",), evidence="mission in Somalia"),
    C("AFISMA", REGIONAL, host="MLI", est="S/RES/2085 (2012)", start="adopted", end="2013-06-30",
      names=("African-led International Support Mission in Mali",), sources=("S/RES/2100 (2013)",)),
    C("MISCA", REGIONAL, host="CAF", est="S/RES/2127 (2013)", start="adopted", operational_start="2013-12-19",
      end="2014-09-14",
      names=("African-led International Support Mission in the Central African Republic",
             "African-led International Support Mission to the Central African Republic"),
      sources=("S/RES/2149 (2014)",)),
    C("ATMIS", REGIONAL, host="SOM", est="S/RES/2628 (2022)", start="2022-04-01", end="2024-12-31",
      pred=("AMISOM",),
      names=("African Union Transition Mission in Somalia",), sources=(CURATED_SOURCE,)),
    C("MSS", MULTINATIONAL, host="HTI", est="S/RES/2699 (2023)", start="adopted", end="2025-09-30",
      refs=("the Mission",),
      names=("Multinational Security Support mission", "Multinational Security Support mission in Haiti"),
      sources=("S/RES/2793 (2025)",)),
    C("AUSSOM", REGIONAL, host="SOM", est="S/RES/2767 (2024)", start="2025-01-01", pred=("ATMIS",),
      names=("African Union Support and Stabilisation Mission in Somalia",)),
    C("GSF", MULTINATIONAL, host="HTI", est="S/RES/2793 (2025)", start="adopted", pred=("MSS",),
      names=("Gang Suppression Force",)),
    # Multinational forces the Council authorizes year by year (their renewals are in the corpus)
    C("KFOR", MULTINATIONAL, host="XKX", est="S/RES/1244 (1999)", start="1999-06-12",
      names=("Kosovo Force",), sources=(CURATED_SOURCE,)),
    C("SFOR", MULTINATIONAL, host="BIH", est="S/RES/1088 (1996)", start="1996-12-20", end="2004-12-02",
      names=("NATO-led Stabilization Force",), evidence="SFOR", sources=(CURATED_SOURCE,)),
    C("EUFOR ALTHEA", REGIONAL, host="BIH", est="S/RES/1575 (2004)", start="2004-12-02", pred=("SFOR",),
      names=("European Union military operation in Bosnia and Herzegovina",), evidence="EUFOR",
      aliases=("EUFOR Althea", "EUFOR-Althea", "Operation Althea"), sources=(CURATED_SOURCE,)),
    C("ISAF", MULTINATIONAL, host="AFG", est="S/RES/1386 (2001)", start="adopted", end="2014-12-31",
      names=("International Security Assistance Force",), sources=(CURATED_SOURCE,)),
    C("MNF-I", MULTINATIONAL, host="IRQ", est="S/RES/1511 (2003)", start="adopted", end="2008-12-31",
      names=("multinational force in Iraq", "Multi-National Force - Iraq"), evidence="multinational force under unified command",
      sources=(CURATED_SOURCE,)),
])
NON_UN = {k for k, v in CURATED.items() if v["kind"] in (REGIONAL, MULTINATIONAL)}

MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"), start=1)}
AKN = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SYMBOL = re.compile(r"^S/RES/(\d+) \((\d{4})\)$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
HEAD_NOUNS = ("Mission", "Force", "Operation", "Office", "Group", "Authority", "Administration", "Centre",
              "Organization")
NAME_STARTS = ("United Nations ", "African Union", "African-led ", "AU/UN ", "AU-UN ", "ECOWAS ",
               "Multinational ", "Office of the United Nations ")
LOWER_OK = {"in", "the", "of", "for", "and", "to", "on", "support", "operation", "force", "mission",
            "d’Ivoire", "d'Ivoire"}
ESTABLISHING = re.compile(
    r"(?:[Dd]ecides to establish|Secretary-General to establish|[Ee]ndorses the establishment|"
    r"[Aa]uthori[sz]es the establishment|mandate the establishment)\b[^;]{0,250}?\(([A-Z][A-Za-z]{2,9})\)")


def fold(text: str) -> str:
    """Key for comparing names: case, accents, apostrophes and spacing ignored."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u2011", "-"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def iso_date(text: str) -> str | None:
    """Parse the extract's dates ("20 July 2012", "2024-01-30 00:00:00")."""
    text = (text or "").strip()
    for fmt in ("%d %B %Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            pass
    return None


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_official(data: Path) -> dict[str, dict]:
    def month(text):
        if text.strip() == "Present":
            return None
        name, year = text.split()
        return f"{year}-{MONTHS[name]:02d}"
    return {r["acronym"]: {"name": r["mission_name"].strip(), "start": month(r["start"]), "end": month(r["end"])}
            for r in read_csv(data / OFFICIAL / "un_pko_list_1948_2019.csv")}


def read_psdata(data: Path) -> dict[str, dict]:
    return {r["mission_acronym"].strip(): {"name": r["mission_name"].strip(), "start": r["start_date"] or None,
                                           "end": r["end_date"] or None, "active": r["mission_isactive"].strip()}
            for r in read_csv(data / PSDATA / "DPPADPOSS-PKO.csv")}


def read_pkoc(data: Path) -> dict[str, dict]:
    return {r["mission"]: {"start": f"{r['year']}-{int(r['month']):02d}", "iso3": r["iso3c"]}
            for r in read_csv(data / PKOC / "mission_start.csv")}


class Record:
    """Adoption dates and texts of the resolutions in ../shared."""

    def __init__(self, data: Path, notes: list[str]):
        self.dates: dict[int, str] = {}
        self.years: dict[int, int] = {}
        self.operative: dict[int, list[str]] = {}
        self.texts: dict[int, str] = {}
        extract: dict[int, str] = {}
        for path in sorted((data / UNXML / "data_extract").glob("*.json")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                match = SYMBOL.match(str(row.get("symbol") or row.get("sc_symbol") or "").strip())
                date = iso_date(str(row.get("adoption_date") or ""))
                if match and date:
                    extract.setdefault(int(match.group(1)), date)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
        for path in sorted((data / UNXML).rglob("*.xml")):
            if "Not adopted" in path.parts:
                continue
            root = etree.parse(str(path), parser).getroot()
            work = root.find(".//a:FRBRWork", AKN)
            match = re.search(r"/(\d+)-(\d{4})/", work.find("a:FRBRthis", AKN).get("value"))
            if not match:  # presidential statements share the folders
                continue
            number, year = int(match.group(1)), int(match.group(2))
            xml_date = work.find("a:FRBRdate", AKN).get("date")
            candidates = [d for d in (xml_date, extract.get(number)) if d and int(d[:4]) == year]
            if xml_date != extract.get(number) and extract.get(number):
                notes.append(f"S/RES/{number} ({year}): adoption date {xml_date} in the XML, "
                             f"{extract.get(number)} in the extract; kept {candidates[0] if candidates else 'none'}")
            if candidates:
                self.dates[number] = candidates[0]
            self.years[number] = year
            paragraphs = [" ".join("".join(p.itertext()).split()) for p in root.iterfind(".//a:preamble//a:p", AKN)]
            operative = [" ".join("".join(p.itertext()).split()) for p in root.iterfind(".//a:mainBody/*", AKN)]
            self.operative[number] = operative
            self.texts[number] = " ".join(paragraphs + operative)
        self.latest = max(self.dates.values())
        self.old: dict[int, tuple[int, str]] = {}
        gold = data / CRUNSC / "resolutions_gold_en_1946_1994.jsonl"
        for line in gold.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            self.old[int(row["resolution_number"])] = (int(row["year"]), " ".join(row["text"].split()))


def harvest_names(record: Record, acronyms: set[str]) -> dict[str, Counter]:
    """Full names the resolutions pair with each acronym: "... Mission in Mali (MINUSMA)"."""
    found: dict[str, Counter] = defaultdict(Counter)
    for number in sorted(record.texts):
        text = record.texts[number]
        for match in re.finditer(r"\(([A-Z][A-Za-z ]{1,11}?)\)", text):
            acronym = match.group(1)
            if acronym not in acronyms:
                continue
            before = re.split(r"[()\[\];,.:]", text[max(0, match.start() - 180):match.start()])[-1]
            tokens = before.split()
            # The shortest tail that starts like a name ("United Nations ...") and reads like one,
            # grown leftwards over capitalised words ("United Nations African Union Mission ...").
            for i in range(len(tokens) - 1, -1, -1):
                candidate = " ".join(tokens[i:])
                if not candidate.startswith(NAME_STARTS):
                    if tokens[i][0].isupper() or tokens[i] in LOWER_OK:
                        continue
                    break
                left = i
                while left > 0 and tokens[left - 1][0].isupper():
                    left -= 1
                candidate = next(c for c in (" ".join(tokens[k:]) for k in range(left, i + 1))
                                 if c.startswith(NAME_STARTS))
                if not re.search(r"['’]s$", candidate) and any(w in candidate.split() for w in HEAD_NOUNS):
                    found[acronym][candidate] += 1
                break
    return found


def head_noun_ref(name: str) -> tuple[str, ...]:
    head = re.split(r" (?:in|for|of|to) ", name)[0].split()
    nouns = [w for w in head if w in HEAD_NOUNS]
    return (f"the {nouns[-1]}",) if nouns else ()


def symbol_number(symbol: str) -> int | None:
    match = SYMBOL.match(symbol or "")
    return int(match.group(1)) if match else None


def precision_month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def pick_date(acronym, what, official, ps, notes):
    """Official month vs psdata day: psdata wins only when it agrees on the month and is not
    a 1st-of-month stand-in for an unknown day."""
    if ps and official and ps[:7] != official:
        notes.append(f"{acronym}: {what} {official} in the official list, {ps} in psdata; kept the official month")
        return official
    if ps and not ps.endswith("-01"):
        return ps
    return official or (ps[:7] if ps else None)


def build(shared: Path = DEFAULT_SHARED) -> tuple[dict, list[str]]:
    """Return the registry document and the notes (disagreements, checks) made on the way."""
    data = shared / "data"
    notes: list[str] = []
    official, psdata, pkoc = read_official(data), read_psdata(data), read_pkoc(data)
    record = Record(data, notes)

    for acronym in sorted(set(psdata) - set(official)):
        reason = PSDATA_EXCLUDED.get(acronym)
        if acronym in SAME_MISSION:
            reason = f"same mission as {SAME_MISSION[acronym]}"
        elif acronym in CURATED:
            reason = "special political mission"
        if reason is None:
            raise SystemExit(f"psdata row {acronym} is neither a mission nor explained in PSDATA_EXCLUDED")
        notes.append(f"psdata {acronym}: not a separate PKO here ({reason})")
    for acronym in sorted(set(official) - set(psdata)):
        notes.append(f"{acronym}: in the official list, missing from psdata")
    for acronym, row in sorted(psdata.items()):
        if acronym in official and row["active"] == "Yes" and official[acronym]["end"] is None and \
                CURATED.get(acronym, {}).get("end"):
            notes.append(f"{acronym}: psdata (Feb 2024) still marks it active; ended {CURATED[acronym]['end']}")
        if acronym in official and fold(row["name"]) != fold(official[acronym]["name"]):
            notes.append(f"{acronym}: name '{row['name']}' in psdata, "
                         f"'{official[acronym]['name']}' in the official list")

    entries: dict[str, dict] = {}
    for acronym in sorted(set(official) | set(CURATED)):
        cur = CURATED.get(acronym, {"kind": PKO})
        if acronym in official and cur["kind"] != PKO:
            raise SystemExit(f"{acronym} is on the official PKO list but curated as {cur['kind']}")
        if cur["kind"] == PKO and acronym not in official:
            raise SystemExit(f"{acronym} is curated as a PKO but is not on the official list")
        off, ps = official.get(acronym), psdata.get(acronym)
        if acronym == "UNCPSG":
            ps = psdata.get("UNPSG")
        sources = [s for s, row in ((OFFICIAL, off), (PSDATA, ps)) if row]
        start = end = None
        if off:
            start = pick_date(acronym, "start", off["start"], ps and ps["start"], notes)
            if off["end"] is None and ps and ps["end"]:
                notes.append(f"{acronym}: 'Present' in the official list (2019), ended {ps['end']} in psdata")
                end = ps["end"]
            elif off["end"]:
                end = pick_date(acronym, "end", off["end"], ps and ps["end"], notes)
        establishing = cur.get("est")
        for field, value in (("start", cur.get("start")), ("end", cur.get("end"))):
            if value == "adopted":
                number = symbol_number(establishing)
                if number not in record.dates:
                    raise SystemExit(f"{acronym}: no adoption date for {establishing} in unxml")
                value = record.dates[number]
            if value is None:
                continue
            listed = start if field == "start" else end
            if listed and (value[:7] != listed[:7] or (len(listed) == 10 and len(value) == 10 and value != listed)):
                notes.append(f"{acronym}: {field} {listed} in the lists, {value} from the resolutions")
            if field == "start":
                start = value
            else:
                end = value
        pk = pkoc.get(PKOC_ROW.get(acronym, acronym))
        if pk:
            sources.append(PKOC)
        sources += [s for s in cur.get("sources", ()) if "/" not in s and s not in sources]
        host = cur.get("host") or (pk and pk["iso3"])
        if not host:
            raise SystemExit(f"{acronym}: no host country")
        countries = (host,) + tuple(c for c in cur.get("also", ()) if c != host)
        if pk and pk["iso3"] not in countries:
            notes.append(f"{acronym}: host {pk['iso3']} in pkoc, {host} here")
        if pk and start and pk["start"] != start[:7]:
            notes.append(f"{acronym}: start {pk['start']} in pkoc, {start} here")
        names = list(cur.get("names", ()))
        if off and fold(off["name"]) not in {fold(n) for n in names}:
            names.append(off["name"])
        if ps and not off and (ps["start"], ps["end"]) != (start, end):
            notes.append(f"{acronym}: psdata lists it as a PKO from {ps['start']} to {ps['end']}; "
                         f"kept {start} to {end}")
        entries[acronym] = dict(
            acronym=acronym, names=names, aliases=list(cur.get("aliases", ())), refs=cur.get("refs"),
            kind=cur["kind"], un_mission=acronym not in NON_UN, host=host, countries=countries,
            start=start, operational_start=cur.get("operational_start"), end=end,
            withdrawal_end=cur.get("withdrawal_end"), establishing=establishing, closing=cur.get("close"),
            predecessors=list(cur.get("pred", ())), sources=sources,
            cited=[s for s in cur.get("sources", ()) if "/" in s],
            evidence=cur.get("evidence"))
    _add_names(entries, record, notes)
    _check_resolutions(entries, record, notes)
    for acronym in sorted(set(pkoc) - set(entries) - set(PKOC_ROW.values())):
        reason = PSDATA_EXCLUDED.get(acronym) or PKOC_EXCLUDED.get(acronym) or \
            f"same mission as {SAME_MISSION[acronym]}"
        notes.append(f"pkoc {acronym}: not a separate mission here ({reason})")
    return _document(entries, record), notes


def _add_names(entries: dict[str, dict], record: Record, notes: list[str]) -> None:
    owner: dict[str, str] = {}
    for acronym, entry in entries.items():
        for name in [acronym] + entry["names"] + entry["aliases"]:
            key = fold(name)
            if owner.setdefault(key, acronym) != acronym:
                raise SystemExit(f"'{name}' names both {owner[key]} and {acronym}")
    harvested = harvest_names(record, set(entries))
    # fold(name) -> acronym -> [total count, {spelling: count}]
    claims: dict[str, dict[str, list]] = defaultdict(dict)
    for acronym, counter in harvested.items():
        for name, count in counter.items():
            claim = claims[fold(name)].setdefault(acronym, [0, Counter()])
            claim[0] += count
            claim[1][name] += count
    for key, by_acronym in sorted(claims.items()):
        ranked = sorted(by_acronym.items(), key=lambda item: (-item[1][0], item[0]))
        for acronym, (count, spellings) in ranked:
            spelling = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]
            if owner.get(key, acronym) != acronym:
                notes.append(f"resolutions write '{spelling}' for {acronym} ({count}x), "
                             f"but that is {owner[key]}'s name; not added")
                continue
            owner[key] = acronym
            entry = entries[acronym]
            if key not in {fold(n) for n in entry["names"] + entry["aliases"]}:
                entry.setdefault("harvested", []).append((-count, spelling))
            if UNXML not in entry["sources"]:
                entry["sources"].append(UNXML)
    for entry in entries.values():
        entry["names"] += [name for _, name in sorted(entry.pop("harvested", []))]
        if not entry["names"]:
            raise SystemExit(f"{entry['acronym']}: no full name")
        if entry["refs"] is None:
            entry["refs"] = head_noun_ref(entry["names"][0])


def _check_resolutions(entries: dict[str, dict], record: Record, notes: list[str]) -> None:
    """Every symbol must exist in ../shared (when its range is there); establishing ones must name the mission."""
    unverifiable = set()
    known = set(entries)
    for entry in entries.values():
        acronym = entry["acronym"]
        for role, symbol in [("est", entry["establishing"]), ("close", entry["closing"])] + \
                [("cited", s) for s in entry["cited"]]:
            if symbol is None or symbol.startswith("A/RES/"):
                continue
            match = SYMBOL.match(symbol)
            if not match:
                raise SystemExit(f"{acronym}: bad symbol {symbol!r}")
            number, year = int(match.group(1)), int(match.group(2))
            if number in record.years:
                if record.years[number] != year:
                    raise SystemExit(f"{acronym}: {symbol} is dated {record.years[number]} in unxml")
                if UNXML not in entry["sources"]:
                    entry["sources"].append(UNXML)
                words = [acronym, entry["evidence"]] + entry["names"]
                text = fold(" ".join(record.operative[number] if role == "est" else [record.texts[number]]))
                if not any(w and re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text) for w in words):
                    raise SystemExit(f"{acronym}: {symbol} does not mention the mission")
            elif number in record.old:
                if record.old[number][0] != year:
                    raise SystemExit(f"{acronym}: {symbol} is dated {record.old[number][0]} in crunsc")
                if CRUNSC not in entry["sources"]:
                    entry["sources"].append(CRUNSC)
            else:
                unverifiable.add(symbol)
    if unverifiable:
        notes.append("not in ../shared, so not checked: " + ", ".join(sorted(unverifiable, key=symbol_number)))
    for number in sorted(record.operative):
        for paragraph in record.operative[number]:
            for match in ESTABLISHING.finditer(paragraph):
                if match.group(1) not in known and not match.group(1).endswith("s"):
                    notes.append(f"S/RES/{number}: establishes '{match.group(1)}', which is not in the registry")


def _document(entries: dict[str, dict], record: Record) -> dict:
    successors: dict[str, list[str]] = defaultdict(list)
    for acronym, entry in entries.items():
        for before in entry["predecessors"]:
            if before not in entries:
                raise SystemExit(f"{acronym}: unknown predecessor {before}")
            successors[before].append(acronym)
    missions = []
    for acronym, entry in entries.items():
        for value in (entry["start"], entry["operational_start"], entry["end"], entry["withdrawal_end"]):
            if value is not None and not DATE.match(value):
                raise SystemExit(f"{acronym}: bad date {value!r}")
        cited = {s for s in (entry["establishing"], entry["closing"], *entry["cited"]) if s}
        missions.append({
            "acronym": acronym,
            "names": entry["names"],
            "aliases": entry["aliases"],
            "generic_refs": list(entry["refs"]),
            "kind": entry["kind"],
            "un_mission": entry["un_mission"],
            "host_country": {"name": COUNTRIES[entry["host"]], "iso3": entry["host"]},
            "countries": [{"name": COUNTRIES[c], "iso3": c} for c in entry["countries"]],
            "start": entry["start"],
            "operational_start": entry["operational_start"],
            "end": entry["end"],
            "withdrawal_end": entry["withdrawal_end"],
            "establishing_resolution": entry["establishing"],
            "closing_resolution": entry["closing"],
            "predecessors": entry["predecessors"],
            "successors": sorted(successors[acronym], key=lambda a: (entries[a]["start"] or "", a)),
            "sources": entry["sources"] + sorted(cited, key=lambda s: (s[:2], symbol_number(s) or 0, s)),
        })
    missions.sort(key=lambda m: (m["start"] or "", m["acronym"]))
    return {
        "about": "UN peace operations and the non-UN forces resolutions name; built by scripts/build_missions.py",
        "record_until": record.latest,
        "missions": missions,
    }


def render(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write missions.json")
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from a fresh build")
    parser.add_argument("--report", action="store_true", help="print the notes (source disagreements) to stderr")
    args = parser.parse_args(argv)
    document, notes = build(args.shared)
    text = render(document)
    if args.report:
        for note in notes:
            print(note, file=sys.stderr)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'out of date'}", file=sys.stderr)
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    kinds = Counter(m["kind"] for m in document["missions"])
    print(f"wrote {args.out}: {len(document['missions'])} missions "
          + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
