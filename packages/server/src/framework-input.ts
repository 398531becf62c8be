/**
 * Choose the treaty framework of a request: a rule pack id, a framework document, framework text (issues at
 * line:col), or the framework the scenario names. Invalid frameworks are refused with every issue.
 */
import {
  getRulePack,
  loadFrameworkText,
  RULE_PACK_IDS,
  validateFramework,
  type Framework,
  type Scenario,
} from "@seceq/core";
import { HttpError, prefixIssues } from "./http-errors.js";

/** The framework fields of a treaty request. */
export interface FrameworkFields {
  framework?: string | Record<string, unknown> | undefined;
  frameworkText?: string | undefined;
  date?: string | undefined;
}

/** A framework and the date to count at (undefined: the core's default). */
export interface ResolvedFramework {
  framework: Framework;
  date: string | undefined;
}

function unknownPack(id: string, path: (string | number)[]): HttpError {
  return new HttpError(400, "invalid_request", `unknown framework "${id}"`, [
    {
      code: "unknown_reference",
      path,
      message: `unknown framework "${id}"; built-in rule packs: ${RULE_PACK_IDS.join(", ")} (or send a framework document)`,
    },
  ]);
}

/**
 * Resolve the framework of a treaty request.
 * @param fields `framework` (rule pack id or document), `frameworkText`, `date`
 * @param scenario the validated scenario (its `framework` reference is the default)
 */
export function resolveFramework(fields: FrameworkFields, scenario: Scenario): ResolvedFramework {
  if (fields.framework !== undefined && fields.frameworkText !== undefined)
    throw new HttpError(400, "invalid_request", "give only one of `framework` and `frameworkText`", [
      { code: "invalid_request", path: ["frameworkText"], message: "give only one of `framework` and `frameworkText`" },
    ]);
  if (fields.frameworkText !== undefined) {
    const r = loadFrameworkText(fields.frameworkText, "framework");
    if (!r.value) throw new HttpError(400, "invalid_framework", "the framework is not valid", r.issues);
    return { framework: r.value, date: fields.date };
  }
  if (typeof fields.framework === "string") {
    const pack = getRulePack(fields.framework);
    if (!pack) throw unknownPack(fields.framework, ["framework"]);
    return { framework: pack, date: fields.date };
  }
  if (fields.framework !== undefined) {
    const r = validateFramework(fields.framework);
    if (!r.value)
      throw new HttpError(
        400,
        "invalid_framework",
        "the framework is not valid",
        prefixIssues(r.issues, ["framework"]),
      );
    return { framework: r.value, date: fields.date };
  }
  const ref = scenario.framework;
  if (!ref)
    throw new HttpError(400, "invalid_request", "no framework given and the scenario names none", [
      {
        code: "missing_field",
        path: ["framework"],
        message: `give \`framework\` (one of ${RULE_PACK_IDS.join(", ")}, or a framework document) or \`frameworkText\``,
      },
    ]);
  const pack = getRulePack(ref.id);
  if (!pack) throw unknownPack(ref.id, ["scenario", "framework", "id"]);
  return { framework: pack, date: fields.date ?? ref.date };
}
