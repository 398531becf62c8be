import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  RULE_PACKS,
  checkCompliance,
  countingState,
  parseScenario,
  type ComplianceReport,
  type LimitCheck,
} from "@seceq/core";
import { getPreset, getPresetInput, NEW_START_AGGREGATES } from "@seceq/data";
import { runCli, runCliJson as json } from "../test-utils/run-cli.js";
import { historyCsv } from "./treaty.js";

const examples = fileURLToPath(new URL("../../../../examples/frameworks/", import.meta.url));
const THREE_STATE = join(examples, "three-state-all-warheads.yaml");
const WHOLE_RANGE = join(examples, "whole-range.yaml");

const row = (r: { checks: LimitCheck[] }, party: string, limit: string): LimitCheck => {
  const c = r.checks.find((x) => x.party === party && x.limitId === limit);
  assert.ok(c, `${party}/${limit}`);
  return c;
};

describe("seceq treaty list / show", () => {
  it("lists the five rule packs", async () => {
    const list = (await json(["treaty", "list", "--json"])) as unknown as { id: string }[];
    assert.deepEqual(
      list.map((p) => p.id),
      ["new-start", "start1", "sort", "inf", "none"],
    );
  });

  it("shows a rule pack and a framework file as JSON", async () => {
    const ns = await json(["treaty", "show", "new-start", "--json"]);
    assert.equal((ns.limits as unknown[]).length, 3);
    const f = await json(["treaty", "show", THREE_STATE, "--json"]);
    assert.equal(f.id, "three-state-all-warheads");
  });
});

describe("New START on the new-start-2020-09 preset, 1 Sep 2020", () => {
  let report: ComplianceReport;
  before(async () => {
    report = (await json([
      "treaty",
      "check",
      "new-start-2020-09",
      "--framework",
      "new-start",
      "--date",
      "2020-09-01",
      "--json",
    ])) as unknown as ComplianceReport;
  });
  const published = (party: string) => NEW_START_AGGREGATES.find((r) => r.date === "2020-09-01" && r.party === party)!;

  it("reproduces the US deployed count, 675, from the published composition (397 MM III + 230 D5 + 12 B-2A + 36 B-52H)", () => {
    assert.equal(published("us").deployedLaunchers, 675);
    assert.equal(row(report, "us", "deployed-launchers").counted, 675);
  });

  it("reproduces the US deployed and non-deployed launchers, 800 (454 ICBM + 280 SLBM + 66 bombers, test launchers as non-deployed)", () => {
    assert.equal(published("us").totalLaunchers, 800);
    const c = row(report, "us", "launchers");
    assert.equal(c.counted, 800);
    assert.equal(c.headroom, 0);
  });

  it("matches the US warhead count, 1,457, which is an input: the preset derives its RV loads from that total", () => {
    assert.ok(Math.abs(row(report, "us", "warheads").counted - published("us").warheads!) < 1e-6);
  });

  it("matches Russia's 510 / 1,447 / 764, which are inputs: Russia publishes aggregates only, the structure is estimated to meet them", () => {
    const ru = published("ru");
    assert.equal(row(report, "ru", "deployed-launchers").counted, ru.deployedLaunchers);
    assert.ok(Math.abs(row(report, "ru", "warheads").counted - ru.warheads!) < 1e-6);
    assert.equal(row(report, "ru", "launchers").counted, ru.totalLaunchers);
  });

  it("finds every side compliant and the treaty in force", () => {
    assert.equal(report.state, "in-force");
    assert.equal(report.violations, 0);
    assert.ok(report.checks.every((c) => c.status === "compliant"));
    assert.deepEqual(report.warnings, []);
  });

  it("reports New START expired after 5 Feb 2026", async () => {
    const r = (await json([
      "treaty",
      "check",
      "us-russia-2026",
      "--framework",
      "new-start",
      "--json",
    ])) as unknown as ComplianceReport;
    assert.equal(r.date, "2026-02-05");
    assert.equal(r.state, "expired");
    assert.ok(r.checks.every((c) => c.status === "not-in-force" && c.reason === "expired"));
  });
});

describe("START I on the start1-1990 preset", () => {
  const s = getPreset("start1-1990");
  const r = checkCompliance(s, RULE_PACKS.start1, { assumeBinding: true });

  it("reproduces the MOU aggregates of 1 Sep 1990 (US 2,246 SNDVs / 10,563 warheads; USSR 2,500 / 10,271)", () => {
    assert.deepEqual(
      [
        row(r, "us", "sndv").counted,
        row(r, "us", "warheads").counted,
        row(r, "ru", "sndv").counted,
        row(r, "ru", "warheads").counted,
      ],
      [2246, 10563, 2500, 10271],
    );
    assert.deepEqual(
      [row(r, "us", "ballistic-warheads").counted, row(r, "ru", "ballistic-warheads").counted],
      [8210, 9416],
    );
    assert.equal(row(r, "ru", "heavy-icbm-warheads").status, "violation");
  });

  it("computes the ALCM discount itself when the bombers carry their equipped number instead of an attribution", () => {
    const input = getPresetInput("start1-1990")!;
    const us = input.parties.find((p) => p.id === "us")!;
    const alcm = us.forces.find((e) => e.treaty?.alcmEquipped)!;
    // Input: each ALCM bomber equipped for 12 (the preset's note); the engine applies 150 × 10 + 39 × 12.
    alcm.maxWarheadsPerLauncher = 12;
    delete alcm.treaty!.attributedWarheads;
    const c = row(checkCompliance(parseScenario(input), RULE_PACKS.start1, { assumeBinding: true }), "us", "warheads");
    assert.equal(c.contributions.find((x) => x.id === alcm.id)!.count, 1968);
    assert.equal(c.counted, 10563);
  });
});

describe("three-state framework on us-russia-china-2026", () => {
  const scenario = getPreset("us-russia-china-2026");
  /** Independent sum: every nuclear element's loaded warheads plus its stored warheads. */
  const allWarheads = (party: string) =>
    scenario.parties
      .find((p) => p.id === party)!
      .forces.filter((e) => e.nuclear)
      .reduce((a, e) => a + countingState(e).warheads + countingState(e).stored, 0);
  const interceptors = (party: string) =>
    scenario.parties.find((p) => p.id === party)!.defenses.reduce((a, d) => a + d.interceptors, 0);

  it("counts all warheads of each state against per-party ceilings, flagged unequal, and interceptors", async () => {
    const r = await runCli(["treaty", "check", "us-russia-china-2026", "--framework", THREE_STATE, "--json"]);
    assert.equal(r.code, 0, "violations exit 0 without --fail-on-violation");
    const report = JSON.parse(r.stdout) as ComplianceReport;
    for (const p of ["us", "ru", "cn"]) {
      const c = row(report, p, "all-nuclear-warheads");
      assert.ok(Math.abs(c.counted - allWarheads(p)) < 1e-6, p);
      assert.equal(c.unequal, true);
      assert.equal(row(report, p, "interceptors").counted, interceptors(p));
    }
    assert.deepEqual(
      ["us", "ru", "cn"].map((p) => [
        p,
        row(report, p, "all-nuclear-warheads").limit,
        row(report, p, "all-nuclear-warheads").status,
      ]),
      [
        // With the upload potential (stored strategic warheads) modelled, both the US (~3,700) and Russia (~4,300)
        // exceed the illustrative 2,500.
        ["us", 2500, "violation"],
        ["ru", 2500, "violation"],
        ["cn", 1000, "compliant"],
      ],
    );
    assert.equal(row(report, "ru", "non-strategic-warheads").status, "violation");
    assert.ok(report.warnings.some((w) => w.code === "unequal_limits" && w.line === 30));
  });

  it("exits 3 on a violation with --fail-on-violation, and prints the table", async () => {
    const r = await runCli([
      "treaty",
      "check",
      "us-russia-china-2026",
      "--framework",
      THREE_STATE,
      "--fail-on-violation",
    ]);
    assert.equal(r.code, 3);
    assert.match(r.stdout, /all-nuclear-warheads\s+ru\s+4,303\s+2,500\s+-1,803\s+VIOLATION/);
    assert.match(r.stderr, /three-state-all-warheads\.yaml:30:15: warning \[unequal_limits\]/);
    const ok = await runCli([
      "treaty",
      "check",
      "new-start-2020-09",
      "--framework",
      "new-start",
      "--fail-on-violation",
    ]);
    assert.equal(ok.code, 0, ok.stderr);
  });

  it("finds Russia's path to compliance: dismantle stored non-strategic warheads, keep survivable forces", async () => {
    const r = await json([
      "treaty",
      "comply",
      "us-russia-china-2026",
      "--framework",
      THREE_STATE,
      "--party",
      "ru",
      "--json",
    ]);
    assert.equal(r.status, "solved");
    const after = r.after as LimitCheck[];
    assert.ok(after.every((c) => c.status === "compliant"));
    assert.equal(after.find((c) => c.limitId === "all-nuclear-warheads")!.counted, 2500);
    const sw = r.survivableWarheads as { before: number; after: number };
    assert.equal(sw.after, sw.before);
  });

  it("runs the whole-range example: conventional strike and hypersonic sublimits, the latter not yet binding", async () => {
    const report = (await json([
      "treaty",
      "check",
      "us-russia-china-2026",
      "--framework",
      WHOLE_RANGE,
      "--json",
    ])) as unknown as ComplianceReport;
    assert.equal(row(report, "cn", "hypersonic").reason, "not-yet-binding");
    assert.equal(row(report, "cn", "conventional-long-range-strike").sublimitOf, "long-range-delivery-vehicles");
    assert.ok(row(report, "ru", "hypersonic").counted > 0);
  });
});

describe("seceq treaty: bad input exits 2", () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "seceq-treaty-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("a bad framework file: every problem at file:line:col, no stack trace, nothing on stdout", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      [
        "id: bad",
        "name: Bad",
        "citation: test",
        "limits:",
        "  - id: warheads",
        "    name: W",
        "    quantity: warheads",
        "    rule: new-start-warhead",
        "    max: 1550",
        "    citation: t",
        "  - id: sub",
        "    name: S",
        "    quantity: warheads",
        "    max: -5",
        "    citation: t",
        "",
      ].join("\n"),
    );
    const r = await runCli(["treaty", "check", "new-start-2020-09", "--framework", bad]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.match(
      r.stderr,
      /bad\.yaml:8:11: error \[invalid_value\] limits\[0\]\.rule: .*did you mean "new-start-warheads"/,
    );
    assert.match(r.stderr, /bad\.yaml:14:10: error \[too_small\] limits\[1\]\.max/);
    assert.match(r.stderr, /2 problems found; nothing was written/);
    assert.doesNotMatch(r.stderr, /\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it("a cross-check error in a framework file is located too", async () => {
    const bad = join(dir, "sub.yaml");
    writeFileSync(
      bad,
      "id: x\nname: X\ncitation: t\nlimits:\n  - { id: a, name: A, quantity: warheads, max: 1, sublimitOf: b, citation: t }\n",
    );
    const r = await runCli(["treaty", "show", bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /sub\.yaml:5:63: error \[unknown_reference\] limits\[0\]\.sublimitOf: unknown limit "b"/);
  });

  it("--json still prints one JSON document with the issues", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"id": "x", "name": "X", "citation": "t", "limits": [{"id": "a"}]}');
    const r = await runCli(["treaty", "check", "new-start-2020-09", "--framework", bad, "--json"]);
    assert.equal(r.code, 2);
    const doc = JSON.parse(r.stdout) as { ok: boolean; issues: { line: number }[] };
    assert.equal(doc.ok, false);
    assert.ok(doc.issues.every((i) => i.line === 1));
  });

  it("an unknown framework id, party or date", async () => {
    const f = await runCli(["treaty", "check", "--framework", "new-strat"]);
    assert.equal(f.code, 2);
    assert.match(f.stderr, /unknown framework "new-strat".*did you mean "new-start"/);
    const p = await runCli(["treaty", "comply", "us-russia-2026", "--framework", "new-start", "--party", "rus"]);
    assert.equal(p.code, 2);
    assert.match(p.stderr, /unknown party "rus" in scenario "us-russia-2026"; known: us, ru \(did you mean/);
    const d = await runCli(["treaty", "check", "--framework", "new-start", "--date", "2020-02-30"]);
    assert.equal(d.code, 2);
    assert.match(d.stderr, /--date must be a date written YYYY-MM-DD/);
    const m = await runCli(["treaty", "check", "--framework", join(dir, "missing.yaml")]);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /missing\.yaml: error \[file\] \(root\): no such file/);
  });
});

describe("seceq treaty history", () => {
  it("prints the series with limits and headroom as JSON", async () => {
    const r = await json(["treaty", "history", "--json"]);
    const rows = r.rows as {
      date: string;
      party: string;
      headroom: { warheads?: number };
      status: string;
      reason?: string;
    }[];
    assert.equal(rows.length, NEW_START_AGGREGATES.length);
    const ru2017 = rows.find((x) => x.date === "2017-09-01" && x.party === "ru")!;
    assert.equal(ru2017.headroom.warheads, -11);
    assert.equal(ru2017.status, "not-in-force");
    const us2020 = rows.find((x) => x.date === "2020-09-01" && x.party === "us")!;
    assert.deepEqual([us2020.headroom.warheads, us2020.status], [93, "compliant"]);
    assert.ok(rows.filter((x) => x.date >= "2018-02-05").every((x) => x.status === "compliant"));
  });

  it("prints CSV with a header and one line per row", async () => {
    const r = await runCli(["treaty", "history", "--csv"]);
    assert.equal(r.code, 0);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines.length, NEW_START_AGGREGATES.length + 1);
    assert.match(lines[0]!, /^date,party,deployedLaunchers,deployedLimit,deployedHeadroom,warheads/);
    assert.ok(
      lines.some((l) =>
        l.startsWith("2017-09-01,ru,501,700,199,1561,1550,-11,790,800,10,not-in-force (not-yet-binding)"),
      ),
    );
  });

  it("refuses --json with --csv", async () => {
    assert.equal((await runCli(["treaty", "history", "--json", "--csv"])).code, 2);
  });

  it("quotes CSV fields holding a comma, a quote, a line feed or a carriage return", () => {
    const row = {
      date: "2020-09-01",
      party: "us",
      values: { warheads: 1457 },
      limits: { deployedLaunchers: 700, warheads: 1550, totalLaunchers: 800 },
      headroom: { warheads: 93 },
      status: "compliant",
      above: [],
      confidence: 'said "high"',
      source: "fact sheet\r\nrev. 2, p. 1",
    } as unknown as Parameters<typeof historyCsv>[0][number];
    const line = historyCsv([row]).split("\n").slice(1).join("\n");
    assert.equal(
      line,
      '2020-09-01,us,,700,,1457,1550,93,,800,,compliant,"said ""high""","fact sheet\r\nrev. 2, p. 1"\n',
    );
  });
});
