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
/* the menu: a bar that wraps rather than scrolls, and the "Thêm" panel (<details>, no JavaScript needed) */
.mainnav{max-width:1080px;margin:0 auto;padding:0 .5rem;position:relative}
.nav-bar{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;align-items:stretch;column-gap:.15rem}
.nav-bar>li{display:flex}
.mainnav a,.nav-more-toggle{color:#fff;text-decoration:none;padding:.55rem .7rem;border-bottom:3px solid transparent;white-space:nowrap;font-size:.95rem}
.nav-bar a[aria-current=page],.nav-more-toggle.nav-current{border-bottom-color:var(--gold);font-weight:600}
.nav-more-toggle{list-style:none;cursor:pointer;display:flex;align-items:center;gap:.35rem;min-height:100%}
.nav-more-toggle::-webkit-details-marker{display:none}
.nav-more-toggle::after{content:"";width:.45rem;height:.45rem;border:solid #fff;border-width:0 2px 2px 0;transform:translateY(-.15rem) rotate(45deg)}
.nav-more[open]>.nav-more-toggle{background:rgba(0,0,0,.18)}
.nav-more[open]>.nav-more-toggle::after{transform:translateY(.1rem) rotate(225deg)}
.nav-panel{position:absolute;left:.5rem;right:.5rem;top:100%;z-index:20;background:#fff;color:var(--ink);border:1px solid var(--line);border-radius:0 0 var(--radius) var(--radius);box-shadow:0 10px 28px rgba(0,0,0,.16);padding:.75rem 1rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.5rem 1.25rem}
.nav-section-title{margin:0 0 .2rem;font-size:.78rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
.nav-section ul{list-style:none;margin:0;padding:0}
.nav-panel a{display:block;color:var(--ink);padding:.4rem .5rem;border-bottom:0;border-left:3px solid transparent;white-space:normal;border-radius:4px}
.nav-panel a:hover{background:#faf8f4}
.nav-panel a[aria-current=page]{border-left-color:var(--red);background:#fdf1f0;font-weight:600}
@media(min-width:1180px){.nav-narrow{display:none!important}}
@media(max-width:1179.98px){.nav-wide{display:none!important}.nav-more-toggle.nav-current-narrow{border-bottom-color:var(--gold);font-weight:600}}
@media(max-width:640px){.mainnav{padding:0 .25rem}.mainnav a,.nav-more-toggle{padding:.55rem .5rem;font-size:.92rem}.nav-more-item{flex:1 0 auto;justify-content:flex-end}.nav-panel{left:.25rem;right:.25rem;grid-template-columns:1fr 1fr;padding:.6rem .5rem;gap:.4rem .5rem}.nav-panel a{padding:.45rem .4rem;font-size:.92rem}}
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
.grid>*{min-width:0}
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
[hidden]{display:none!important}
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
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.8rem;font-weight:600;border:1px solid var(--line);background:#fff;max-width:100%;overflow-wrap:anywhere}
td .badge{white-space:nowrap}
.badge-good{color:var(--good);border-color:#abefc6;background:#ecfdf3}
.badge-warn{color:var(--warn);border-color:#fedf89;background:#fffaeb}
.badge-bad{color:var(--bad);border-color:#fecdca;background:#fef3f2}
.badge-accent{color:var(--red-dark);border-color:#f4c7c3;background:#fdf1f0}
.breadcrumbs ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem;padding:0;margin:0 0 .5rem;font-size:.9rem}
.breadcrumbs li+li::before{content:"›";margin-right:.25rem;color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:var(--radius);background:#fff;scrollbar-width:auto;scrollbar-color:#8f887c #f1efe9}
.table-wrap::-webkit-scrollbar{height:12px}.table-wrap::-webkit-scrollbar-track{background:#f1efe9}.table-wrap::-webkit-scrollbar-thumb{background:#8f887c;border-radius:6px;border:2px solid #f1efe9}
.table-hint{margin:0 0 .4rem;color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.6rem .75rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#faf8f4;font-weight:600}
th.num{overflow-wrap:normal;hyphens:none}
tr:last-child td{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
@media(max-width:640px){table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}table.stack tr{border-bottom:1px solid var(--line);padding:.4rem 0}table.stack td{border:0;padding:.2rem .75rem;display:flex;gap:.75rem;justify-content:space-between;text-align:right}table.stack td::before{content:attr(data-label);color:var(--muted);text-align:left;font-weight:500}table.stack td.num{text-align:right}}
.list{list-style:none;margin:0;padding:0}
.list li{display:flex;justify-content:space-between;align-items:center;gap:.75rem;padding:.7rem 0;border-bottom:1px solid var(--line)}
.list li:last-child{border-bottom:0}
.list .meta{color:var(--muted);font-size:.85rem}
.hero .btn-primary{background:#fff;color:var(--red-dark)}
.hero .btn-secondary{background:transparent;color:#fff;border-color:rgba(255,255,255,.75)}
.empty{color:var(--muted);font-style:italic}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0;font-weight:500;min-width:0;overflow-wrap:anywhere}
dl.kv .badge{white-space:normal}
@media(max-width:640px){dl.kv{grid-template-columns:minmax(0,auto) minmax(0,1fr)}}
details.panel{border:1px solid var(--line);border-radius:var(--radius);background:#fff;margin-bottom:.75rem}
details.panel>summary{cursor:pointer;padding:.75rem 1rem;font-weight:600}
details.panel>div{padding:0 1rem 1rem}
.copy{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all;background:#faf8f4;border:1px dashed #c9c4bb;border-radius:8px;padding:.6rem .75rem}
.auth-wrap{max-width:26rem;margin:2rem auto}
.auth-wrap .card{padding:1.5rem}
.hero{background:linear-gradient(135deg,var(--red),var(--red-dark));color:#fff;border-radius:var(--radius);padding:1.5rem;margin-bottom:1rem}
.hero h1{margin:0 0 .5rem}
.hero a{color:#fff}
.console-nav{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.5rem 0;margin-bottom:.5rem;border-bottom:1px solid var(--line)}
.console-nav a[aria-current=page]{font-weight:700;text-decoration:none}
.console-nav form{margin-left:auto}
.filters{margin-bottom:1rem}
.card>.hint{margin-bottom:.6rem}
.card dl.kv+.page-actions{margin-top:.9rem}
.filters .field{min-width:12rem}
.narrow{max-width:40rem}
.narrow .form{max-width:none}
.checklist{list-style:none;margin:0 0 1rem;padding:0}
.checklist li{display:flex;gap:.75rem;align-items:flex-start;padding:.55rem 0;border-bottom:1px solid var(--line)}
.checklist li:last-child{border-bottom:0}
.checklist .check{flex:none;display:inline-grid;place-items:center;width:1.5rem;height:1.5rem;border:2px solid #c9c4bb;border-radius:50%;font-weight:700;color:#fff}
.checklist li.done .check{background:var(--good);border-color:var(--good)}
.checklist li.done a{color:var(--muted)}
.timeline{list-style:none;margin:0 0 1.25rem;padding:0;display:grid;gap:.5rem}
.timeline li{display:grid;grid-template-columns:6.5rem 1fr;gap:.75rem;background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:.7rem 1rem}
progress{width:100%;height:1rem;accent-color:var(--red)}
.meta{color:var(--muted);font-size:.85rem}
@media print{.topbar,.footer,.skip,.page-actions,.no-print{display:none!important}body{background:#fff;font-size:13pt}.card{border:0;padding:0}.container{max-width:none;padding:0}a{color:inherit;text-decoration:none}}
/* members: unit chips, position checkboxes, printable login slips (A4, cut along the dashes) */
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 1rem}
.chip{display:inline-block;padding:.35rem .75rem;border:1px solid var(--line);border-radius:999px;background:#fff;text-decoration:none;font-size:.9rem}
fieldset.checks{border:1px solid var(--line);border-radius:8px;padding:.5rem .85rem;margin:0;display:flex;flex-direction:column;gap:.2rem}
fieldset.checks legend{font-weight:600;font-size:.95rem;padding:0 .25rem}
fieldset.checks label{display:flex;align-items:center;gap:.5rem;min-height:2.2rem}
fieldset.checks input{width:auto;min-height:0}
/* meetings: attendance member by member (three big choices a row; the reason shows for an excused absence) */
.att-list{display:flex;flex-direction:column;gap:.6rem;margin-bottom:1rem}
fieldset.att{border:1px solid var(--line);border-radius:var(--radius);background:#fff;padding:.4rem .75rem .75rem;margin:0;min-width:0}
fieldset.att legend{font-weight:600;padding:0 .3rem}
.att-choices{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.4rem}
.att-choices label{display:flex;align-items:center;gap:.4rem;min-height:3rem;border:1px solid var(--line);border-radius:8px;padding:.3rem .5rem;font-size:.92rem;line-height:1.2;cursor:pointer}
.att-choices input{width:auto;min-height:0;flex:none;transform:scale(1.25)}
.att-choices label:has(input:checked){border-color:var(--red);background:#fbeeee;font-weight:600}
fieldset.att .att-reason{margin:.5rem 0 0}
fieldset.att:not(:has(input[value=excused]:checked)):not(:has(.error-text)) .att-reason{display:none}
progress{width:100%;height:1.2rem}
.slips{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:.75rem}
.slip{display:flex;gap:.75rem;align-items:flex-start;border:1px dashed #888;border-radius:8px;padding:.75rem;background:#fff;break-inside:avoid;page-break-inside:avoid}
.slip svg{width:7rem;height:7rem;flex:none}
.slip p{margin:0 0 .25rem}
.slip-name{font-weight:700;font-size:1.05rem}
.slip-meta{color:var(--muted);font-size:.8rem}
.slip-link{font-family:ui-monospace,Menlo,monospace;font-size:.7rem;word-break:break-all}
@media print{@page{size:A4;margin:10mm}.slips{grid-template-columns:1fr 1fr;gap:0}.slip{border-radius:0;margin:0 -1px -1px 0;font-size:10pt}.slip svg{width:30mm;height:30mm}}
/* notebook, meetings, evaluations: the printable Sổ tay (named page "sotay", A4) and the evidence panels */
.sotay-toolbar{max-width:210mm;margin:0 auto 1rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.sotay{max-width:210mm;margin:0 auto;font:13pt/1.5 "Times New Roman",Times,serif;color:#111}
.sotay-page{page:sotay;background:#fff;border:1px solid var(--line);box-shadow:0 1px 4px rgba(0,0,0,.08);padding:20mm 15mm 20mm 25mm;margin:0 auto 1.5rem;min-height:297mm}
.sotay h1,.sotay h2,.sotay h3{font-family:inherit;color:#111}.sotay h2{font-size:14pt;text-transform:uppercase;margin:0 0 .6rem}.sotay h3{font-size:13pt;margin:1rem 0 .3rem}
.sotay-cover{display:flex;flex-direction:column;justify-content:space-between;text-align:center;outline:3px double #7d0f12;outline-offset:-10mm}
.sotay-cover h1{font-size:28pt;line-height:1.25;color:#7d0f12;margin:0;letter-spacing:.03em}.sotay-cover .sotay-id{text-align:left;margin:0 auto;min-width:60%}
.sotay-head{display:flex;justify-content:space-between;gap:1rem;font-size:12pt}.sotay-head p{margin:0}
.sotay table{border-collapse:collapse;width:100%;font-size:12pt;margin:.3rem 0 .6rem}.sotay th,.sotay td{border:1px solid #444;padding:3px 6px;background:none;white-space:normal}
.sotay-text{white-space:pre-wrap;margin:0 0 .5rem}.sotay-blank{border-bottom:1px dotted #555;height:1.6em}
.sotay-note{border-left:3px solid #7d0f12;padding:.1rem .6rem;margin:.3rem 0}
.sotay-sign{display:flex;justify-content:space-between;gap:2rem;margin-top:1.2rem;text-align:center;break-inside:avoid}.sotay-sign div{flex:1}.sotay-sign .space{height:22mm}
.evidence dt{font-weight:600}.evidence dd{margin:0 0 .5rem}.pre{white-space:pre-wrap}
.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.check input{width:auto;min-height:0;margin-top:.35rem}
@page sotay{size:A4;margin:18mm 15mm 18mm 22mm}
@media print{.sotay-toolbar{display:none!important}.sotay{max-width:none}.sotay-page{border:0;box-shadow:none;padding:0;margin:0;min-height:0;break-after:page}.sotay-page:last-child{break-after:auto}.sotay-cover{min-height:255mm;outline-offset:-2mm;padding:12mm}}
/* reports: dashboard stats and charts, figures tables, the party-format report (A4, Times New Roman 14, Hướng dẫn 36-HD/VPTW) */
.report-stats{margin-bottom:1rem}.report-stats .card{margin:0}.report-stats .stat b{font-size:1.35rem}
.charts{display:grid;gap:1rem}.chart-box{margin:0;break-inside:avoid}.chart-box svg{display:block;max-width:100%;height:auto}
@media(min-width:900px){.charts{grid-template-columns:1fr 1fr}}
.year-picker{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem;margin:0 0 1rem}.year-picker input{width:6.5rem}
.report-chips a[aria-current=page]{background:var(--red);color:#fff;border-color:var(--red)}
table.figures th,table.figures td{padding:.45rem .55rem}table.figures td.num{white-space:nowrap}.chart-box figcaption{font-weight:600;margin:0 0 .4rem}@media(max-width:640px){table.figures{font-size:.85rem}table.figures th{white-space:normal}}
.doc-toolbar{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;max-width:210mm;margin:0 auto 1rem}
.doc-page{page:baocao;background:#fff;color:#000;font-family:"Times New Roman",Times,"Liberation Serif",serif;font-size:14pt;line-height:1.3;max-width:210mm;margin:0 auto;padding:20mm 15mm 20mm 30mm;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.doc-page p{margin:0}.doc-page .b{font-weight:700}.doc-page .i{font-style:italic}.doc-page .u{text-decoration:underline}
.doc-head,.doc-foot{width:100%;border-collapse:collapse;font-size:inherit}
.doc-head td,.doc-foot td{border:0;padding:0;vertical-align:top;text-align:center;background:none}
.doc-left{width:52%}.doc-party{font-size:15pt}.doc-gap{height:1.3em}
.doc-kind{font-size:16pt;font-weight:700;text-align:center;margin:18pt 0 0}.doc-subject{text-align:center;font-weight:700}
.doc-page .doc-rule{text-align:center;margin-bottom:12pt}
.doc-body p{text-align:justify;text-indent:10mm;margin-top:6pt}.doc-body .doc-h,.doc-body .doc-sh{font-weight:700;break-after:avoid}
.doc-table{width:100%;border-collapse:collapse;font-size:12pt;margin:6pt 0}
.doc-table th,.doc-table td{border:1px solid #000;padding:2pt 4pt;white-space:normal}.doc-table th{background:#ededed;text-align:center}
.doc-table .a-right{text-align:right}.doc-table .a-center{text-align:center}.doc-table tr.total td{font-weight:700}
.doc-foot{margin-top:12pt;break-inside:avoid}.doc-foot td.doc-recipients{text-align:left;font-size:12pt;width:50%}
.doc-nn{font-weight:700;font-style:italic;text-decoration:underline}.doc-sign-space{height:5em}
@page baocao{size:A4;margin:20mm 15mm 20mm 30mm}
@media print{.doc-page{box-shadow:none;padding:0;max-width:none}.charts{grid-template-columns:1fr 1fr}.report-stats{grid-template-columns:repeat(3,1fr)}}
@media(max-width:640px){.doc-page{padding:6mm;font-size:12pt}}
/* plans: the items editor (no JS), item lists, dashboard totals, notifications */
.plan-form{max-width:44rem}
fieldset.item-row{border:1px solid var(--line);border-radius:var(--radius);background:#fff;padding:.75rem 1rem 1rem;margin:0;display:flex;flex-direction:column;gap:.75rem}
fieldset.item-row legend{font-weight:700;padding:0 .35rem}
ol.plan-items{margin:0;padding-left:1.3rem;display:flex;flex-direction:column;gap:.75rem}
ol.plan-items p{margin:.15rem 0}
.prewrap{white-space:pre-wrap}
.check-line{display:flex;align-items:center;gap:.5rem;min-height:2.5rem}
.check-line input,input.check{width:auto;min-height:0;transform:scale(1.3)}
.form.wide{max-width:none}
tr.total td{background:#faf8f4;font-weight:600}
.list li.unread{background:#fffaf0}
.chip[aria-current=page]{background:var(--red);color:#fff;border-color:var(--red)}
.default-action{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.counter{margin:.15rem 0 0;color:var(--muted);font-size:.8rem;text-align:right}
.counter.over{color:var(--bad);font-weight:600}
`;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#a3161a"/><path fill="#d4a017" d="M16 5l3.1 7.2 7.9.7-6 5.2 1.8 7.7L16 21.8l-6.8 4 1.8-7.7-6-5.2 7.9-.7z"/></svg>`;
