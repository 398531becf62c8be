import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/data/dist/presets/citations.js
function cite(source, asOf, confidence, extra = {}) {
  return {
    source,
    asOf,
    confidence,
    ...extra.url !== void 0 ? { url: extra.url } : {},
    ...extra.note !== void 0 ? { note: extra.note } : {}
  };
}
function restate(base, confidence, note) {
  const joined = [base.note, note].filter((x) => x !== void 0 && x !== "").join(" ");
  const { note: _drop, ...rest } = base;
  return { ...rest, confidence, ...joined !== "" ? { note: joined } : {} };
}
var FAS_US_2020 = cite("Kristensen & Korda, 'United States nuclear forces, 2020', Bulletin of the Atomic Scientists 76:1 (FAS Nuclear Notebook) [kristensen-korda-2020-us]", "2020-01-13", "estimate", {
  note: "Stockpile ~3,800; ~1,750 deployed: ~1,300 strategic on ballistic missiles, ~300 at bomber bases, ~150 tactical bombs in Europe. Only the abstract and opening were read; no per-bomber-type split."
});
var FAS_US_2024 = cite("Kristensen, Korda, Johns & Knight, 'United States nuclear weapons, 2024', Bulletin of the Atomic Scientists 80:3 (FAS Nuclear Notebook)", "2024-05-01", "estimate", {
  url: "https://thebulletin.org/premium/2024-05/united-states-nuclear-weapons-2024/",
  note: "Deployed: 400 ICBM, ~970 SLBM, 300 at bomber bases, ~100 tactical bombs in Europe; stockpile ~3,708."
});
var FAS_US_2025 = cite("Kristensen, Korda, Johns & Knight, 'United States nuclear weapons, 2025', Bulletin of the Atomic Scientists (FAS Nuclear Notebook)", "2025-01-13", "estimate", { url: "https://fas.org/publication/united-states-edition-of-nuclear-notebook-2025" });
var ATOMICARCHIVE_US = cite("atomicarchive.com 'United States Nuclear Forces' (after FAS; c. 2020\u201322) [atomicarchive-nd]", "2022-01-01", "estimate", {
  note: "Minuteman III 200 \xD7 W87/Mk21 (300 kt) and 200 \xD7 W78/Mk12A (335 kt); W76-1 90 kt; W76-2 'low'; W88 455 kt; ALCM/W80-1 5\u2013150 kt; B61-7 10\u2013360 kt. Year of the table not stated."
});
var STATE_NEW_START_2020 = cite("US Department of State, 'New START Treaty Aggregate Numbers of Strategic Offensive Arms' fact sheet (data of 1 Sep 2020, released 1 Dec 2020) [state-2020]", "2020-09-01", "published", {
  note: "US: 397 deployed MM III (454 ICBM launchers incl. 57 non-deployed, of which 4 test); 230 deployed Trident II (280 launchers); 48 deployed heavy bombers (12 B-2A + 36 B-52H), 18 non-deployed (8 + 10, test aircraft included), 41 B-52H equipped for non-nuclear armaments. Totals 675 / 1,457 / 800; Russia 510 / 1,447 / 764."
});
var GMD_44 = cite("Air & Space Forces Magazine, 'US Successfully Tests Ballistic Missile Interceptor' (MDA: 36 \u2192 44 GBIs by end of 2017)", "2017-05-30", "published", { url: "https://www.airandspaceforces.com/us-successfully-tests-ballistic-missile-interceptor/" });
var GMD_TESTS_2017 = cite("Reuters, 30 May 2017: GMD hit its target in 9 of 17 tests since 1999", "2017-05-30", "published", { url: "http://in.reuters.com/article/usa-northkorea-missiletest-idINL1N1IW1C6" });
var DARK_EAGLE_2026 = cite("US Army LRHW 'Dark Eagle': battery activated 17 Dec 2025 (clarityupsc summary; JPost: four launchers per battery); fielding slipped to early 2026 (Bloomberg via defence-industry.eu, Jan 2026)", "2026-01-17", "estimate", {
  url: "https://defence-industry.eu/?p=66524",
  note: "Range 2,775\u20133,500 km (congressional documents: 1,725 mi); kinetic glide body with a small (<13 kg) warhead."
});
var FAS_RU_2025 = cite("Kristensen, Korda, Johns & Knight, 'Russian nuclear weapons, 2025', Bulletin of the Atomic Scientists 81:3, 208\u2013237 (FAS Nuclear Notebook)", "2025-05-01", "estimate", {
  url: "https://www.strategicstudyindia.com/2025/05/russian-nuclear-weapons-2025.html",
  note: "Stockpile ~4,309; deployed strategic 1,718 (~870 ICBM, ~640 SLBM, 'more than 200' bombers: per-leg split read in secondary summaries, en.ckhq.net and palpalnewshub.com); non-strategic 1,477."
});
var FAS_RU_2022_KUETT = cite("K\xFCtt (IFSH), 'Kernwaffen in Russland' (GitHub ohnemax/kernwaffen-in-russland, 2022), summarising Kristensen & Korda, 'Russian nuclear weapons, 2022', BAS 78:2", "2022-03-01", "estimate", {
  url: "https://github.com/ohnemax/kernwaffen-in-russland",
  note: "Secondary summary of the FAS 2022 table; the FAS 2024\u20132025 per-system tables were not retrieved."
});
var CARNEGIE_2025 = cite("Starchak, 'Why Russia's Nuclear Forces Are No Longer Being Updated', Carnegie Politika, 23 Jan 2025", "2025-01-23", "published", {
  url: "https://carnegieendowment.org/russia-eurasia/politika/2025/01/russia-nuclear-arsenal-modernization?lang=en",
  note: "All expected Yars mobile systems and two Avangard regiments delivered; Kozelsk silo Yars due to finish in 2025; Sarmat not yet on combat duty."
});
var CARNEGIE_2026 = cite("Starchak, 'For Putin, Increasing Russia's Nuclear Threat Matters More Than the Triad's Modernization', Carnegie Politika, 6 Feb 2026", "2026-02-06", "published", { url: "https://carnegieendowment.org/russia-eurasia/politika/2026/02/russia-nuclear-modernization-priorities" });
var SPIDERWEB_2025 = cite("Operation 'Spiderweb', 1 Jun 2025: OSINT tallies of at least 5 Tu-95MS destroyed and 2 damaged (The Atlas News); Reuters: fleet of an estimated 67 strategic bombers before the strike (via devdiscourse, 5 Jun 2025)", "2025-06-05", "estimate", { url: "https://www.theatlasnews.com/russias-pearl-harbor-hangover" });
var FAS_CN_2025 = cite("Kristensen, Korda, Johns & Knight, 'Chinese nuclear weapons, 2025', Bulletin of the Atomic Scientists (FAS Nuclear Notebook)", "2025-03-12", "estimate", {
  url: "https://strategicstudyindia.com/2025/03/chinese-nuclear-weapons-2025.html",
  note: "~600 warheads; assignment read in a secondary summary (trendsmask.com): ~376 land-based, ~72 SLBM, ~20 aircraft, ~132 for future systems. Warheads are thought to be stored separately from launchers in peacetime."
});
var DOD_CMPR_2024 = cite("US DoD, 'Military and Security Developments Involving the PRC 2024' (via AFP and War on the Rocks summaries)", "2024-12-18", "published", {
  url: "https://warontherocks.com/?p=33205",
  note: "More than 600 operational warheads by mid-2024; roughly 400 ICBMs; at least 300 new silos in three fields, some loaded; ICBM brigades of 6\u201312 launchers."
});
var DOD_CMPR_2025 = cite("US DoD, 'Military and Security Developments Involving the PRC 2025' (Dec 2025), via Asia Times", "2025-12-23", "published", { url: "https://asiatimes.com/?p=935879" });
var JAPAN_DWP_2025 = cite("Japan Ministry of Defense, Defense of Japan 2025 (via redcensor.com summary)", "2025-07-15", "estimate", {
  url: "https://redcensor.com/sinking-ship-the-story-behind-chinas-pla-rocket-force-betting-on-the-dongfeng-26-missile",
  note: "PLARF inventory: DF-26 250, DF-17 48, DF-21 24 (as reported in the summary)."
});
var START_MOU_1990 = cite("FAS, 'START I: MOU data as of 1 September 1990' (nuke.fas.org/control/start1/news/strtdata.htm)", "1990-09-01", "published", {
  url: "https://nuke.fas.org/control/start1/news/strtdata.htm",
  note: "Deployed SNDVs and accountable warheads by type; totals US 2,246 / 10,563, USSR 2,500 / 10,271; ICBM+SLBM throw-weight US 2,361.3 t, USSR 6,626.3 t."
});
var SUH_2022 = cite("Suh, K. (2022), Strategic Nuclear Forces Dataset, data note v1.0, accuracy and yield tables [suh-2022]", "2022-05-31", "published", { url: "https://kyungwonsuh.weebly.com/datasets.html" });
var SUH_DISTANCES = cite("Suh, K. (2022), data note v1.0: inter-capital distances [suh-2022]", "2022-05-31", "published");
function hardness(asOf, note) {
  return cite("Hardness planning values from the open literature (after [glasstone-dolan-1977] and [richelson-1980]; no authoritative modern source)", asOf, "notional", {
    note
  });
}
function notional(asOf, note) {
  return cite("Security Equation modelling default (notional)", asOf, "notional", { note });
}
function background(asOf, note) {
  return cite("Open-source background figure, not confirmed by a source read for this dataset", asOf, "estimate", {
    note
  });
}

export {
  cite,
  restate,
  FAS_US_2020,
  FAS_US_2024,
  FAS_US_2025,
  ATOMICARCHIVE_US,
  STATE_NEW_START_2020,
  GMD_44,
  DARK_EAGLE_2026,
  FAS_RU_2025,
  FAS_RU_2022_KUETT,
  CARNEGIE_2025,
  CARNEGIE_2026,
  SPIDERWEB_2025,
  FAS_CN_2025,
  DOD_CMPR_2024,
  DOD_CMPR_2025,
  JAPAN_DWP_2025,
  START_MOU_1990,
  SUH_2022,
  SUH_DISTANCES,
  hardness,
  notional,
  background
};
