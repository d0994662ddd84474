import { Hono } from "hono";
import { OPERATION_SCRIPT } from "./api-docs-operations";
import { SCHEMA_SCRIPT } from "./api-docs-schemas";

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

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const ASSET_CACHE = "public, max-age=3600";

/** Docs UI for the OpenAPI document at `openapiUrl`; mounted by the main app at "/api/docs". */
export function apiDocsApp(openapiUrl: string): Hono {
  // JSON.stringify yields a safe JS string literal; the script is a separate file, never inlined in HTML.
  const script =
    "(function (SPEC_URL) {\n" +
    SCHEMA_SCRIPT +
    OPERATION_SCRIPT +
    "})(" +
    JSON.stringify(openapiUrl) +
    ");\n";
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
