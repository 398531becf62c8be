/**
 * Bounds of the scenario's number fields, read from the zod scenario schema itself (`Scenario` in `@seceq/core`), so
 * the editor's inputs (posture and population) accept exactly what validation accepts and cannot drift from it.
 */
import { Scenario } from "@seceq/core";
import type { DocPath } from "../model/scenario-path.js";

/** The bounds of one number field. */
export interface FieldBounds {
  /** Smallest value, or the open lower bound when {@link FieldBounds.minExclusive}. */
  min: number;
  /** True when `min` itself is refused (e.g. `positive()`: every value above 0). */
  minExclusive: boolean;
  /** Largest value, or the open upper bound when {@link FieldBounds.maxExclusive}. */
  max: number;
  /** True when `max` itself is refused. */
  maxExclusive: boolean;
  /** True when only whole numbers are accepted. */
  integer: boolean;
}

/** The part of a zod (v4) schema read here: its definition, and for numbers their bounds. */
interface SchemaNode {
  def: {
    type: string;
    shape?: Record<string, SchemaNode>;
    element?: SchemaNode;
    options?: SchemaNode[];
    innerType?: SchemaNode;
    in?: SchemaNode;
    valueType?: SchemaNode;
  };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  safeParse(value: unknown): { success: boolean };
}

/** Wrapper kinds that hold one schema and change neither the shape nor the bounds. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

function unwrap(node: SchemaNode): SchemaNode {
  let n = node;
  for (;;) {
    if (WRAPPERS.has(n.def.type) && n.def.innerType) n = n.def.innerType;
    else if (n.def.type === "pipe" && n.def.in) n = n.def.in;
    else return n;
  }
}

/** The schema of the field at `path` below `node`, or undefined when the schema has no such field. */
function fieldAt(node: SchemaNode, path: DocPath): SchemaNode | undefined {
  let n: SchemaNode | undefined = node;
  for (const key of path) {
    if (!n) return undefined;
    const u = unwrap(n);
    switch (u.def.type) {
      case "object":
        n = typeof key === "string" && u.def.shape && Object.hasOwn(u.def.shape, key) ? u.def.shape[key] : undefined;
        break;
      case "array":
        n = typeof key === "number" ? u.def.element : undefined;
        break;
      case "record":
        n = u.def.valueType;
        break;
      case "union": {
        // A (discriminated) union of objects: the option that has the key (e.g. `w80` of an exponential curve).
        const withKey = (u.def.options ?? [])
          .map(unwrap)
          .find((o) => o.def.type === "object" && typeof key === "string" && Object.hasOwn(o.def.shape ?? {}, key));
        n = withKey?.def.shape?.[key as string];
        break;
      }
      default:
        return undefined;
    }
  }
  return n && unwrap(n);
}

const cache = new Map<string, FieldBounds>();

/**
 * Bounds of the number field at a path of a scenario document (array indices may be any index).
 * @param path e.g. `["parties", 0, "forces", 3, "launchers", "deployed"]`
 * @throws Error when the schema has no number field there (a programming error)
 */
export function scenarioFieldBounds(path: DocPath): FieldBounds {
  const key = path.map((k) => (typeof k === "number" ? "[]" : k)).join("/");
  const hit = cache.get(key);
  if (hit) return hit;
  const field = fieldAt(Scenario, path);
  if (!field || field.def.type !== "number")
    throw new Error(`the scenario schema has no number field at ${path.join(".")}`);
  const min = field.minValue ?? -Infinity;
  const max = field.maxValue ?? Infinity;
  const bounds: FieldBounds = {
    min,
    minExclusive: Number.isFinite(min) && !field.safeParse(min).success,
    max,
    maxExclusive: Number.isFinite(max) && !field.safeParse(max).success,
    integer: field.isInt === true,
  };
  cache.set(key, bounds);
  return bounds;
}
