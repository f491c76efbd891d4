// The page's behaviour, inline (no request): the language toggle, selecting a claim (click, Enter,
// Space, a link of the summary, n/p/j/k between findings) and the panel with its recomputation.
// Plain ES2017 for any browser; it reads everything from the markup, so the markup alone is the
// page's content (print and no-script readers get it all). It copies nodes, never parses markup
// (no innerHTML), and the page's content security policy allows it by the hash of its exact text.

/** Script shared by the report page and the index page: the language toggle. */
export const LANG_SCRIPT = `
function baocaoSetLang(lang){var root=document.documentElement;root.setAttribute("data-lang",lang);root.lang=lang;
var t=root.getAttribute("data-title-"+lang);if(t)document.title=t;
var bs=document.querySelectorAll("[data-set-lang]");for(var i=0;i<bs.length;i++)bs[i].setAttribute("aria-pressed",String(bs[i].getAttribute("data-set-lang")===lang));}
document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[data-set-lang]");if(b)baocaoSetLang(b.getAttribute("data-set-lang"));});
`;

/** Script of the report page. */
export const PAGE_SCRIPT = `${LANG_SCRIPT}
(function(){
var root=document.documentElement;
var marks=Array.prototype.slice.call(document.querySelectorAll("mark.claim[id]"));
var body=document.getElementById("panel-body"),empty=document.getElementById("panel-empty");
var current=null;
function q(v){return window.CSS&&CSS.escape?CSS.escape(v):v;}
function kids(el){var f=document.createDocumentFragment();for(var c=el.firstChild;c;c=c.nextSibling)f.appendChild(c.cloneNode(true));return f;}
function byClaim(id){return document.querySelectorAll('mark.claim[data-claim-id="'+q(id)+'"]');}
function firstMark(id){return document.getElementById("m-"+id);}
function clear(){var s=document.querySelectorAll(".selected,.lit");for(var i=0;i<s.length;i++)s[i].classList.remove("selected","lit");
body.textContent="";empty.hidden=false;current=null;document.body.classList.remove("has-selection");}
function related(m,id){var ids=[],seen={};seen[id]=1;
for(var a=m.parentElement&&m.parentElement.closest("mark.claim");a;a=a.parentElement&&a.parentElement.closest("mark.claim")){var x=a.getAttribute("data-claim-id");if(!seen[x]){seen[x]=1;ids.push(x);}}
var inner=m.querySelectorAll("mark.claim");for(var i=0;i<inner.length;i++){var y=inner[i].getAttribute("data-claim-id");if(!seen[y]){seen[y]=1;ids.push(y);}}
return ids;}
function alsoHere(m,id){var ids=related(m,id);if(!ids.length)return null;
var box=document.createElement("div");box.className="also";
var h=document.createElement("h5");h.appendChild(kids(document.getElementById("also-label")));box.appendChild(h);
ids.forEach(function(o){var d=document.getElementById("d-"+o);if(!d)return;var b=document.createElement("button");b.type="button";b.setAttribute("data-select",o);
var head=d.querySelector(".detail-head");if(head)b.appendChild(kids(head));else b.textContent=o;var r=b.querySelector(".claim-ref");if(r)r.removeAttribute("href");box.appendChild(b);});
return box;}
function select(id,how){var detail=document.getElementById("d-"+id),m=firstMark(id);if(!detail||!m)return;
clear();current=id;
var copy=detail.cloneNode(true);copy.removeAttribute("id");copy.hidden=false;body.appendChild(copy);
var also=alsoHere(m,id);if(also)body.appendChild(also);
empty.hidden=true;document.body.classList.add("has-selection");
var fr=byClaim(id);for(var i=0;i<fr.length;i++)fr[i].classList.add("selected");
var figs=(detail.getAttribute("data-figs")||"").split(" ");for(var j=0;j<figs.length;j++){if(!figs[j])continue;var fs=document.querySelectorAll('.fig[data-fig="'+q(figs[j])+'"]');for(var n=0;n<fs.length;n++)fs[n].classList.add("lit");}
document.getElementById("panel").scrollTop=0;
if(how&&how.focus)m.focus({preventScroll:true});
if(how&&how.scroll)m.scrollIntoView({block:"center"});
try{history.replaceState(null,"","#m-"+id);}catch(e){}}
function step(dir){var list=marks.filter(function(m){return m.getAttribute("data-status")!=="consistent";});if(!list.length)return;
var at=current?marks.indexOf(firstMark(current)):-1,pick=null;
if(dir>0){for(var i=0;i<list.length;i++)if(marks.indexOf(list[i])>at){pick=list[i];break;}if(!pick)pick=list[0];}
else{for(var k=list.length-1;k>=0;k--)if(at<0||marks.indexOf(list[k])<at){pick=list[k];break;}if(!pick)pick=list[list.length-1];}
select(pick.getAttribute("data-claim-id"),{focus:true,scroll:true});}
document.addEventListener("click",function(e){var t=e.target;if(!t.closest)return;
var s=t.closest("[data-select]");if(s){select(s.getAttribute("data-select"),{focus:true,scroll:true});return;}
var m=t.closest("mark.claim");if(m&&m.closest("#report")){select(m.getAttribute("data-claim-id"),{focus:true});return;}
var a=t.closest("a[data-claim-id]");if(a){e.preventDefault();select(a.getAttribute("data-claim-id"),{focus:true,scroll:true});return;}
if(t.closest("#panel-close"))clear();});
document.addEventListener("keydown",function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;var t=e.target;
if(t&&t.matches&&t.matches("mark.claim")&&(e.key==="Enter"||e.key===" ")){e.preventDefault();select(t.getAttribute("data-claim-id"),{focus:true});return;}
if(t&&t.matches&&t.matches("input,textarea,select"))return;
if(e.key==="n"||e.key==="j"){e.preventDefault();step(1);}
else if(e.key==="p"||e.key==="k"){e.preventDefault();step(-1);}
else if(e.key==="Escape"){var was=current;clear();if(was){var m=firstMark(was);if(m)m.focus({preventScroll:true});}}
else if(e.key==="l"){baocaoSetLang(root.getAttribute("data-lang")==="vi"?"en":"vi");}});
var h="";try{h=decodeURIComponent(location.hash||"").replace(/^#m-/,"");}catch(e){}if(h&&document.getElementById("d-"+h))select(h,{scroll:true});
})();
`;
