import { Hono } from "hono";

/**
 * Self-contained interactive API docs: a static HTML shell plus a small vanilla script and stylesheet,
 * all served from this Worker so they work offline and under the strict CSP (no inline script/style,
 * no CDN). The script renders the OpenAPI document with createElement/textContent only.
 */

const HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gương mẫu API</title>
<link rel="stylesheet" href="/api/docs/docs.css">
<script src="/api/docs/docs.js" defer></script>
</head>
<body>
<header class="top">
<h1 id="title">Gương mẫu API</h1>
<p id="meta" class="muted"></p>
<p id="desc" class="desc"></p>
<input id="filter" type="search" placeholder="Filter by path, summary or tag" aria-label="Filter operations" autocomplete="off">
</header>
<main id="ops"><p id="status" class="muted">Loading the API description…</p></main>
<noscript><p class="error">These docs need JavaScript. The raw OpenAPI document is at <a href="{{SPEC_URL}}">{{SPEC_URL}}</a>.</p></noscript>
</body>
</html>
`;

const CSS = `:root{--bg:#f7f7f5;--card:#fff;--fg:#1f2328;--muted:#656d76;--line:#d8dee4;--accent:#0b5cad;--code:#f0f2f4;
--get:#1a7f37;--post:#0b5cad;--put:#9a6700;--patch:#8250df;--delete:#cf222e;--other:#57606a}
@media (prefers-color-scheme:dark){:root{--bg:#15181c;--card:#1d2126;--fg:#e6edf3;--muted:#9aa4ae;--line:#30363d;
--accent:#58a6ff;--code:#262b31}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header.top,main{max-width:980px;margin:0 auto;padding:16px}
header.top{padding-top:24px}
h1{margin:0 0 4px;font-size:1.6rem}
h2{margin:28px 0 4px;font-size:1.2rem}
h4{margin:16px 0 6px;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
a{color:var(--accent)}
code,pre,textarea,input{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
.muted{color:var(--muted)}
.error{color:var(--delete)}
.desc{white-space:pre-line;margin:4px 0 8px}
#filter{width:100%;padding:10px 12px;margin-top:8px;border:1px solid var(--line);border-radius:8px;
background:var(--card);color:var(--fg);font-family:inherit;font-size:1rem}
details.op{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:8px 0}
details.op>summary{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;padding:10px 12px;cursor:pointer;list-style:none}
details.op>summary::-webkit-details-marker{display:none}
details.op[open]>summary{border-bottom:1px solid var(--line)}
details.op.deprecated .path{text-decoration:line-through}
.op-body{padding:4px 14px 14px}
.method{display:inline-block;min-width:64px;text-align:center;border-radius:4px;padding:1px 6px;color:#fff;
font:700 .75rem/1.6 ui-monospace,monospace;background:var(--other)}
.m-get{background:var(--get)}.m-post{background:var(--post)}.m-put{background:var(--put)}
.m-patch{background:var(--patch)}.m-delete{background:var(--delete)}
.path{font-weight:600;word-break:break-all}
.summary{color:var(--muted)}
ul.schema,ul.responses{list-style:none;margin:4px 0;padding:0}
ul.schema ul.schema{padding-left:16px;border-left:2px solid var(--line);margin-left:4px}
ul.schema li,ul.responses li{padding:3px 0}
.prop{font-weight:600}
.req{color:var(--delete);font-weight:700;margin-left:2px}
.type{color:var(--accent);margin-left:6px}
.in,.facts{color:var(--muted);font-size:.8rem;margin-left:6px}
li>.desc{font-size:.9rem;color:var(--muted);margin:0}
.status{display:inline-block;min-width:40px;font:700 .85rem ui-monospace,monospace}
.s2{color:var(--get)}.s3{color:var(--put)}.s4,.s5{color:var(--delete)}
details.schema-box>summary{cursor:pointer;color:var(--muted);font-size:.85rem}
form.try{margin-top:12px;padding-top:4px;border-top:1px dashed var(--line)}
form.try label{display:block;margin:6px 0}
form.try label>span{display:block;font-size:.85rem;color:var(--muted)}
form.try input,form.try textarea{width:100%;padding:6px 8px;border:1px solid var(--line);border-radius:6px;
background:var(--bg);color:var(--fg)}
form.try textarea{min-height:120px;resize:vertical}
button{margin-top:8px;padding:7px 18px;border:0;border-radius:6px;background:var(--accent);color:#fff;font-weight:600;cursor:pointer}
button:disabled{opacity:.6;cursor:wait}
.result{margin-top:10px}
.result dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0;font-size:.85rem}
.result dt{color:var(--muted)}.result dd{margin:0;word-break:break-all;font-family:ui-monospace,monospace}
pre.body{background:var(--code);padding:10px;border-radius:6px;overflow:auto;max-height:420px;margin:6px 0 0}
@media (max-width:600px){header.top,main{padding:10px}.op-body{padding:4px 10px 10px}.method{min-width:54px}}
`;

// Plain ES2020 run as-is by the browser. String.raw keeps regex backslashes intact; avoid backticks and "${".
const SCRIPT = String.raw`"use strict";
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
function buildOperation(body, path, method, op, item) {
  const params = new Map();
  for (const p of [...(item.parameters || []), ...(op.parameters || [])].map(resolve)) params.set(p.in + ":" + p.name, p);
  if (op.description) body.append(el("p", "desc", op.description));
  if (op.operationId) body.append(el("p", "muted", "operationId: " + op.operationId));
  if (params.size) {
    const ul = el("ul", "schema");
    for (const p of params.values()) {
      const schema = { ...(p.schema || {}), description: p.description || resolve(p.schema).description };
      ul.append(propRow(p.name, schema, p.in === "path" || !!p.required, 0, [], p.in));
    }
    body.append(el("h4", null, "Parameters"), ul);
  }
  const rb = op.requestBody ? resolve(op.requestBody) : null;
  const content = (rb && rb.content) || {};
  const media = content["application/json"] ? "application/json" : Object.keys(content)[0];
  const mt = media ? content[media] : null;
  if (rb) body.append(el("h4", null, ["Request body", media, rb.required && "required"].filter(Boolean).join(" · ")));
  if (rb && rb.description) body.append(el("p", "desc", rb.description));
  if (mt && mt.schema) body.append(el("code", "type", typeLabel(mt.schema)));
  if (mt && mt.schema) subtree(body, mt.schema, 0, []);
  const rl = el("ul", "responses");
  body.append(el("h4", null, "Responses"), rl);
  for (const [code, r0] of Object.entries(op.responses || {})) {
    const r = resolve(r0);
    const li = rl.appendChild(el("li"));
    li.append(el("span", "status s" + code[0], code), document.createTextNode(" " + (r.description || "")));
    const c = r.content && (r.content["application/json"] || Object.values(r.content)[0]);
    if (!c || !c.schema) continue;
    li.append(el("code", "type", typeLabel(c.schema)));
    const box = expandable(c.schema) && li.appendChild(el("details", "schema-box"));
    if (box) box.append(el("summary", null, "schema"));
    if (box) subtree(box, c.schema, 0, []);
  }
  body.append(tryIt(path, method, [...params.values()], media, mt));
}
function tryIt(path, method, params, media, mt) {
  const form = el("form", "try");
  form.append(el("h4", null, "Try it"));
  if (media && media !== "application/json") {
    form.append(el("p", "muted", "This operation takes " + media + "; send it with another HTTP client."));
    return form;
  }
  const inputs = params.filter((p) => ["path", "query", "header"].includes(p.in)).map((p) => {
    const input = Object.assign(el("input"), { name: p.name, required: p.in === "path" || !!p.required, placeholder: typeLabel(p.schema) });
    if (p.example !== undefined) input.value = String(p.example);
    form.appendChild(el("label")).append(el("span", null, p.name + (input.required ? " *" : "") + " · " + p.in), input);
    return [p, input];
  });
  const textarea = mt ? Object.assign(el("textarea"), { spellcheck: false, rows: 8 }) : null;
  if (textarea) {
    const named = Object.values(mt.examples || {}).map(resolve)[0];
    textarea.value = JSON.stringify(mt.example ?? (named && named.value) ?? (mt.schema ? example(mt.schema) : {}), null, 2);
    form.appendChild(el("label")).append(el("span", null, "Body · application/json"), textarea);
  }
  const button = Object.assign(form.appendChild(el("button", null, "Send")), { type: "submit" });
  const out = Object.assign(form.appendChild(el("div", "result")), { hidden: true });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    const headers = {};
    let url = path;
    for (const [p, input] of inputs) {
      if (p.in === "path") url = url.split("{" + p.name + "}").join(encodeURIComponent(input.value));
      else if (input.value !== "" && p.in === "query") query.append(p.name, input.value);
      else if (input.value !== "") headers[p.name] = input.value;
    }
    url = base + url + (query.toString() ? "?" + query : "");
    const init = { method: method.toUpperCase(), credentials: "same-origin", headers };
    if (!["GET", "HEAD"].includes(init.method)) headers["Content-Type"] = "application/json";
    if (textarea && textarea.value.trim() && headers["Content-Type"]) init.body = textarea.value;
    button.disabled = true;
    out.hidden = false;
    out.replaceChildren(el("p", "muted", "Sending " + init.method + " " + url + " …"));
    const started = performance.now();
    try {
      const res = await fetch(url, init);
      const text = await res.text();
      let pretty = text;
      try { pretty = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON: shown as is */ }
      const dl = el("dl");
      const rows = [["Status", res.status + " " + res.statusText], ["Time", Math.round(performance.now() - started) + " ms"],
        ["x-request-id", res.headers.get("x-request-id")], ["server-timing", res.headers.get("server-timing")]];
      for (const [k, v] of rows) if (v) dl.append(el("dt", null, k), el("dd", k === "Status" ? "s" + String(res.status)[0] : null, v));
      out.replaceChildren(el("code", "muted", init.method + " " + url), dl, el("pre", "body", pretty || "(empty body)"));
    } catch (err) {
      out.replaceChildren(el("p", "error", "Request failed: " + (err && err.message ? err.message : err)));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
function renderOperation(path, method, op, item, tag) {
  const d = el("details", "op" + (op.deprecated ? " deprecated" : ""));
  d.id = "op-" + (op.operationId || method + path).replace(/[^A-Za-z0-9_-]+/g, "-");
  d.dataset.search = [method, path, op.summary, op.operationId, tag].join(" ").toLowerCase();
  d.appendChild(el("summary")).append(el("span", "method m-" + method, method.toUpperCase()), el("code", "path", path), el("span", "summary", op.summary || ""));
  const body = d.appendChild(el("div", "op-body"));
  d.addEventListener("toggle", () => {
    if (!d.open || body.childNodes.length) return;
    try { buildOperation(body, path, method, op, item); } catch (err) { body.append(el("p", "error", "Could not render: " + err.message)); }
  });
  return d;
}
async function main() {
  const status = byId("status");
  try {
    const res = await fetch(SPEC_URL, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error("HTTP " + res.status);
    spec = await res.json();
  } catch (err) {
    status.textContent = "Could not load the API description from " + SPEC_URL + ": " + err.message;
    status.className = "error";
    return;
  }
  // Operation paths are relative to the first server when it is on this origin.
  const server = new URL((spec.servers && spec.servers[0] && spec.servers[0].url) || "/", location.href);
  base = server.origin === location.origin ? server.pathname.replace(/\/+$/, "") : "";
  const info = spec.info || {};
  byId("title").textContent = info.title || "Gương mẫu API";
  document.title = byId("title").textContent + " · docs";
  const raw = Object.assign(el("a", null, "OpenAPI JSON"), { href: SPEC_URL });
  byId("meta").append("Version " + (info.version || "?") + " · OpenAPI " + (spec.openapi || "?") + " · ", raw);
  byId("desc").textContent = info.description || "";
  const declared = (spec.tags || []).map((t) => t.name);
  const groups = new Map((spec.tags || []).map((t) => [t.name, { tag: t, ops: [] }]));
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const method of METHODS.filter((m) => isObj(item) && isObj(item[m]))) {
      const tag = (item[method].tags && item[method].tags[0]) || "default";
      if (!groups.has(tag)) groups.set(tag, { tag: { name: tag }, ops: [] });
      groups.get(tag).ops.push(renderOperation(path, method, item[method], item, tag));
    }
  }
  // Declared tags keep the document's order; undeclared ones follow alphabetically.
  const order = declared.concat([...groups.keys()].filter((k) => !declared.includes(k)).sort((a, b) => a.localeCompare(b)));
  const sections = order.map((name) => groups.get(name)).filter((g) => g.ops.length).map((g) => {
    const section = el("section", "group");
    section.append(el("h2", null, g.tag.name));
    if (g.tag.description) section.append(el("p", "desc muted", g.tag.description));
    section.append(...g.ops);
    return { section, ops: g.ops };
  });
  const empty = Object.assign(el("p", "muted", "No operation matches the filter."), { hidden: sections.length > 0 });
  status.remove();
  byId("ops").append(...sections.map((s) => s.section), empty);
  const filter = byId("filter");
  filter.addEventListener("input", () => {
    const terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let total = 0;
    for (const s of sections) {
      for (const d of s.ops) d.hidden = !terms.every((t) => d.dataset.search.includes(t));
      const shown = s.ops.filter((d) => !d.hidden).length;
      s.section.hidden = shown === 0;
      total += shown;
    }
    empty.hidden = total > 0;
  });
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target && target.tagName === "DETAILS") {
    target.open = true;
    target.scrollIntoView();
  }
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", main);
else main();
`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const ASSET_CACHE = "public, max-age=3600";

/** Docs UI for the OpenAPI document at `openapiUrl`; mounted by the main app at "/api/docs". */
export function apiDocsApp(openapiUrl: string): Hono {
  // JSON.stringify yields a safe JS string literal; the script is a separate file, never inlined in HTML.
  const script = "(function (SPEC_URL) {\n" + SCRIPT + "})(" + JSON.stringify(openapiUrl) + ");\n";
  const page = HTML.replaceAll("{{SPEC_URL}}", escapeHtml(openapiUrl));
  const app = new Hono();
  app.get("/", (c) => c.html(page));
  app.get("/docs.js", (c) =>
    c.body(script, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": ASSET_CACHE }),
  );
  app.get("/docs.css", (c) =>
    c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": ASSET_CACHE }),
  );
  return app;
}
