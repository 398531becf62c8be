/**
 * "About the model": every source the report cites, what the model covers and leaves out, and a glossary.
 */
import { useMemo } from "react";
import type { Report, ScenarioInput } from "@seceq/core";
import { DataTable } from "../components/data-table.js";
import { partyNames } from "../results/results-vm.js";
import { GLOSSARY, SCOPE_COVERS, SCOPE_EXCLUDES, provenanceFooter, sourcesVm } from "./scope-vm.js";

/** Render the scope, sources and glossary. */
export function ScopePanel({ report, input }: { report: Report | null; input?: ScenarioInput }) {
  const sources = useMemo(() => {
    if (!report) return null;
    const items: Record<string, string> = {};
    for (const p of input?.parties ?? []) {
      for (const f of p.forces) items[`${p.id}/${f.id}`] = f.name;
      for (const d of p.defenses ?? []) items[`${p.id}/${d.id}`] = d.name;
    }
    return sourcesVm(report.sources, partyNames(report), items);
  }, [report, input]);
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
          renderCell={(i, j, text) => {
            const url = sources.urls[i];
            return j === 3 && url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              text
            );
          }}
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
