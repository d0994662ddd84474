// The second half of the docs page's browser script (after api-docs-schemas.ts): each operation's
// parameters, bodies and responses, the "try it" form, and the page's main(). Plain ES2020, run as-is
// by the browser; String.raw keeps regex backslashes intact; avoid backticks and "${".
export const OPERATION_SCRIPT = String.raw`function buildOperation(body, path, method, op, item) {
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
