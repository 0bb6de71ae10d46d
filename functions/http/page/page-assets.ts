/**
 * The page's stylesheet and script, served from the app itself (no CDN, no web fonts: the page
 * works offline). Small on purpose: `npm run bench -- page` prints their weight.
 */

export const PAGE_CSS = `
:root{--ink:#16181d;--muted:#4a5160;--line:#c9ced8;--bg:#fff;--panel:#f4f6f9;--accent:#0b57d0;--accent-ink:#fff;
--band:#9db8e8;--bls:#c8cdd6;--bls-inner:#8e96a5;--market:#f2c36b;--market-inner:#c98a12;--marker:#b3261e;--ok:#1e6b35;--warn:#8a4b00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #f29900;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header{background:#10233f;color:#fff;padding:12px 16px}
header a{color:#fff}
.brand{margin:0 0 6px;font-weight:700;font-size:1.1rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:8px 0 12px}h2{font-size:1.25rem;margin:24px 0 8px}
label{display:block;font-weight:600;margin:0 0 4px}
.help{margin:0 0 6px;color:var(--muted);font-size:.95rem}
textarea,input,select{font:inherit;color:inherit;width:100%;max-width:100%;padding:8px;border:1px solid #6b7280;border-radius:4px;background:#fff}
textarea{min-height:12rem;resize:vertical}
button,.button{font:inherit;font-weight:600;background:var(--accent);color:var(--accent-ink);border:0;border-radius:4px;padding:10px 18px;margin-top:10px;cursor:pointer;display:inline-block;text-decoration:none}
button[disabled]{opacity:.7}
button.link{background:none;color:var(--accent);padding:0;margin:0;text-align:left;text-decoration:underline;font-weight:600}
tr.chosen td{background:var(--panel)}
button.link[aria-current]{color:var(--ink);text-decoration:none}
.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;background:var(--panel);padding:12px;border-radius:6px}
.filters .actions{display:flex;gap:12px;align-items:end;flex-wrap:wrap}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.facts dt{font-weight:600}.facts dd{margin:0;overflow-wrap:anywhere}
.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.chips li{background:var(--panel);border:1px solid var(--line);border-radius:12px;padding:0 8px;font-size:.9rem}
.verdict{font-size:1.1rem;font-weight:600;border-left:4px solid var(--accent);padding:4px 10px;background:var(--panel)}
.note{color:var(--muted)}
.alert{border:2px solid var(--marker);padding:8px 12px;border-radius:4px;background:#fdecea}
.flag{border-left:4px solid var(--warn);padding:4px 10px;background:#fff4e5;margin:6px 0}
figure{margin:12px 0}
.band-chart{width:100%;max-width:600px;height:auto;display:block;font-size:15px}
.band-chart .label,.band-chart .tick{fill:var(--ink)}
.band-chart .row-band .span{fill:var(--band);stroke:#2f5fae}
.band-chart .row-bls .span{fill:var(--bls)}.band-chart .row-bls .inner{fill:var(--bls-inner)}
.band-chart .row-market .span{fill:var(--market)}.band-chart .row-market .inner{fill:var(--market-inner)}
.band-chart .mid{stroke:var(--ink);stroke-width:2}
.band-chart .open{fill:#2f5fae}
.band-chart .axis,.band-chart .tickmark{stroke:var(--muted)}
.band-chart .guide{stroke:var(--marker);stroke-dasharray:4 3}
.band-chart .posted{fill:var(--marker);opacity:.35}
.band-chart .marker{fill:var(--marker)}
.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem}
.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border:1px solid #555}
.sw-band{background:var(--band)}.sw-bls{background:var(--bls-inner)}.sw-market{background:var(--market)}.sw-posting{background:var(--marker)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel)}
td{overflow-wrap:anywhere}
.pager{display:flex;gap:16px;margin:12px 0}
@media (max-width:640px){
 .facts{grid-template-columns:1fr}.facts dd{margin-bottom:6px}
 table.cards thead{position:absolute;left:-9999px}
 table.cards tr{display:block;border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:6px}
 table.cards td{display:grid;grid-template-columns:7rem 1fr;gap:8px;border:0;padding:3px 4px}
 table.cards td::before{content:attr(data-label);font-weight:600}
}
`;

/** Focus the result after a benchmark, say the button is working, keep the CSV link in step. */
export const PAGE_JS = `(()=>{
const ready=()=>{
const r=document.getElementById('result-heading');if(r)r.focus();
const f=document.querySelector('form.paste');
if(f)f.addEventListener('submit',()=>{const b=f.querySelector('button');f.setAttribute('aria-busy','true');setTimeout(()=>{b.disabled=true;b.textContent='Benchmarking…';},0);});
const lf=document.querySelector('form.filters'),csv=document.getElementById('csv-link');
if(lf&&csv){const u=()=>{const p=new URLSearchParams();for(const [k,v] of new FormData(lf))if(typeof v==='string'&&v!=='')p.append(k,v);const q=p.toString();csv.href='/page/listings.csv'+(q?'?'+q:'');};lf.addEventListener('input',u);lf.addEventListener('change',u);}
document.documentElement.dataset.ready='true';};
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',ready);else ready();})();
`;
