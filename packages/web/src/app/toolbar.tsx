/**
 * The top bar: preset picker, reset, share link, import/export, and saved scenarios through the API.
 */
import { useRef, useState } from "react";
import { download } from "../charts/chart-export.js";
import { ScenarioApi, type SavedSummary } from "../share/api-client.js";
import { exportScenario, importScenario } from "../share/scenario-file.js";
import { encodeShareHash } from "../share/share-link.js";
import { sharePayload, type WorkbenchState, type WorkbenchStore } from "./workbench-store.js";

const api = new ScenarioApi((input, init) => fetch(input, init));

function SavedScenarios({ store, state }: { store: WorkbenchStore; state: WorkbenchState }) {
  const [items, setItems] = useState<SavedSummary[] | null>(null);
  const [message, setMessage] = useState("");
  const [name, setName] = useState("");
  const refresh = async () => {
    const r = await api.list();
    if (r.ok) {
      setItems(r.value);
      setMessage(r.value.length === 0 ? "No saved scenarios yet." : "");
    } else {
      setItems([]);
      setMessage(r.message);
    }
  };
  const save = async () => {
    const n = name.trim() || (typeof state.input.name === "string" ? state.input.name : "scenario");
    const r = await api.save(n, state.input);
    if (r.ok) {
      store.announce(`Saved “${r.value.name}” (version ${r.value.latestVersion}).`);
      await refresh();
    } else setMessage(r.message);
  };
  const load = async (id: string) => {
    const r = await api.load(id);
    if (!r.ok) return setMessage(r.message);
    const doc = r.value.document;
    const docId = typeof doc === "object" && doc !== null ? (doc as { id?: unknown }).id : undefined;
    const preset = typeof docId === "string" && state.presets.some((p) => p.id === docId) ? docId : null;
    const ok = store.replaceScenario(
      doc,
      preset,
      `Loaded saved scenario “${r.value.name}” (version ${r.value.version}).`,
      `the saved scenario “${r.value.name}”`,
    );
    if (!ok) setMessage(store.getState().status);
  };
  return (
    <details className="menu" onToggle={(e) => (e.currentTarget.open ? void refresh() : undefined)}>
      <summary>Saved…</summary>
      <div className="menu-body" role="group" aria-label="Saved scenarios">
        <label>
          Name{" "}
          <input
            type="text"
            value={name}
            placeholder={typeof state.input.name === "string" ? state.input.name : ""}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="button" onClick={() => void save()}>
          Save to server
        </button>
        {message ? <p className="note">{message}</p> : null}
        {items && items.length > 0 ? (
          <ul className="saved-list">
            {items.map((it) => (
              <li key={it.id}>
                <button type="button" onClick={() => void load(it.id)}>
                  Load
                </button>{" "}
                {it.name} <span className="muted">v{it.latestVersion}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}

/** Render the toolbar. */
export function Toolbar({ store, state }: { store: WorkbenchStore; state: WorkbenchState }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState("");
  const [importIssues, setImportIssues] = useState<string[]>([]);

  const share = async () => {
    const hash = await encodeShareHash(sharePayload(store.getState()));
    history.replaceState(null, "", hash);
    const url = location.href;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      store.announce("Share link copied to the clipboard.");
    } catch {
      store.announce("Share link ready below: copy it from the field.");
    }
  };

  const doExport = (format: "yaml" | "json") => {
    const f = exportScenario(store.getState().input, format);
    download(f.filename, f.text, f.mime);
    store.announce(`Exported ${f.filename}.`);
  };

  const onFile = async (file: File) => {
    const text = await file.text();
    const r = importScenario(text, file.name);
    if (!r.ok) {
      setImportIssues(r.messages);
      store.announce(`Could not import ${file.name}: ${r.messages.length} problem(s).`);
      return;
    }
    setImportIssues([]);
    const preset = state.presets.some((p) => p.id === r.scenario.id) ? r.scenario.id : null;
    store.replaceScenario(r.scenario, preset, `Imported ${file.name}.`);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Scenario">
      <label className="preset-picker">
        <span>Preset</span>
        <select
          value={state.presetId ?? ""}
          onChange={(e) => {
            if (e.target.value) void store.loadPreset(e.target.value);
          }}
          data-testid="preset-select"
          title={state.presets.find((p) => p.id === state.presetId)?.description ?? ""}
        >
          {state.presetId === null ? <option value="">(custom scenario)</option> : null}
          {state.presets.map((p) => (
            <option key={p.id} value={p.id} title={p.description}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => store.resetAll()} disabled={!state.baseline} data-testid="reset-all">
        Reset
      </button>
      <button type="button" onClick={() => void share()} data-testid="share">
        Share link
      </button>
      <button type="button" onClick={() => doExport("yaml")} data-testid="export-yaml">
        Export YAML
      </button>
      <button type="button" onClick={() => doExport("json")} data-testid="export-json">
        Export JSON
      </button>
      <button type="button" onClick={() => fileInput.current?.click()} data-testid="import">
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        className="sr-only"
        tabIndex={-1}
        aria-label="Import a scenario file"
        data-testid="import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void onFile(f);
          e.target.value = "";
        }}
      />
      <SavedScenarios store={store} state={state} />
      {link ? (
        <input
          className="share-link"
          readOnly
          value={link}
          aria-label="Share link"
          onFocus={(e) => e.target.select()}
          data-testid="share-link"
        />
      ) : null}
      {importIssues.length > 0 ? (
        <div className="errors import-issues" role="alert" data-testid="import-issues">
          <strong>Import failed:</strong>
          <ul>
            {importIssues.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setImportIssues([])}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
