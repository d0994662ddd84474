/** The one stylesheet, served at /static/app.css (CSP allows only same-origin styles). */
export const APP_CSS = `
:root{--red:#a3161a;--red-dark:#7d0f12;--gold:#d4a017;--ink:#1f2328;--muted:#5d6470;--line:#e3e0da;--bg:#f7f5f1;--card:#fff;--good:#1e7a46;--warn:#9a6700;--bad:#b42318;--focus:#1d4ed8;--radius:10px}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--red-dark)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.topbar{background:var(--red);color:#fff;box-shadow:0 1px 0 rgba(0,0,0,.08)}
.topbar-inner{max-width:1080px;margin:0 auto;padding:.6rem 1rem;display:flex;align-items:center;justify-content:space-between;gap:1rem}
.brand{display:flex;align-items:center;gap:.6rem;color:#fff;text-decoration:none;min-width:0}
.brand-mark{display:inline-grid;place-items:center;width:2.1rem;height:2.1rem;border-radius:50%;background:var(--gold);color:var(--red);font-size:1.2rem;flex:none}
.brand-text{display:flex;flex-direction:column;line-height:1.15;min-width:0}
.brand-text strong{font-size:1.05rem;letter-spacing:.01em}
.brand-text small{opacity:.9;font-size:.8rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.mainnav{max-width:1080px;margin:0 auto;padding:0 .5rem;display:flex;gap:.25rem;overflow-x:auto;scrollbar-width:none}
.mainnav a{color:#fff;text-decoration:none;padding:.55rem .75rem;border-bottom:3px solid transparent;white-space:nowrap;font-size:.95rem;opacity:.92}
.mainnav a[aria-current=page]{border-bottom-color:var(--gold);opacity:1;font-weight:600}
.usermenu{position:relative}
.usermenu summary{list-style:none;display:flex;align-items:center;gap:.5rem;cursor:pointer;color:#fff}
.usermenu summary::-webkit-details-marker{display:none}
.avatar{display:inline-grid;place-items:center;width:2rem;height:2rem;border-radius:50%;background:rgba(255,255,255,.18);font-weight:700}
.usermenu-name{max-width:11rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-size:.92rem}
.usermenu-panel{position:absolute;right:0;top:calc(100% + .5rem);background:#fff;color:var(--ink);border:1px solid var(--line);border-radius:var(--radius);padding:.75rem 1rem;min-width:14rem;box-shadow:0 8px 24px rgba(0,0,0,.12);z-index:5;display:flex;flex-direction:column;gap:.5rem}
.usermenu-panel p{margin:0}
.linklike{background:none;border:0;padding:0;color:var(--red-dark);text-decoration:underline;font:inherit;cursor:pointer}
.container{max-width:1080px;margin:0 auto;padding:1rem}
.footer{max-width:1080px;margin:2rem auto 1rem;padding:0 1rem;color:var(--muted);font-size:.85rem}
.page-title{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:.75rem;margin:.5rem 0 1rem}
.page-title h1{margin:0;font-size:1.45rem;line-height:1.25}
.page-title p{margin:.25rem 0 0}
.page-actions{display:flex;flex-wrap:wrap;gap:.5rem}
h2{font-size:1.15rem}
.muted{color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1rem 1.1rem;margin-bottom:1rem}
.card-title{margin:0 0 .75rem;font-size:1.05rem}
.grid{display:grid;gap:1rem}
@media(min-width:760px){.grid-2{grid-template-columns:1fr 1fr}.grid-3{grid-template-columns:repeat(3,1fr)}.container{padding:1.5rem 1rem}.page-title h1{font-size:1.7rem}}
.stat{display:flex;flex-direction:column;gap:.15rem}
.stat b{font-size:1.6rem;line-height:1.1}
.form{display:flex;flex-direction:column;gap:.85rem;max-width:34rem}
.form-inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.field{display:flex;flex-direction:column;gap:.3rem}
.field label{font-weight:600;font-size:.95rem}
.req{color:var(--bad)}
input,select,textarea{font:inherit;color:inherit;width:100%;padding:.65rem .75rem;border:1px solid #c9c4bb;border-radius:8px;background:#fff;min-height:2.9rem}
textarea{min-height:6rem;resize:vertical}
.field-error input,.field-error select,.field-error textarea{border-color:var(--bad);background:#fff8f7}
.hint{margin:0;color:var(--muted);font-size:.85rem}
.error-text{margin:0;color:var(--bad);font-size:.9rem;font-weight:600}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:.4rem;min-height:2.9rem;padding:.6rem 1.1rem;border-radius:8px;border:1px solid transparent;font:inherit;font-weight:600;text-decoration:none;cursor:pointer;white-space:nowrap}
.btn-primary{background:var(--red);color:#fff}
.btn-primary:hover{background:var(--red-dark)}
.btn-secondary{background:#fff;color:var(--ink);border-color:#c9c4bb}
.btn-secondary:hover{border-color:var(--ink)}
.btn-danger{background:#fff;color:var(--bad);border-color:var(--bad)}
.alert{border-radius:var(--radius);padding:.75rem 1rem;margin:0 0 1rem;border:1px solid}
.alert p{margin:0 0 .25rem}
.alert ul{margin:.25rem 0 0;padding-left:1.2rem}
.alert-info{background:#eef4ff;border-color:#c7d7fe}
.alert-error{background:#fef3f2;border-color:#fecdca;color:#7a271a}
.alert-success{background:#ecfdf3;border-color:#abefc6;color:#05603a}
.alert-warning{background:#fffaeb;border-color:#fedf89;color:#7a2e0e}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid var(--line);background:#fff;white-space:nowrap}
.badge-good{color:var(--good);border-color:#abefc6;background:#ecfdf3}
.badge-warn{color:var(--warn);border-color:#fedf89;background:#fffaeb}
.badge-bad{color:var(--bad);border-color:#fecdca;background:#fef3f2}
.badge-accent{color:var(--red-dark);border-color:#f4c7c3;background:#fdf1f0}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0 0 .5rem;font-size:.9rem}
.breadcrumbs li+li::before{content:"›";margin-right:.25rem;color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:var(--radius);background:#fff}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.6rem .75rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#faf8f4;font-weight:600;white-space:nowrap}
tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
@media(max-width:640px){table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}table.stack tr{border-bottom:1px solid var(--line);padding:.4rem 0}table.stack td{border:0;padding:.2rem .75rem;display:flex;gap:.75rem;justify-content:space-between;text-align:right}table.stack td::before{content:attr(data-label);color:var(--muted);text-align:left;font-weight:500}table.stack td.num{text-align:right}}
.list{list-style:none;margin:0;padding:0}
.list li{display:flex;justify-content:space-between;align-items:center;gap:.75rem;padding:.7rem 0;border-bottom:1px solid var(--line)}
.list li:last-child{border-bottom:0}
.list .meta{color:var(--muted);font-size:.85rem}
.empty{color:var(--muted);font-style:italic}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0;font-weight:500}
details.panel{border:1px solid var(--line);border-radius:var(--radius);background:#fff;margin-bottom:.75rem}
details.panel>summary{cursor:pointer;padding:.75rem 1rem;font-weight:600}
details.panel>div{padding:0 1rem 1rem}
.copy{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all;background:#faf8f4;border:1px dashed #c9c4bb;border-radius:8px;padding:.6rem .75rem}
.auth-wrap{max-width:26rem;margin:2rem auto}
.auth-wrap .card{padding:1.5rem}
.hero{background:linear-gradient(135deg,var(--red),var(--red-dark));color:#fff;border-radius:var(--radius);padding:1.5rem;margin-bottom:1rem}
.hero h1{margin:0 0 .5rem}
.hero a{color:#fff}
@media print{.topbar,.footer,.skip,.page-actions,.no-print{display:none!important}body{background:#fff;font-size:13pt}.card{border:0;padding:0}.container{max-width:none;padding:0}a{color:inherit;text-decoration:none}}
`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#a3161a"/><path fill="#d4a017" d="M16 5l3.1 7.2 7.9.7-6 5.2 1.8 7.7L16 21.8l-6.8 4 1.8-7.7-6-5.2 7.9-.7z"/></svg>`;
