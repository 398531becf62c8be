import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/cli/dist/errors.js
var EXIT = { ok: 0, bug: 1, invalidInput: 2, violation: 3 };
var UserError = class extends Error {
  /** The problems, each with path and (from files) line:col. */
  issues;
  /** Closing line on stderr instead of the default "N problems found; nothing was written." */
  summary;
  /**
   * @param issues the problems, or one message (code `usage`)
   * @param options `summary`: the closing line, when "nothing was written" would not be true
   */
  constructor(issues, options = {}) {
    const list = typeof issues === "string" ? [{ code: "usage", path: [], message: issues }] : issues;
    super(list.map((i) => i.message).join("; "));
    this.name = "UserError";
    this.issues = list;
    this.summary = options.summary;
  }
};
var ExitRequest = class extends Error {
  code;
  constructor(code) {
    super(`exit ${code}`);
    this.code = code;
  }
};

export {
  EXIT,
  UserError,
  ExitRequest
};
