import { ACCEPTANCE_FILE_NAME } from "../findings/acceptance.js";

// The page's behaviour, inline (no request): the language toggle, selecting a claim (click, Enter,
// Space, a link of the summary, n/p/j/k between findings), the panel with its recomputation, the
// filters, and accepting findings with the download of the acceptance file. On a narrow screen the
// panel covers the lower half, so a mark scrolled to is put in the middle of the upper half.
// Plain ES2017 for any browser; it reads everything from the markup, so the markup alone is the
// page's content (print and no-script readers get it all). It copies nodes, never parses markup
// (no innerHTML), and the page's content security policy allows it by the hash of its exact text.
// The browser app (src/app) runs the same script once and calls `baocaoScan()` each time it puts
// a report's body in its page; accepting a finding is announced as a `baocao:accept` event.

/** Script shared by the report page and the index page: the language toggle. */
export const LANG_SCRIPT = `
function baocaoSetLang(lang){var root=document.documentElement;root.setAttribute("data-lang",lang);root.lang=lang;
var t=root.getAttribute("data-title-"+lang);if(t)document.title=t;
var bs=document.querySelectorAll("[data-set-lang]");for(var i=0;i<bs.length;i++)bs[i].setAttribute("aria-pressed",String(bs[i].getAttribute("data-set-lang")===lang));
var ws=document.querySelectorAll("[data-vi][data-en]");for(var j=0;j<ws.length;j++)ws[j].textContent=ws[j].getAttribute("data-"+lang);}
document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-set-lang]");if(b)baocaoSetLang(b.getAttribute("data-set-lang"));});
`;

/** Script of the report page. */
export const PAGE_SCRIPT = `${LANG_SCRIPT}
(function(){
var root=document.documentElement;root.classList.add("js");
var marks=[],allMarks=[],items=[],body=null,empty=null,bar=null,acceptBar=null;
var current=null,accepted={},kept=[],here={};
function list(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
function q(v){return window.CSS&&CSS.escape?CSS.escape(v):v;}
function $(id){return document.getElementById(id);}
function each(sel,f){var l=document.querySelectorAll(sel);for(var i=0;i<l.length;i++)f(l[i]);}
function kids(el){var f=document.createDocumentFragment();for(var c=el.firstChild;c;c=c.nextSibling)f.appendChild(c.cloneNode(true));return f;}
function byClaim(id){return document.querySelectorAll('mark.claim[data-claim-id="'+q(id)+'"]');}
function firstMark(id){return document.getElementById("m-"+id);}
function clear(){each(".selected,.lit",function(s){s.classList.remove("selected","lit");});
if(body)body.textContent="";if(empty)empty.hidden=false;current=null;document.body.classList.remove("has-selection");}
function related(m,id){var ids=[],seen={};seen[id]=1;
for(var a=m.parentElement&&m.parentElement.closest("mark.claim");a;a=a.parentElement&&a.parentElement.closest("mark.claim")){var x=a.getAttribute("data-claim-id");if(!seen[x]){seen[x]=1;ids.push(x);}}
var inner=m.querySelectorAll("mark.claim");for(var i=0;i<inner.length;i++){var y=inner[i].getAttribute("data-claim-id");if(!seen[y]){seen[y]=1;ids.push(y);}}
return ids;}
function alsoHere(m,id){var ids=related(m,id);if(!ids.length)return null;
var box=document.createElement("div");box.className="also";
var h=document.createElement("h5");h.appendChild(kids($("also-label")));box.appendChild(h);
ids.forEach(function(o){var d=$("d-"+o);if(!d)return;var b=document.createElement("button");b.type="button";b.setAttribute("data-select",o);
var head=d.querySelector(".detail-head");if(head)b.appendChild(kids(head));else b.textContent=o;box.appendChild(b);});
return box;}
function select(id,how){var detail=$("d-"+id),m=firstMark(id);if(!detail||!m||!body)return;
clear();current=id;
var copy=detail.cloneNode(true);copy.removeAttribute("id");copy.hidden=false;body.appendChild(copy);
var also=alsoHere(m,id);if(also)body.appendChild(also);
empty.hidden=true;document.body.classList.add("has-selection");sync();
var fr=byClaim(id);for(var i=0;i<fr.length;i++)fr[i].classList.add("selected");
var figs=(detail.getAttribute("data-figs")||"").split(" ");for(var j=0;j<figs.length;j++){if(figs[j])each('.fig[data-fig="'+q(figs[j])+'"]',function(f){f.classList.add("lit");});}
$("panel").scrollTop=0;
if(how&&how.focus)m.focus({preventScroll:true});
if(how&&how.scroll){m.scrollIntoView({block:"center"});var p=$("panel");if(getComputedStyle(p).position==="fixed")window.scrollBy(0,p.offsetHeight/2);}
try{history.replaceState(null,"","#m-"+id);}catch(e){}}
function step(dir){var list=marks.filter(function(m){return m.getAttribute("data-status")!=="consistent"&&!m.classList.contains("off");});if(!list.length)return;
var at=current?marks.indexOf(firstMark(current)):-1,pick=null;
if(dir>0){for(var i=0;i<list.length;i++)if(marks.indexOf(list[i])>at){pick=list[i];break;}if(!pick)pick=list[0];}
else{for(var k=list.length-1;k>=0;k--)if(at<0||marks.indexOf(list[k])<at){pick=list[k];break;}if(!pick)pick=list[list.length-1];}
select(pick.getAttribute("data-claim-id"),{focus:true,scroll:true});}
function checked(id){var c=$(id);return !!(c&&c.checked);}
function apply(){var code=$("f-code")?$("f-code").value:"",shown=0,open={};
items.forEach(function(li){var ok=checked("f-"+li.getAttribute("data-severity"))&&(!code||code===li.getAttribute("data-code"))&&!(checked("f-accepted")&&accepted[li.getAttribute("data-fp")]);
li.hidden=!ok;if(ok){shown++;var c=li.getAttribute("data-claim");if(c)open[c]=1;}});
var hideOk=checked("f-consistent");
allMarks.forEach(function(m){var id=m.getAttribute("data-claim-id"),off=m.getAttribute("data-status")==="consistent"?hideOk:!open[id];
m.classList.toggle("off",off);if(m.id)m.tabIndex=off?-1:0;});
each("#details>.detail",function(d){d.classList.toggle("off",d.getAttribute("data-status")!=="consistent"&&!open[d.getAttribute("data-claim-id")]);});
each("[data-shown]",function(n){n.textContent=String(shown);});}
function sync(){var n=0,seen={};items.forEach(function(li){var fp=li.getAttribute("data-fp");if(accepted[fp]&&!seen[fp]){seen[fp]=1;n++;}li.classList.toggle("accepted",!!accepted[fp]);});
each("[data-accept]",function(b){b.setAttribute("aria-pressed",String(!!accepted[b.getAttribute("data-accept")]));});
each("[data-accepted-count]",function(c){c.textContent=String(n);});}
function entryOf(li){var fp=li.getAttribute("data-fp"),n=0;items.forEach(function(o){if(o.getAttribute("data-fp")===fp)n++;});
var e={fingerprint:fp,code:li.getAttribute("data-code")||"",file:acceptBar.getAttribute("data-file")||"",excerpt:li.getAttribute("data-excerpt")||""};if(n>1)e.count=n;return e;}
function toggle(fp){var li=here[fp];if(!li)return;
if(accepted[fp])delete accepted[fp];else{var e=entryOf(li);e.acceptedAt=new Date().toISOString();accepted[fp]=e;}
sync();apply();
try{document.dispatchEvent(new CustomEvent("baocao:accept",{detail:{fingerprint:fp,entry:accepted[fp]||null}}));}catch(x){}}
function acceptanceFile(){var out=[],seen={};
kept.forEach(function(e){if(seen[e.fingerprint])return;if(!here[e.fingerprint]){seen[e.fingerprint]=1;out.push(e);}else if(accepted[e.fingerprint]){seen[e.fingerprint]=1;out.push(accepted[e.fingerprint]);}});
items.forEach(function(li){var fp=li.getAttribute("data-fp");if(accepted[fp]&&!seen[fp]){seen[fp]=1;out.push(accepted[fp]);}});
return JSON.stringify({version:1,accepted:out},null,2)+"\\n";}
function download(){var url=URL.createObjectURL(new Blob([acceptanceFile()],{type:"application/json"}));
var a=document.createElement("a");a.href=url;a.download=${JSON.stringify(ACCEPTANCE_FILE_NAME)};a.hidden=true;document.body.appendChild(a);a.click();a.remove();
setTimeout(function(){URL.revokeObjectURL(url);},10000);}
function scan(){marks=list("mark.claim[id]");allMarks=list("#report mark.claim");items=list("ol.findings>li");
body=$("panel-body");empty=$("panel-empty");bar=$("filters");acceptBar=$("accept-bar");current=null;accepted={};kept=[];here={};
document.body.classList.remove("has-selection");
items.forEach(function(li){var fp=li.getAttribute("data-fp");if(fp&&!here[fp])here[fp]=li;});
each("#accepted-kept>li",function(li){var e={fingerprint:li.getAttribute("data-fp"),code:li.getAttribute("data-code")||"",file:li.getAttribute("data-file")||"",excerpt:li.getAttribute("data-excerpt")||""};
var at=li.getAttribute("data-at"),note=li.getAttribute("data-note"),n=Number(li.getAttribute("data-count"));if(n>1)e.count=n;if(note)e.note=note;if(at)e.acceptedAt=at;kept.push(e);if(here[e.fingerprint]&&!accepted[e.fingerprint])accepted[e.fingerprint]=e;});
if(bar)bar.hidden=false;if(acceptBar)acceptBar.hidden=false;
sync();apply();
var h="";try{h=decodeURIComponent(location.hash||"").replace(/^#m-/,"");}catch(e){}if(h&&$("d-"+h))select(h,{scroll:true});}
window.baocaoScan=scan;
document.addEventListener("change",function(e){if(e.target.closest&&e.target.closest("#filters"))apply();});
document.addEventListener("click",function(e){var t=e.target;if(!t.closest)return;
var ab=t.closest("[data-accept]");if(ab){toggle(ab.getAttribute("data-accept"));return;}
if(t.closest("#download")){download();return;}
var s=t.closest("[data-select]");if(s){select(s.getAttribute("data-select"),{focus:true,scroll:true});return;}
var m=t.closest("mark.claim");if(m&&m.closest("#report")){if(!m.classList.contains("off"))select(m.getAttribute("data-claim-id"),{focus:true});return;}
var a=t.closest("a[data-claim-id]");if(a){e.preventDefault();select(a.getAttribute("data-claim-id"),{focus:true,scroll:true});return;}
if(t.closest("#panel-close"))clear();});
document.addEventListener("keydown",function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;var t=e.target;
if(t&&t.matches&&t.matches("mark.claim")&&(e.key==="Enter"||e.key===" ")){e.preventDefault();select(t.getAttribute("data-claim-id"),{focus:true});return;}
if(t&&t.matches&&t.matches("input,textarea,select"))return;
if(e.key==="n"||e.key==="j"){e.preventDefault();step(1);}
else if(e.key==="p"||e.key==="k"){e.preventDefault();step(-1);}
else if(e.key==="Escape"){var was=current;clear();if(was){var m=firstMark(was);if(m)m.focus({preventScroll:true});}}
else if(e.key==="l"){baocaoSetLang(root.getAttribute("data-lang")==="vi"?"en":"vi");}});
scan();
})();
`;
