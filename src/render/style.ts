// The page's stylesheet, inline so the file stands alone. Each status has a colour AND a shape of
// underline AND an icon, so the page reads without colour (and in grey print).

// The widths of bar segments, as classes: the content security policy refuses style attributes.
const WIDTHS = Array.from({ length: 101 }, (_, i) => `.w${i}{width:${i}%}`).join("");

/** CSS shared by the report page and the index page. */
export const BASE_CSS = `
:root{--ink:#101828;--muted:#475467;--line:#d0d5dd;--soft:#eaecf0;--page:#f2f4f7;--card:#fff;
--err:#b42318;--err-bg:#fee4e2;--warn:#b54708;--warn-bg:#fef0c7;--info:#175cd3;--info-bg:#d1e9ff;
--ok:#067647;--ok-bg:#dcfae6;--fig:#6941c6;--fig-bg:#ebe9fe;--focus:#2e90fa;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;
--serif:"Times New Roman",Tinos,"Liberation Serif","Noto Serif","DejaVu Serif",serif;
--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",monospace}
*{box-sizing:border-box}
[hidden]{display:none!important}
html[data-lang="vi"] .en,html[data-lang="en"] .vi{display:none!important}
body{margin:0;font:15px/1.5 var(--sans);color:var(--ink);background:var(--page)}
a{color:inherit}
code{font:12px/1.4 var(--mono);background:var(--soft);padding:1px 5px;border-radius:4px;overflow-wrap:anywhere}
h1{font-size:22px;line-height:1.3;margin:2px 0 8px}
h2{font-size:15px;margin:0 0 10px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px 10px;z-index:9}
.top{background:var(--card);border-bottom:1px solid var(--line)}
.top-in{max-width:1440px;margin:0 auto;padding:18px 32px;display:flex;flex-wrap:wrap;gap:12px 24px;align-items:flex-start;justify-content:space-between}
.top-in>div:first-child{flex:1 1 300px;min-width:0}
.brand{font-size:12px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0}
.meta div{display:flex;gap:6px;min-width:0}.meta dt{color:var(--muted);flex:none}.meta dt::after{content:":"}.meta dd{margin:0;font-weight:600;overflow-wrap:anywhere;min-width:0}
.lang{display:inline-flex;border:1px solid var(--line);border-radius:8px;overflow:hidden;flex:none}
.lang button{font:600 13px var(--sans);border:0;background:#fff;color:var(--muted);padding:7px 12px;cursor:pointer}
.lang button[aria-pressed="true"]{background:var(--ink);color:#fff}
.lang button:focus-visible{outline:3px solid var(--focus);outline-offset:-3px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 20px}
.icon{display:inline-flex;align-items:center;justify-content:center;width:16px;height:16px;font:700 10px/1 var(--sans);color:#fff;flex:none}
.s-error .icon,.icon.s-error{background:var(--err);border-radius:3px}
.s-warning .icon{background:var(--warn);clip-path:polygon(50% 0,100% 100%,0 100%);padding-top:4px}
.s-info .icon{background:var(--info);border-radius:50%;font-family:Georgia,var(--serif);font-style:italic}
.s-consistent .icon{background:#fff;color:var(--ok);border:1.5px solid var(--ok);border-radius:50%}
.badge{display:inline-flex;align-items:center;gap:5px;font-size:12px;font-weight:700;padding:2px 8px 2px 3px;border-radius:999px;white-space:nowrap}
.badge.s-error{background:var(--err-bg);color:var(--err)}.badge.s-warning{background:var(--warn-bg);color:var(--warn)}
.badge.s-info{background:var(--info-bg);color:var(--info)}.badge.s-consistent{background:var(--ok-bg);color:var(--ok)}
.num{font-variant-numeric:tabular-nums}
footer{max-width:1440px;margin:0 auto;padding:12px 32px 40px;color:var(--muted);font-size:13px}
@media (max-width:600px){.top-in{padding:12px 14px}h1{font-size:19px}footer{padding:12px 14px 32px}.card{padding:14px}}
@media print{body{background:#fff;font-size:10pt}.lang,.skip{display:none!important}.card{border-color:#999}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}.top{border:0}.top-in{padding:0 0 8px}h1{font-size:16pt}footer{padding:8px 0 0}}
.ctl{font:600 .8em/1 var(--mono);color:var(--err);background:var(--err-bg);border:1px solid var(--err);border-radius:3px;padding:0 2px;white-space:nowrap}
${WIDTHS}`;

/** CSS of the report page. */
export const PAGE_CSS = `${BASE_CSS}
.summary{max-width:1440px;margin:0 auto;padding:20px 32px 8px;display:grid;gap:16px;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);align-items:start}
.counts{grid-column:1/-1;display:grid;grid-template-columns:repeat(5,minmax(0,1fr));gap:12px}
.count{background:var(--card);border:1px solid var(--line);border-left-width:6px;border-radius:10px;padding:12px 16px;display:grid;grid-template-columns:auto 1fr;grid-template-rows:auto auto;column-gap:10px;align-items:center;min-width:0}
.count .icon{grid-row:1/3;width:26px;height:26px;font-size:15px}
.count .n{font-size:26px;font-weight:700;line-height:1.1}.count .what{color:var(--muted);font-size:13px}
.count.s-error{border-left-color:var(--err)}.count.s-warning{border-left-color:var(--warn);border-left-style:dashed}
.count.s-info{border-left-color:var(--info);border-left-style:dotted}.count.s-consistent{border-left-color:var(--ok)}
.count.total{border-left-color:var(--ink)}.count.total .icon{background:var(--ink);border-radius:50%}
.findings-card{min-width:0}
.filters{display:grid;gap:6px;margin:0 0 10px;padding:10px 12px;background:#f9fafb;border:1px solid var(--soft);border-radius:8px;font-size:13px}
.f-row{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;min-width:0}.f-name{color:var(--muted)}
.check{display:inline-flex;gap:6px;align-items:center;cursor:pointer}.check .n{color:var(--muted)}
.check input{margin:0;width:16px;height:16px;accent-color:var(--ink)}
.check .icon{width:14px;height:14px;font-size:8px}
.f-code{display:inline-flex;gap:6px;align-items:center;min-width:0;max-width:100%}
.f-code select{font:12px var(--mono);padding:3px 6px;border:1px solid var(--line);border-radius:6px;background:#fff;min-width:0;max-width:100%}
.f-count{margin:0;color:var(--muted)}
.filters input:focus-visible,.filters select:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
ol.findings{list-style:none;margin:0;padding:0;border-top:1px solid var(--soft)}
ol.findings li{border-bottom:1px solid var(--soft);display:grid;grid-template-columns:minmax(0,1fr) auto;align-items:start;gap:4px 8px}
ol.findings a,ol.findings .unplaced{display:block;min-width:0;padding:8px 6px;text-decoration:none}
ol.findings a:hover,ol.findings a:focus-visible{background:#f9fafb;outline:none;box-shadow:inset 3px 0 0 var(--focus)}
ol.findings .head{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center}
ol.findings .loc{font:12px var(--mono);color:var(--muted)}
.origin{font-size:12px;color:var(--muted)}
.origin::before{content:"↳ "}
ol.findings .msg{display:block;font-size:14px;margin-top:2px}
ol.findings .ex{display:block;font:13px/1.4 var(--serif);color:var(--muted);overflow-wrap:anywhere}
ol.findings .ex::before{content:"“"}ol.findings .ex::after{content:"”"}
ol.findings .origin{display:block}
ol.findings li>.accept{margin:8px 4px 0 0}
li.accepted .msg,li.accepted .ex{opacity:.6}
.accept{font:600 12px var(--sans);border:1px solid var(--line);background:#fff;color:var(--ink);border-radius:6px;padding:3px 9px;cursor:pointer;white-space:nowrap}
.accept .a-on,.accept[aria-pressed="true"] .a-off{display:none}.accept[aria-pressed="true"] .a-on{display:inline}
.accept[aria-pressed="true"]{background:var(--ok-bg);border-color:var(--ok);color:var(--ok)}
.accept[aria-pressed="true"]::before{content:"✓ "}
.accept:focus-visible,#download:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
html:not(.js) .accept{display:none}
.finding-head .accept{margin-left:auto}
.accept-bar{margin-top:12px;font-size:13px;color:var(--muted)}.accept-bar p{margin:4px 0}
#download{font:600 13px var(--sans);border:1px solid var(--ink);background:var(--ink);color:#fff;border-radius:6px;padding:5px 12px;margin-left:8px;cursor:pointer}
ol.chart{list-style:none;margin:0;padding:0;display:grid;gap:8px}
ol.chart a{display:grid;grid-template-columns:minmax(0,1fr);gap:3px;text-decoration:none;padding:4px 6px;border-radius:6px}
ol.chart a:hover,ol.chart a:focus-visible{background:#f9fafb;outline:2px solid var(--focus)}
ol.chart .sec{font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
ol.chart .opening{color:var(--muted);font-style:italic}
ol.chart .bar{display:flex;height:12px;background:var(--soft);border-radius:3px;overflow:hidden}
.seg{display:block;height:100%;border-right:1px solid #fff}
.seg.s-error{background:var(--err)}
.seg.s-warning{background:repeating-linear-gradient(135deg,var(--warn) 0 3px,#f79009 3px 6px)}
.seg.s-info{background:radial-gradient(circle,#fff 1.1px,transparent 1.4px) 0 0/5px 5px,var(--info)}
ol.chart .tallies{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;color:var(--muted);align-items:center}
.tally{display:inline-flex;gap:4px;align-items:center;font-weight:600;color:var(--ink)}
.tally .icon{width:13px;height:13px;font-size:8px}
.panel-empty h3{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:18px 0 8px}
.panel-empty p{margin:0}
.keys ul{margin:0;padding:0;list-style:none;display:grid;gap:5px;font-size:13px;color:var(--ink)}
kbd{font:600 11px var(--mono);border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:1px 5px;background:#fff}
.legend ul{margin:0;padding:0;list-style:none;display:grid;gap:8px;font-size:13px;color:var(--ink)}
.legend mark{cursor:default}
.workspace{max-width:1440px;margin:0 auto;padding:8px 32px 24px;display:grid;gap:16px;grid-template-columns:minmax(0,1fr) 420px;align-items:start}
.paper{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:36px 48px;box-shadow:0 1px 2px rgba(16,24,40,.05);min-width:0}
.report-text{font:17px/1.9 var(--serif);color:#1d2939}
.prose{white-space:pre-wrap;overflow-wrap:anywhere;tab-size:6}
.heading{font-weight:700}
.table-wrap{overflow-x:auto;margin:6px 0 10px}
.report-text table{border-collapse:collapse;font-size:15px;line-height:1.7}
.report-text td,.report-text th{border:1px solid var(--line);padding:3px 12px;vertical-align:top;white-space:pre-wrap}
.report-text th{background:#f9fafb;font-weight:700;text-align:left}
.report-text td.num{text-align:right}
mark.claim{background:transparent;color:inherit;padding:1px 1px 2px;border-radius:2px;cursor:pointer;border-bottom:1.5px solid var(--ok);-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.claim.s-error{background:var(--err-bg);border-bottom:4px double var(--err)}
mark.claim.s-warning{background:var(--warn-bg);border-bottom:2px dashed var(--warn)}
mark.claim.s-info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
mark.claim[data-level="1"]{padding-bottom:6px}mark.claim[data-level="2"]{padding-bottom:10px}mark.claim[data-level="3"]{padding-bottom:14px}
mark.claim:not(.cont):not(.s-consistent)::after{display:inline-flex;align-items:center;justify-content:center;width:13px;height:13px;margin:0 1px 0 3px;vertical-align:3px;font:700 9px/1 var(--sans);color:#fff;border-radius:50%}
mark.claim.s-error:not(.cont)::after{content:"✕"/"";background:var(--err);border-radius:2px;width:14px;height:14px}
mark.claim.s-warning:not(.cont)::after{content:"!"/"";background:var(--warn);border-radius:0;clip-path:polygon(50% 0,100% 100%,0 100%);width:15px;height:14px;padding-top:4px}
mark.claim.s-info:not(.cont)::after{content:"i"/"";background:var(--info);font-family:Georgia,var(--serif);font-style:italic}
mark.claim:hover{filter:brightness(.96)}
mark.claim:focus{outline:none}mark.claim:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
mark.claim.selected{outline:2px solid var(--ink);outline-offset:1px}
mark.claim.off{background:transparent;border-bottom:0;padding:0;cursor:text;filter:none}
mark.claim.off::after{display:none!important}
.fig.lit{background:var(--fig-bg);box-shadow:inset 0 -3px 0 var(--fig);font-weight:700;border-radius:2px}
.panel{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;padding:0;min-width:0}
.panel-bar{display:flex;justify-content:space-between;align-items:center;padding:12px 16px;border-bottom:1px solid var(--soft);position:sticky;top:0;background:#fff;z-index:1}
.panel-bar h2{margin:0}
.panel-bar button{font:600 12px var(--sans);border:1px solid var(--line);background:#fff;border-radius:6px;padding:4px 10px;cursor:pointer}
.panel-empty{padding:14px 16px 18px;color:var(--muted);font-size:14px}
#panel-body{padding:4px 16px 16px}
.detail h4{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:14px 0 4px}
.detail h5{font-size:12px;color:var(--muted);margin:6px 0 2px}
.detail-head{display:flex;flex-wrap:wrap;align-items:center;gap:8px;padding-top:12px}
.detail-head .kind{font-weight:700}
.where{margin:4px 0;color:var(--muted);font-size:13px}
.excerpt{margin:8px 0;padding:8px 12px;border-left:4px solid var(--line);background:#f9fafb;font:15px/1.6 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.s-error>.excerpt{border-left-color:var(--err)}.s-warning>.excerpt{border-left-color:var(--warn);border-left-style:dashed}
.s-info>.excerpt{border-left-color:var(--info);border-left-style:dotted}.s-consistent>.excerpt{border-left-color:var(--ok)}
.explanation{margin:0;font-size:14px}
table.figures{width:100%;border-collapse:collapse;font-size:13px}
table.figures th,table.figures td{border-bottom:1px solid var(--soft);padding:4px 6px;text-align:left;vertical-align:top}
table.figures thead th{color:var(--muted);font-weight:600}
table.figures td{overflow-wrap:anywhere}
ul.finding-details{list-style:none;margin:0;padding:0;display:grid;gap:8px}
.finding-detail{border:1px solid var(--soft);border-radius:8px;padding:8px 10px}
.finding-head{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.message{margin:6px 0;font-size:14px}
.data{margin:4px 0;font-size:13px}.url{font:12px var(--mono);overflow-wrap:anywhere;color:var(--muted)}
.kv dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0;font-size:13px}
.kv dt{color:var(--muted)}.kv dd{margin:0;overflow-wrap:anywhere;font-variant-numeric:tabular-nums}
.approx{text-decoration:underline dotted var(--line);cursor:help}
.none{color:var(--muted);font-size:14px;margin:4px 0}
.also{margin-top:14px;padding-top:10px;border-top:1px solid var(--soft)}
.also h5{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 4px}
.also button{display:flex;gap:8px;align-items:center;width:100%;text-align:left;font:13px var(--sans);background:#f9fafb;border:1px solid var(--line);border-radius:6px;padding:6px 8px;margin-top:6px;cursor:pointer}
.also button:focus-visible{outline:3px solid var(--focus)}
#details{max-width:1440px;margin:0 auto;padding:0 32px}
@media (max-width:1100px){.summary{grid-template-columns:minmax(0,1fr)}.workspace{grid-template-columns:minmax(0,1fr)}
.panel{position:fixed;left:0;right:0;bottom:0;top:auto;max-height:48vh;border-radius:10px 10px 0 0;box-shadow:0 -8px 24px rgba(16,24,40,.18);display:none;z-index:5}
body.has-selection .panel{display:block}.counts{grid-template-columns:repeat(auto-fit,minmax(140px,1fr))}.paper{padding:20px}}
@media (max-width:600px){.summary{padding:12px 10px 6px;gap:10px}.workspace{padding:6px 10px 16px}.counts{gap:8px}
.count{padding:8px 10px}.count .n{font-size:22px}
ol.findings li{grid-template-columns:minmax(0,1fr)}ol.findings li>.accept{justify-self:start;margin:0 6px 8px}.paper{padding:16px 14px}.report-text{font-size:16px;line-height:1.8}#details{padding:0 10px}}
@media print{@page{margin:12mm 12mm 14mm}
main{display:flex;flex-direction:column}.summary{order:0}#details{order:1}.workspace{order:2}
.summary,.workspace,#details{display:block;padding:0;max-width:none;margin:0;width:100%}
ol.findings li:not([data-claim=""]),.findings-card:not(:has(li[data-claim=""])){display:none}.counts{display:flex;gap:6px;margin-bottom:8px}
.count{flex:1;padding:3px 8px;border-left-width:4px;break-inside:avoid}.count .n{font-size:14pt}.count .icon{width:16px;height:16px;font-size:9px}.count .what{font-size:8.5pt}
.card{border:0;border-radius:0;padding:0;margin:0 0 10px}
.filters,.accept-bar,.accept,.panel,#panel-close{display:none!important}
ol.findings li{display:block;break-inside:avoid}ol.findings a,ol.findings .unplaced{padding:3px 0}
ol.findings .head{display:inline-flex;margin-right:6px}ol.findings .msg{display:inline;font-size:10pt}ol.findings .ex{font-size:9pt}
ol.chart{grid-template-columns:repeat(2,minmax(0,1fr));gap:2px 16px}ol.chart li{break-inside:avoid}ol.chart a{padding:1px 0}
ol.chart .sec{font-size:9pt}ol.chart .tallies{font-size:8.5pt}
.paper{border:0;box-shadow:none;padding:0;border-radius:0}.report-text{font-size:10.5pt;line-height:1.6}
.report-text table{font-size:9.5pt;line-height:1.4}.table-wrap{overflow:visible}
mark.claim[data-level]{padding:0 0 1px}mark.claim.selected{outline:none}.fig.lit{background:none;box-shadow:none;font-weight:inherit}
#details[hidden]{display:block!important}
.detail{break-inside:avoid;border-top:1px solid #999;padding:2px 0 6px}.detail.s-consistent,.detail.off{display:none}
.detail h4,.kv h5{display:none}.detail-head{display:inline-flex;padding-top:4px}.where{display:inline;margin-left:8px;font-size:9pt}
.excerpt{font-size:10pt;padding:2px 8px;margin:3px 0}.message,.explanation{font-size:10pt;margin:2px 0}
table.figures,table.figures tbody,table.figures tr,table.figures th,table.figures td,.kv,.kv dl,.kv dt,.kv dd{display:inline;border:0;padding:0;font-size:9pt}
table.figures thead,table.figures td:nth-child(3),table.figures td:nth-child(4){display:none}
table.figures th::after,.kv dt::after{content:": "}table.figures tr::after,.kv dd::after{content:" · "}
table.figures tr:last-child::after,.kv:last-child dd:last-of-type::after{content:""}
table.figures{font-weight:400}table.figures th{font-weight:400;color:var(--muted)}
ul.finding-details{gap:2px}.finding-detail{border:0;border-radius:0;padding:2px 0}.data{font-size:9pt;margin:1px 0}}
`;
