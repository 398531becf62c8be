/** CSV writing shared by every export. */
export * from "./csv.js";
