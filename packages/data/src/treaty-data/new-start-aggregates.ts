/**
 * New START biannual data-exchange aggregates ([new-start-2010], [state-2020]): for each exchange date and party, deployed ICBMs,
 * SLBMs and heavy bombers; warheads counted (RVs on deployed ICBMs and SLBMs plus one per deployed nuclear heavy
 * bomber); and deployed plus non-deployed launchers.
 *
 * Values not found in the sources read are omitted, never interpolated. Exchanges with no value found at all
 * (1 Sep 2012, 1 Mar 2016, 1 Sep 2022, Russia 1 Mar 2023) have no rows. The 2012–2014 and Sep 2021 rows were filled
 * from press reports of the State Department fact sheets (each row names its report).
 */
import type { Confidence } from "@seceq/core";

/** One party's aggregate numbers in one New START data exchange. */
export interface NewStartExchange {
  /** Exchange date, `YYYY-MM-DD` (the date the data describe). */
  date: string;
  party: "us" | "ru";
  /** Deployed ICBMs, deployed SLBMs and deployed heavy bombers (limit 700). */
  deployedLaunchers?: number;
  /** Warheads on deployed ICBMs and SLBMs plus warheads counted for deployed heavy bombers (limit 1,550). */
  warheads?: number;
  /** Deployed and non-deployed ICBM launchers, SLBM launchers and heavy bombers (limit 800). */
  totalLaunchers?: number;
  /** Where the numbers were read. */
  source: string;
  /** `published` where read as dated; `derived` where computed from other rows or where the year was inferred. */
  confidence: Confidence;
  note?: string;
}

const row = (
  date: string,
  party: "us" | "ru",
  values: [number | undefined, number | undefined, number | undefined],
  source: string,
  confidence: Confidence,
  note?: string,
): NewStartExchange => {
  const [deployedLaunchers, warheads, totalLaunchers] = values;
  return {
    date,
    party,
    ...(deployedLaunchers !== undefined ? { deployedLaunchers } : {}),
    ...(warheads !== undefined ? { warheads } : {}),
    ...(totalLaunchers !== undefined ? { totalLaunchers } : {}),
    source,
    confidence,
    ...(note !== undefined ? { note } : {}),
  };
};

const U = undefined;

const AFM_2011 = "Air Force Magazine, 2 Jun 2011 (State Dept fact sheet)";
const SEP_2011 = "Defense Daily; SIPRI Yearbook 2012 (US: 697 missiles + 125 heavy bombers = 822)";
const MAR_2012 =
  "InsideDefense, 'Nuke Numbers', 9 Apr 2012 (State Dept statement released 6 Apr 2012; the 1 Mar 2012 exchange)";
const MAR_2013 =
  "NTI Global Security Newswire, 'U.S. Spells Out Strategic Platform Levels Under New START' (2013); US launcher total from Air Force Magazine, 'Going Up Before Down' (previous-exchange figures)";
const SEP_2013 =
  "Air Force Magazine Daily Report, 'Going Up Before Down' (State Dept fact sheet dated 1 Oct; data as of 1 Sep)";
const MAR_2014 = "airandspaceforces.com, 'State Releases Updated New START Numbers'";
const MAR_2014_TOTALS =
  "Air Force Magazine Daily Report, 'Shifting Towards Equilibrium' (State Dept fact sheet of 1 Apr; data as of 1 Mar)";
const SEP_2014 =
  "Air Force Magazine Daily Report, 'Snapshot of the Strategic Missile and Bomber Force', 6 Jan 2015 (State Dept release of 1 Jan 2015; data as of 1 Sep 2014)";
const SEP_2021 = "Arms Control Today, 'Russia, U.S. Adhere to New START Limits', December 2021 (data as of 1 Sep 2021)";
const MAR_2015 = "InsideDefense, Apr 2015; ExchangeMonitor, 16 Oct 2015";
const SEP_2015 = "ExchangeMonitor, 16 Oct 2015";
const DD_PREV = "Defense Daily (values given as 'previous' in the report on the next exchange)";
const DD_2017 = "Defense Daily (US: 405 Minuteman III + 220 Trident II + 48 heavy bombers = 673)";
const EXM = "ExchangeMonitor";
const FEB_2018 = "Valdai Club; Russian MFA statement";
const RM_2019 = "Russia Matters, 3 Apr 2019";
const SEP_2019 = "ExchangeMonitor; russianforces.org";
const MAR_2020 = "russianforces.org";
const STATE_2020 = "US State Dept fact sheet, 1 Dec 2020";
const MAR_2021 = "Russian MFA via Xinhua";
const MAR_2022 = "Russian MFA (mid.ru/en/foreign_policy/international_safety/1808707)";
const MAR_2023 = "US State Dept, May 2023 (US data only; Russia provided none)";
/**
 * Rows whose numbers were read but whose year the source did not state: confidence `derived` (the date is our
 * inference), values unchanged.
 */
const YEAR_INFERRED =
  "Year inferred: the numbers are as published, the year of the exchange was inferred from context.";

/** The New START aggregate data-exchange series, by date then party (US first). */
export const NEW_START_AGGREGATES: readonly NewStartExchange[] = [
  row("2011-02-05", "us", [882, 1800, 1124], AFM_2011, "published", "Baseline at entry into force."),
  row("2011-02-05", "ru", [521, 1537, 865], AFM_2011, "published", "Baseline at entry into force."),
  row("2011-09-01", "us", [822, 1790, 1043], SEP_2011, "published"),
  row("2011-09-01", "ru", [516, 1566, 871], SEP_2011, "published"),
  row(
    "2012-03-01",
    "us",
    [812, 1737, 1040],
    MAR_2012,
    "published",
    "The report gives the release date; the data date (1 Mar) follows from the biannual cycle.",
  ),
  row(
    "2012-03-01",
    "ru",
    [494, 1492, 881],
    MAR_2012,
    "published",
    "The report gives the release date; the data date (1 Mar) follows from the biannual cycle.",
  ),
  row(
    "2013-03-01",
    "us",
    [792, 1654, 1028],
    MAR_2013,
    "derived",
    `${YEAR_INFERRED} NTI cites Obama's invitation "last month" to talks on about 1,000 warheads (Berlin, June 2013).`,
  ),
  row(
    "2013-03-01",
    "ru",
    [492, 1480, U],
    MAR_2013,
    "derived",
    `${YEAR_INFERRED} Launcher total not entered: only implied (900) by the Sep 2013 report's change of −6 to 894.`,
  ),
  row(
    "2013-09-01",
    "us",
    [809, 1688, 1015],
    SEP_2013,
    "derived",
    `${YEAR_INFERRED} The report's previous-exchange figures (792, 1,654, 1,028) are the 1 Mar 2013 ones.`,
  ),
  row(
    "2013-09-01",
    "ru",
    [473, 1400, 894],
    SEP_2013,
    "derived",
    `${YEAR_INFERRED} The report's previous-exchange figures (492, 1,480) are the 1 Mar 2013 ones.`,
  ),
  row(
    "2014-03-01",
    "us",
    [778, 1585, 952],
    `${MAR_2014}; launcher total: ${MAR_2014_TOTALS}`,
    "derived",
    YEAR_INFERRED,
  ),
  row(
    "2014-03-01",
    "ru",
    [498, 1512, 906],
    `${MAR_2014}; launcher total: ${MAR_2014_TOTALS}`,
    "derived",
    YEAR_INFERRED,
  ),
  row(
    "2014-09-01",
    "us",
    [794, 1642, 912],
    SEP_2014,
    "published",
    "Warheads agree with the 1 Mar 2015 difference (1,597 + 45, InsideDefense 6 Apr 2015). The report labels 912 'non-deployed launchers'; it is the deployed-and-non-deployed total.",
  ),
  row(
    "2014-09-01",
    "ru",
    [528, 1643, 911],
    SEP_2014,
    "published",
    "Warheads agree with the 1 Mar 2015 difference (1,582 + 61, InsideDefense 6 Apr 2015).",
  ),
  row("2015-03-01", "us", [785, 1597, 898], MAR_2015, "published"),
  row("2015-03-01", "ru", [515, 1582, 890], MAR_2015, "published"),
  row(
    "2015-09-01",
    "us",
    [762, 1538, 898],
    SEP_2015,
    "published",
    "Above the 800 launcher limit, which bound only from 5 Feb 2018.",
  ),
  row("2015-09-01", "ru", [526, 1648, 877], SEP_2015, "published"),
  row("2016-09-01", "us", [681, 1367, 848], DD_PREV, "derived", YEAR_INFERRED),
  row("2016-09-01", "ru", [508, 1796, 847], DD_PREV, "derived", YEAR_INFERRED),
  row("2017-03-01", "us", [673, 1411, 820], DD_2017, "derived", YEAR_INFERRED),
  row("2017-03-01", "ru", [523, 1765, 816], DD_2017, "derived", YEAR_INFERRED),
  row("2017-09-01", "us", [660, 1393, 800], EXM, "published"),
  row(
    "2017-09-01",
    "ru",
    [501, 1561, 790],
    EXM,
    "published",
    "11 above the 1,550 warhead limit, which bound only from 5 Feb 2018.",
  ),
  row("2018-02-05", "us", [652, 1350, U], FEB_2018, "published", "Date the central limits became binding."),
  row("2018-02-05", "ru", [527, 1444, 779], FEB_2018, "published", "Date the central limits became binding."),
  row("2018-09-01", "us", [659, 1398, 800], EXM, "published"),
  row("2018-09-01", "ru", [517, 1420, 775], EXM, "published"),
  row("2019-03-01", "us", [656, 1365, 800], RM_2019, "published"),
  row("2019-03-01", "ru", [524, 1461, 760], RM_2019, "published"),
  row("2019-09-01", "us", [668, 1376, 800], SEP_2019, "published"),
  row("2019-09-01", "ru", [513, 1426, 757], SEP_2019, "published"),
  row("2020-03-01", "us", [655, 1373, 800], MAR_2020, "published"),
  row("2020-03-01", "ru", [485, 1326, 754], MAR_2020, "published"),
  row(
    "2020-09-01",
    "us",
    [675, 1457, 800],
    STATE_2020,
    "published",
    "Breakdown published: 397 MM III, 230 Trident II, 48 heavy bombers deployed.",
  ),
  row("2020-09-01", "ru", [510, 1447, 764], STATE_2020, "published"),
  row("2021-03-01", "us", [651, 1357, 800], MAR_2021, "published"),
  row("2021-03-01", "ru", [517, 1456, 767], MAR_2021, "published"),
  row("2021-09-01", "us", [665, 1389, 800], SEP_2021, "published"),
  row("2021-09-01", "ru", [527, 1458, 742], SEP_2021, "published"),
  row("2022-03-01", "us", [686, 1515, 800], MAR_2022, "published", "Last exchange with figures from both parties."),
  row("2022-03-01", "ru", [526, 1474, 761], MAR_2022, "published", "Last exchange with figures from both parties."),
  row(
    "2023-03-01",
    "us",
    [662, 1419, 800],
    MAR_2023,
    "published",
    "Published unilaterally after Russia's suspension of the treaty.",
  ),
];
