// The first half of the docs page's browser script: reading the OpenAPI document's schemas (refs,
// type labels, constraints), drawing them as trees and making example values. The second half,
// api-docs-operations.ts, draws each operation and its "try it" form; api-docs.ts serves both as one file.
// Plain ES2020 run as-is by the browser; avoid backticks, "${" and backslashes here (the second half uses
// String.raw for its regexes).
export const SCHEMA_SCRIPT = `"use strict";
const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"];
const MAX_DEPTH = 6;
let spec = {};
let base = "";
const byId = (id) => document.getElementById(id);
const isObj = (v) => v !== null && typeof v === "object";
const refName = (s) => (isObj(s) && typeof s.$ref === "string" ? s.$ref.split("/").pop() : "");
function el(tag, cls, text) {
  const e = Object.assign(document.createElement(tag), cls ? { className: cls } : {});
  return text !== undefined && text !== null ? Object.assign(e, { textContent: String(text) }) : e;
}
// Follows local "#/..." references (schemas, parameters, request bodies, responses).
function resolve(obj) {
  for (let i = 0; i < 20 && isObj(obj) && typeof obj.$ref === "string" && obj.$ref.startsWith("#/"); i++) {
    const keys = obj.$ref.slice(2).split("/").map((k) => decodeURIComponent(k).replace(/~1/g, "/").replace(/~0/g, "~"));
    obj = keys.reduce((o, k) => (isObj(o) ? o[k] : undefined), spec);
  }
  return isObj(obj) ? obj : {};
}
const nonNull = (list) => list.filter((x) => resolve(x).type !== "null");
// Names of the schemas a schema stands for (through refs, arrays and combinators), for cycle detection.
function refsIn(s, n = 0) {
  if (!isObj(s) || n > 8) return [];
  const own = refName(s) ? [refName(s), ...refsIn(resolve(s), n + 1)] : [];
  return own.concat(...[s.items, ...(s.anyOf || []), ...(s.oneOf || []), ...(s.allOf || [])].map((x) => refsIn(x, n + 1)));
}
function typeLabel(s, depth = 0) {
  if (!isObj(s)) return "any";
  if (refName(s)) return refName(s);
  if (depth > 3) return "…";
  if ("const" in s) return JSON.stringify(s.const);
  const alt = s.anyOf || s.oneOf;
  if (alt || s.allOf) return (alt || s.allOf).map((x) => typeLabel(x, depth + 1)).join(alt ? " | " : " & ");
  const types = Array.isArray(s.type) ? s.type : [s.type || (s.properties ? "object" : s.items ? "array" : "any")];
  const item = () => typeLabel(s.items, depth + 1).replace(/^(.* .*)$/, "($1)") + "[]";
  return types.map((x) => (x === "array" ? item() : x)).join(" | ") + (s.format ? " (" + s.format + ")" : "") + (s.nullable ? " | null" : "");
}
const FACTS = ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "pattern", "default"];
function facts(s) {
  const f = Array.isArray(s.enum) ? ["one of: " + s.enum.map((v) => JSON.stringify(v)).join(", ")] : [];
  for (const k of FACTS) if (s[k] !== undefined && typeof s[k] !== "boolean") f.push(k + ": " + JSON.stringify(s[k]));
  return f.concat(s.deprecated ? ["deprecated"] : []).join(" · ");
}
// The object-like schema worth expanding (through refs, arrays, nullable unions and allOf), if any.
function expandable(s, n = 0) {
  const r = resolve(s);
  if (n > 8) return null;
  if (r.items) return expandable(r.items, n + 1);
  const alt = r.anyOf || r.oneOf;
  if (alt) {
    const real = nonNull(alt);
    if (real.length === 1) return expandable(real[0], n + 1);
    return real.some((x) => expandable(x, n + 1)) ? { variants: real } : null;
  }
  if (r.allOf) {
    const parts = r.allOf.map((x) => expandable(x, n + 1) || {});
    return { properties: Object.assign({}, ...parts.map((p) => p.properties)), required: parts.flatMap((p) => p.required || []) };
  }
  return r.properties || isObj(r.additionalProperties) ? r : null;
}
// Appends the subtree of a schema to a node, unless it is too deep or refers back to a schema being expanded.
function subtree(li, s, depth, seen) {
  const refs = refsIn(s);
  if (!expandable(s)) return;
  if (refs.some((r) => seen.includes(r))) li.append(el("span", "facts", "↻ recursive"));
  else if (depth > MAX_DEPTH) li.append(el("span", "facts", "… (max depth)"));
  else li.append(schemaTree(s, depth, seen.concat(refs)));
}
function propRow(name, p, required, depth, seen, where) {
  const r = resolve(p);
  const li = el("li");
  li.append(el("code", "prop", name));
  if (required) li.append(Object.assign(el("span", "req", "*"), { title: "required" }));
  if (where) li.append(el("span", "in", where));
  li.append(el("code", "type", typeLabel(p)));
  if (facts(r)) li.append(el("span", "facts", facts(r)));
  if (p.description || r.description) li.append(el("p", "desc", p.description || r.description));
  subtree(li, p, depth + 1, seen);
  return li;
}
function schemaTree(s, depth, seen) {
  const ul = el("ul", "schema");
  const o = expandable(s);
  if (o.variants) {
    o.variants.forEach((v, i) => {
      const li = ul.appendChild(el("li"));
      li.append(el("span", "muted", "option " + (i + 1)), el("code", "type", typeLabel(v)));
      if (expandable(v)) li.append(schemaTree(v, depth + 1, seen)); // the caller already checked v's refs
    });
    return ul;
  }
  const req = new Set(o.required || []);
  for (const [name, p] of Object.entries(o.properties || {})) ul.append(propRow(name, p, req.has(name), depth, seen));
  if (isObj(o.additionalProperties)) ul.append(propRow("{key}", o.additionalProperties, false, depth, seen));
  return ul;
}
// An example value for a schema, preferring the examples, defaults and enums it declares.
function example(s, depth = 0, seen = []) {
  const r = resolve(s);
  if (depth > MAX_DEPTH || seen.includes(refName(s))) return null;
  seen = refName(s) ? seen.concat(refName(s)) : seen;
  const next = (x) => example(x, depth + 1, seen);
  if (Array.isArray(r.examples) && r.examples.length) return r.examples[0];
  for (const k of ["example", "default", "const"]) if (r[k] !== undefined) return r[k];
  if (Array.isArray(r.enum) && r.enum.length) return r.enum[0];
  const alt = r.anyOf || r.oneOf;
  if (alt) return alt.length ? next(nonNull(alt)[0] || alt[0]) : null;
  if (r.allOf) return Object.assign({}, ...r.allOf.map(next).filter(isObj));
  const t = Array.isArray(r.type) ? r.type.find((x) => x !== "null") : r.type;
  if (t === "object" || r.properties) return Object.fromEntries(Object.entries(r.properties || {}).map(([k, p]) => [k, next(p)]));
  if (t === "array" || r.items) return [next(r.items)].filter((x) => x !== null);
  if (t === "integer" || t === "number") return r.minimum ?? (typeof r.exclusiveMinimum === "number" ? Math.floor(r.exclusiveMinimum) + 1 : 0);
  if (t === "boolean" || t === "null") return t === "boolean" ? false : null;
  const now = new Date().toISOString();
  const formats = { "date-time": now, date: now.slice(0, 10), email: "user@example.com", uri: "https://example.com", uuid: "00000000-0000-4000-8000-000000000000" };
  return formats[r.format] || "string".padEnd(r.minLength || 0, "x").slice(0, r.maxLength ?? 1e6);
}
`;
