import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { newStartHistory, type NewStartExchangeRow } from "./new-start-history.js";

/** Published aggregates ([afm-2011], [state-2020], [russia-mfa-2022], [exchangemonitor-2015]), given out of order on purpose. */
const SERIES: NewStartExchangeRow[] = [
  {
    date: "2020-09-01",
    party: "us",
    deployedLaunchers: 675,
    warheads: 1457,
    totalLaunchers: 800,
    source: "State Dept",
    confidence: "published",
  },
  {
    date: "2020-09-01",
    party: "ru",
    deployedLaunchers: 510,
    warheads: 1447,
    totalLaunchers: 764,
    source: "State Dept",
    confidence: "published",
  },
  {
    date: "2017-09-01",
    party: "ru",
    deployedLaunchers: 501,
    warheads: 1561,
    totalLaunchers: 790,
    source: "ExchangeMonitor",
    confidence: "published",
  },
  {
    date: "2015-09-01",
    party: "us",
    deployedLaunchers: 762,
    warheads: 1538,
    totalLaunchers: 898,
    source: "ExchangeMonitor",
    confidence: "published",
  },
  {
    date: "2018-02-05",
    party: "us",
    deployedLaunchers: 652,
    warheads: 1350,
    source: "Valdai Club",
    confidence: "published",
  },
];

describe("newStartHistory", () => {
  const rows = newStartHistory(SERIES);

  it("sorts by date and keeps input order within a date", () => {
    assert.deepEqual(
      rows.map((r) => `${r.date}/${r.party}`),
      ["2015-09-01/us", "2017-09-01/ru", "2018-02-05/us", "2020-09-01/us", "2020-09-01/ru"],
    );
  });

  it("shows headroom before 5 Feb 2018 but calls excess there not-in-force", () => {
    const us2015 = rows[0]!;
    assert.deepEqual(us2015.headroom, { deployedLaunchers: -62, warheads: 12, totalLaunchers: -98 });
    assert.deepEqual(us2015.above, ["deployedLaunchers", "totalLaunchers"]);
    assert.equal(us2015.status, "not-in-force");
    assert.equal(us2015.reason, "not-yet-binding");
    const ru2017 = rows[1]!;
    assert.equal(ru2017.headroom.warheads, -11);
    assert.equal(ru2017.status, "not-in-force");
  });

  it("checks the limits from 5 Feb 2018 on; missing figures have no headroom", () => {
    const us2018 = rows[2]!;
    assert.equal(us2018.status, "compliant");
    assert.deepEqual(us2018.headroom, { deployedLaunchers: 48, warheads: 200 });
    assert.deepEqual(rows[3]!.headroom, { deployedLaunchers: 25, warheads: 93, totalLaunchers: 0 });
    assert.deepEqual(rows[4]!.headroom, { deployedLaunchers: 190, warheads: 103, totalLaunchers: 36 });
    assert.deepEqual(rows[4]!.limits, { deployedLaunchers: 700, warheads: 1550, totalLaunchers: 800 });
    assert.equal(rows[4]!.source, "State Dept");
  });

  it("marks rows after 5 Feb 2026 expired", () => {
    const [r] = newStartHistory([{ date: "2026-03-01", party: "us", warheads: 1600 }]);
    assert.equal(r!.status, "not-in-force");
    assert.equal(r!.reason, "expired");
    assert.deepEqual(r!.above, ["warheads"]);
  });
});

it("a Richardson model is fitted to the paired warhead series", async () => {
  const { newStartRichardsonFit } = await import("./new-start-history.js");
  const rows = [
    ["2011-02-05", 1800, 1537],
    ["2011-09-01", 1790, 1566],
    ["2015-03-01", 1597, 1582],
    ["2017-09-01", 1393, 1561],
    ["2020-09-01", 1457, 1447],
    ["2022-03-01", 1515, 1474],
  ].flatMap(([date, us, ru]) => [
    { date: date as string, party: "us", values: { warheads: us as number } },
    { date: date as string, party: "ru", values: { warheads: ru as number } },
  ]) as unknown as Parameters<typeof newStartRichardsonFit>[0];
  const fit = newStartRichardsonFit(rows)!;
  assert.equal(fit.points, 6);
  assert.deepEqual(fit.dates, ["2011-02-05", "2011-09-01", "2015-03-01", "2017-09-01", "2020-09-01", "2022-03-01"]);
  assert.ok(Number.isFinite(fit.det) && Number.isFinite(fit.a) && Number.isFinite(fit.n));
  assert.equal(fit.stable, fit.det > 0);
  assert.equal(newStartRichardsonFit(rows.slice(0, 6)), undefined);
});
