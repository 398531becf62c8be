/**
 * "About the model": every source the report cites, what the model covers and leaves out, and a glossary.
 */
import { useMemo } from "react";
import type { Report } from "@seceq/core";
import { DataTable } from "../components/data-table.js";
import { partyNames } from "../results/results-vm.js";
import { GLOSSARY, SCOPE_COVERS, SCOPE_EXCLUDES, provenanceFooter, sourcesVm } from "./scope-vm.js";

/** Render the scope, sources and glossary. */
export function ScopePanel({ report }: { report: Report | null }) {
  const sources = useMemo(() => (report ? sourcesVm(report.sources, partyNames(report)) : null), [report]);
  return (
    <div className="scope" data-testid="scope">
      <section aria-labelledby="scope-h" className="scope-cols">
        <h2 id="scope-h" className="section-title">
          Scope of the model
        </h2>
        <div className="cols">
          <div>
            <h3>What it covers</h3>
            <ul>
              {SCOPE_COVERS.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>What it does not cover</h3>
            <ul>
              {SCOPE_EXCLUDES.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      {sources && report ? (
        <DataTable
          id="sources-table"
          caption="Sources of this scenario's numbers"
          table={sources}
          exportName={`sources-${report.scenario.id}`}
          note={
            <>
              {sources.byConfidence.map((c) => `${c.count} ${c.label}`).join(" · ")}. {provenanceFooter(report)}
            </>
          }
        />
      ) : null}
      <section aria-labelledby="glossary-h">
        <h2 id="glossary-h" className="section-title">
          Glossary
        </h2>
        <dl className="glossary">
          {GLOSSARY.map((g) => (
            <div key={g.term}>
              <dt>{g.term}</dt>
              <dd>{g.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
