/** The app's own style, on top of the audit page's (its colours and type). */
export const APP_CSS = `
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.app{max-width:1440px;margin:0 auto;padding:16px 32px 0;display:grid;gap:12px}
.intake{display:grid;gap:10px}
.drop{border:2px dashed var(--line);border-radius:10px;padding:16px;text-align:center}
.drop.over{border-color:var(--info);background:var(--soft)}
.drop p{margin:6px 0}
.app button{font:inherit;padding:6px 12px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--ink);cursor:pointer}
.app button.primary{background:var(--info);border-color:var(--info);color:#fff;font-weight:600}
.app button:focus-visible,.app select:focus-visible,.app input:focus-visible,.app textarea:focus-visible,.app summary:focus-visible{outline:3px solid var(--info);outline-offset:2px}
.app textarea{width:100%;box-sizing:border-box;font:inherit}
.app summary{cursor:pointer;font-weight:600}
.option-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:10px;margin-top:8px}
.option-grid label{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.option-grid fieldset{border:1px solid var(--line);border-radius:6px;display:grid;gap:4px}
.review{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.status{margin:0;min-height:1.5em;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.files ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.files button{font:inherit;font-size:14px;padding:4px 10px;border:1px solid var(--line);border-radius:14px;background:var(--card);cursor:pointer;max-width:100%;overflow-wrap:anywhere;text-align:left}
.files button[aria-current]{background:var(--ink);color:#fff;border-color:var(--ink)}
.files button[data-status="failed"]{border-color:var(--err);color:var(--err)}
/* The app's header has the language toggle: the report's own would be a second one. */
#view header.top .lang{display:none}
.app-failed{margin:16px 32px;padding:12px 16px;color:var(--err)}
.app-notices{margin:0 0 8px}.app-notices ul{margin:4px 0;padding-left:20px}
@media (max-width:600px){.app{padding:10px 10px 0}/* The app's header has the language toggle: the report's own would be a second one. */
#view header.top .lang{display:none}
.app-failed{margin:10px}}
@media print{.app,.app-top{display:none}}
`;
