import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NEW_START_AGGREGATES } from "./new-start-aggregates.js";

const find = (date: string, party: "us" | "ru") =>
  NEW_START_AGGREGATES.find((r) => r.date === date && r.party === party);

describe("New START aggregate series", () => {
  it("has the published 1 Sep 2020 rows (State Dept fact sheet)", () => {
    assert.deepEqual(
      [find("2020-09-01", "us"), find("2020-09-01", "ru")].map((r) => [
        r?.deployedLaunchers,
        r?.warheads,
        r?.totalLaunchers,
        r?.confidence,
      ]),
      [
        [675, 1457, 800, "published"],
        [510, 1447, 764, "published"],
      ],
    );
  });

  it("has the published 1 Mar 2022 rows (Russian MFA)", () => {
    assert.deepEqual(
      [find("2022-03-01", "us"), find("2022-03-01", "ru")].map((r) => [
        r?.deployedLaunchers,
        r?.warheads,
        r?.totalLaunchers,
      ]),
      [
        [686, 1515, 800],
        [526, 1474, 761],
      ],
    );
  });

  it("dates the 2018 row 5 Feb 2018 and omits the unknown US launcher total", () => {
    const us = find("2018-02-05", "us");
    assert.ok(us);
    assert.equal(us.warheads, 1350);
    assert.equal("totalLaunchers" in us, false);
    assert.equal(find("2018-02-05", "ru")?.totalLaunchers, 779);
  });

  it("has no rows for exchanges with no figures found, and only US data for 1 Mar 2023", () => {
    for (const d of ["2012-09-01", "2016-03-01", "2022-09-01"])
      assert.equal(
        NEW_START_AGGREGATES.some((r) => r.date === d),
        false,
        d,
      );
    assert.equal(find("2023-03-01", "us")?.warheads, 1419);
    assert.equal(find("2023-03-01", "ru"), undefined);
  });

  it("is sorted by date, unique per (date, party), with valid dates and confidences", () => {
    const keys = NEW_START_AGGREGATES.map((r) => `${r.date}/${r.party}`);
    assert.equal(new Set(keys).size, keys.length);
    for (let i = 1; i < NEW_START_AGGREGATES.length; i++)
      assert.ok(NEW_START_AGGREGATES[i - 1]!.date <= NEW_START_AGGREGATES[i]!.date);
    for (const r of NEW_START_AGGREGATES) {
      assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(!Number.isNaN(Date.parse(r.date)));
      assert.ok(["published", "derived", "estimate", "notional"].includes(r.confidence));
      assert.ok(r.source.length > 0);
      assert.ok(r.deployedLaunchers !== undefined || r.warheads !== undefined || r.totalLaunchers !== undefined);
    }
  });

  it("keeps the pre-2018 excesses the limits allowed ([exchangemonitor-2015], [state-2020])", () => {
    assert.equal(find("2017-09-01", "ru")!.warheads! - 1550, 11);
    assert.equal(find("2015-09-01", "us")!.totalLaunchers! > 800, true);
  });

  it("has the published 1 Sep 2014 rows, which agree with the 1 Mar 2015 differences", () => {
    assert.equal(find("2014-09-01", "us")?.warheads, 1597 + 45);
    assert.equal(find("2014-09-01", "ru")?.warheads, 1582 + 61);
    assert.equal(find("2014-09-01", "us")?.confidence, "published");
    assert.equal(find("2014-09-01", "us")?.totalLaunchers, 912);
  });

  it("fills the 2012–2013 and Sep 2021 gaps from reports of the State Dept fact sheets", () => {
    const v = (d: string, p: "us" | "ru") => {
      const r = find(d, p);
      return [r?.deployedLaunchers, r?.warheads, r?.totalLaunchers];
    };
    assert.deepEqual(v("2012-03-01", "us"), [812, 1737, 1040]);
    assert.deepEqual(v("2012-03-01", "ru"), [494, 1492, 881]);
    assert.deepEqual(v("2013-03-01", "us"), [792, 1654, 1028]);
    assert.deepEqual(v("2013-03-01", "ru"), [492, 1480, undefined]);
    assert.deepEqual(v("2013-09-01", "us"), [809, 1688, 1015]);
    assert.deepEqual(v("2013-09-01", "ru"), [473, 1400, 894]);
    assert.deepEqual(v("2014-03-01", "us"), [778, 1585, 952]);
    assert.deepEqual(v("2021-09-01", "us"), [665, 1389, 800]);
    assert.deepEqual(v("2021-09-01", "ru"), [527, 1458, 742]);
    // Consistency of the reports with each other: the Sep 2013 report's changes from March 2013.
    assert.equal(find("2013-09-01", "us")!.warheads! - find("2013-03-01", "us")!.warheads!, 34);
    assert.equal(find("2013-03-01", "ru")!.warheads! - find("2013-09-01", "ru")!.warheads!, 80);
  });

  it("marks rows whose year was inferred as derived, with their published values kept", () => {
    const inferred = NEW_START_AGGREGATES.filter((r) => (r.note ?? "").startsWith("Year inferred"));
    assert.deepEqual(
      inferred.map((r) => [r.date, r.party, r.deployedLaunchers, r.warheads, r.totalLaunchers, r.confidence]),
      [
        ["2013-03-01", "us", 792, 1654, 1028, "derived"],
        ["2013-03-01", "ru", 492, 1480, undefined, "derived"],
        ["2013-09-01", "us", 809, 1688, 1015, "derived"],
        ["2013-09-01", "ru", 473, 1400, 894, "derived"],
        ["2014-03-01", "us", 778, 1585, 952, "derived"],
        ["2014-03-01", "ru", 498, 1512, 906, "derived"],
        ["2016-09-01", "us", 681, 1367, 848, "derived"],
        ["2016-09-01", "ru", 508, 1796, 847, "derived"],
        ["2017-03-01", "us", 673, 1411, 820, "derived"],
        ["2017-03-01", "ru", 523, 1765, 816, "derived"],
      ],
    );
  });
});
