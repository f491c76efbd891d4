// The app's page: takes files (dropped, chosen or pasted), has each read and audited in a worker,
// and shows each with the audit page's own view (src/render: the same markup, style and script),
// a batch with the same index as the command line's folder output. Accepting findings, importing
// and exporting the acceptance file, and exporting the results as JSON and as the HTML page all
// happen here, on this computer: the page makes no request of any kind.

import {
  failedObject,
  indentedJson,
  joinAuditJson,
  jsonObject,
  runSummary,
} from "../cli/format-json.js";
import { formatOrigin, type Origin } from "../cli/readers/origin.js";
import { reviewFile } from "../cli/review.js";
import type { RoundingMode } from "../core/decimal.js";
import { ACCEPTANCE_FILE_NAME, safeParseAcceptance } from "../findings/acceptance.js";
import type { Message } from "../findings/finding.js";
import { acceptedEntries } from "../render/accept.js";
import { markupOf } from "../render/html.js";
import { type IndexPage, indexPage, renderIndex } from "../render/index-page.js";
import { type RenderHtmlOptions, renderHtml, reportPage } from "../render/page.js";
import type { AcceptedEntry } from "../render/summary.js";
import { type CheckGroup, withChecks } from "./checks.js";
import { APP, type Words } from "./labels.js";
import type { AuditRequest, DoneReply, WorkerReply } from "./protocol.js";
import { packagesFor, startWorker } from "./start-worker.js";

/** One file the app was given, and what became of it. */
interface Entry {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array;
  status: "waiting" | "reading" | "auditing" | "done" | "failed";
  reply?: DoneReply;
  failure?: { readonly code: string; readonly reason: Message };
  /** When it was given (performance.now()), and how long until its view was first shown. */
  readonly given: number;
  shownAfter?: number;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const root = document.documentElement;
const entries: Entry[] = [];
/** The acceptance file's entries, by fingerprint: this session's and the ones imported. */
const accepted = new Map<string, AcceptedEntry>();
let shown: number | "index" | undefined;
let queue: Promise<void> = Promise.resolve();
let nextId = 1;

const lang = (): "vi" | "en" => (root.getAttribute("data-lang") === "en" ? "en" : "vi");

/** Both languages of a text, the page's style showing the chosen one. */
function words(w: Words): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const l of ["vi", "en"] as const) {
    const span = document.createElement("span");
    span.className = l;
    span.lang = l;
    span.textContent = w[l];
    out.append(span);
  }
  return out;
}

function say(el: HTMLElement, ...parts: (Words | string)[]): void {
  el.textContent = "";
  for (const part of parts) el.append(typeof part === "string" ? part : words(part));
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The groups of checks turned off in the options. */
function checksOff(): Set<CheckGroup> {
  const off = new Set<CheckGroup>();
  for (const box of document.querySelectorAll<HTMLInputElement>("input[data-check]"))
    if (!box.checked) off.add(box.getAttribute("data-check") as CheckGroup);
  return off;
}

/** A file's result as shown: the checks turned off taken out. */
function shownResult(reply: DoneReply) {
  return withChecks(reply.result, reply.origins, checksOff());
}

/** Where each finding stands, in words, for Word and PDF files (as the command line gives it). */
const placesOf = (origins: readonly (Origin | null)[]): (Message | null)[] =>
  origins.map((o) =>
    o && o.kind !== "text" ? { vi: formatOrigin(o, "vi"), en: formatOrigin(o, "en") } : null,
  );

function pageOptions(entry: Entry, origins: readonly (Origin | null)[]): RenderHtmlOptions {
  return {
    lang: lang(),
    file: entry.name,
    places: placesOf(origins),
    acceptance: { file: entry.name, accepted: { version: 1, accepted: [...accepted.values()] } },
  };
}

function indexPages(): IndexPage[] {
  return entries.map((e, i) => {
    if (e.status === "failed")
      return {
        file: e.name,
        href: `${i + 1}.html`,
        stats: emptyStats,
        error: e.failure?.reason[lang()] ?? "",
      };
    const result = e.reply ? shownResult(e.reply).result : undefined;
    return {
      file: e.name,
      href: `${i + 1}.html`,
      stats: result?.stats ?? emptyStats,
      ...(result?.reportDate ? { reportDate: result.reportDate.iso } : {}),
    } as IndexPage;
  });
}

const emptyStats = { claims: 0, consistent: 0, errors: 0, warnings: 0, infos: 0, characters: 0 };

/** Puts a view's markup under the app's controls, and has the page's script read it. */
function showView(body: string, title: Message): void {
  const view = $("view");
  const t0 = performance.now();
  view.innerHTML = body;
  const t1 = performance.now();
  root.setAttribute("data-title-vi", title.vi);
  root.setAttribute("data-title-en", title.en);
  document.title = title[lang()];
  try {
    history.replaceState(null, "", location.pathname + location.search);
  } catch {
    // A page opened from disk may refuse: nothing depends on it.
  }
  (window as unknown as { baocaoScan?: () => void }).baocaoScan?.();
  view.setAttribute("data-insert-ms", String(Math.round(t1 - t0)));
  view.setAttribute("data-scan-ms", String(Math.round(performance.now() - t1)));
  drawFileList();
}

function show(which: number | "index"): void {
  shown = which;
  if (which === "index") {
    const page = indexPage(indexPages(), { lang: lang() });
    showView(markupOf(page.body), page.title);
    return;
  }
  const entry = entries[which];
  if (!entry) return;
  if (!entry.reply) {
    const box = document.createElement("div");
    box.className = "app-failed card";
    say(box, APP.failed, `: ${entry.name} — `, entry.failure?.reason ?? "");
    $("view").textContent = "";
    $("view").append(box);
    drawFileList();
    return;
  }
  const t0 = performance.now();
  const { result, origins } = shownResult(entry.reply);
  const page = reportPage(result, entry.reply.text, pageOptions(entry, origins));
  const markup = markupOf(page.body);
  const rendered = performance.now() - t0;
  showView(markup, page.title);
  $("view").setAttribute("data-render-ms", String(Math.round(rendered)));
  const notices = entry.reply.notices;
  if (notices.length > 0) {
    const box = document.createElement("section");
    box.className = "card app-notices";
    box.id = "notices";
    const h = document.createElement("h2");
    say(h, APP.notices);
    const ul = document.createElement("ul");
    for (const n of notices) {
      const li = document.createElement("li");
      say(li, n);
      ul.append(li);
    }
    box.append(h, ul);
    $("view").querySelector("main")?.prepend(box);
  }
  if (entry.shownAfter === undefined) {
    entry.shownAfter = performance.now() - entry.given;
    // For the benchmark (bench/app.ts): where the time from drop to marks went.
    const view = $("view");
    view.setAttribute("data-shown-after", String(Math.round(entry.shownAfter)));
    view.setAttribute("data-read-ms", String(Math.round(entry.reply.timing.read)));
    view.setAttribute("data-audit-ms", String(Math.round(entry.reply.timing.audit)));
  }
}

function drawFileList(): void {
  const nav = $("files");
  nav.hidden = entries.length === 0;
  const list = $("file-list");
  list.textContent = "";
  const item = (label: (Words | string)[], which: number | "index", status: string) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("data-show", String(which));
    b.setAttribute("data-status", status);
    if (shown === which) b.setAttribute("aria-current", "page");
    say(b, ...label);
    li.append(b);
    list.append(li);
  };
  if (entries.length > 1) item([APP.all, ` (${entries.length})`], "index", "index");
  entries.forEach((e, i) => {
    const stats = e.reply ? shownResult(e.reply).result.stats : undefined;
    const counts = stats ? ` · ${stats.errors} ✕ ${stats.warnings} ! ${stats.infos} i` : "";
    const state: Words | string =
      e.status === "done" ? "" : e.status === "failed" ? APP.failed : " …";
    item([e.name, counts, ...(state === "" ? [] : [" ", state])], i, e.status);
  });
  say($("accepted-n"), String(accepted.size));
}

function progress(entry: Entry, batch: readonly Entry[]): void {
  const done = batch.filter((e) => e.status === "done" || e.status === "failed").length;
  const bar = $<HTMLProgressElement>("progress-bar");
  bar.max = batch.length * 2;
  bar.value = done * 2 + (entry.status === "auditing" ? 1 : 0);
  bar.hidden = false;
  const stage = entry.status === "reading" ? APP.reading : APP.auditing;
  say($("progress"), stage, ` ${Math.min(done + 1, batch.length)}/${batch.length}: ${entry.name}…`);
}

function finished(batch: readonly Entry[], started: number): void {
  $<HTMLProgressElement>("progress-bar").hidden = true;
  const ms = Math.round(performance.now() - started);
  say($("progress"), APP.done, ` ${batch.length} · ${ms} ms`);
}

function auditOne(worker: Worker, entry: Entry, batch: readonly Entry[]): Promise<void> {
  return new Promise((resolve) => {
    const date = $<HTMLInputElement>("o-date").value;
    const request: AuditRequest = {
      id: entry.id,
      name: entry.name,
      bytes: entry.bytes.slice(),
      rounding: $<HTMLSelectElement>("o-rounding").value as RoundingMode,
      ...(date ? { fallbackDate: date } : {}),
    };
    const stop = (reason: string) => {
      entry.status = "failed";
      entry.failure = { code: "AUDIT_FAILED", reason: { vi: reason, en: reason } };
      cleanup();
      resolve();
    };
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== entry.id) return;
      if (reply.type === "progress") {
        entry.status = reply.stage;
        progress(entry, batch);
        return;
      }
      if (reply.type === "done") {
        entry.status = "done";
        entry.reply = reply;
      } else {
        entry.status = "failed";
        entry.failure = { code: reply.code, reason: reply.reason };
      }
      cleanup();
      resolve();
    };
    const onError = (event: ErrorEvent) => stop(event.message || "the worker stopped");
    const cleanup = () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage(request, [request.bytes.buffer]);
  });
}

async function run(batch: readonly Entry[]): Promise<void> {
  const started = performance.now();
  let worker = startWorker(packagesFor(batch));
  for (const entry of batch) {
    entry.status = "reading";
    progress(entry, batch);
    drawFileList();
    await auditOne(worker.worker, entry, batch);
    if (entry.failure?.code === "AUDIT_FAILED") {
      // The worker may have stopped (out of memory): the next file gets a fresh one.
      worker.stop();
      worker = startWorker(packagesFor(batch));
    }
    if (shown === undefined || (batch.length === 1 && entry === batch[0]))
      show(entries.length > 1 ? "index" : entries.indexOf(entry));
    else if (shown === "index") show("index");
    else drawFileList();
  }
  worker.stop();
  finished(batch, started);
  if (batch.length > 1 || entries.length > 1)
    show(batch.length === 1 ? entries.indexOf(batch[0] as Entry) : "index");
}

function add(files: readonly { name: string; bytes: Uint8Array }[]): void {
  if (files.length === 0) return;
  const given = performance.now();
  const batch = files.map(
    (f): Entry => ({ id: nextId++, name: f.name, bytes: f.bytes, status: "waiting", given }),
  );
  entries.push(...batch);
  drawFileList();
  queue = queue.then(() => run(batch));
}

async function addFiles(list: FileList | null): Promise<void> {
  const files = [...(list ?? [])];
  const read = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  add(read);
}

function acceptanceText(): string {
  return `${JSON.stringify({ version: 1, accepted: [...accepted.values()] }, null, 2)}\n`;
}

async function importAcceptance(list: FileList | null): Promise<void> {
  const file = list?.[0];
  if (!file) return;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    json = undefined;
  }
  // Read as the command line reads it: a file it would refuse is refused here too.
  const parsed = safeParseAcceptance(json);
  if (!parsed.ok) {
    say($("review-status"), APP.importFailed, `: ${file.name}`);
    return;
  }
  const read = acceptedEntries(parsed.value);
  for (const e of read) accepted.set(e.fingerprint, e);
  say($("review-status"), APP.imported, `: ${file.name} (${read.length})`);
  if (shown !== undefined) show(shown);
  else drawFileList();
}

/**
 * The command line's JSON output for every file given (`--format json`, with the acceptance file
 * in use and `--show-accepted`: accepted findings listed and marked), in the page's language.
 */
function exportJson(): void {
  const l = lang();
  const all = [...accepted.values()];
  const counts = [];
  const parts: string[] = [];
  let unread = 0;
  let stale = 0;
  for (const e of entries) {
    if (e.failure) {
      unread += 1;
      const failed = { file: e.name, key: e.name, code: e.failure.code, reason: e.failure.reason };
      parts.push(indentedJson(failedObject(failed, l), 2));
      continue;
    }
    if (!e.reply) continue;
    const { result, origins } = shownResult(e.reply);
    const audited = { file: e.name, text: e.reply.text, result, origins, notices: e.reply.notices };
    const reviewed = reviewFile(audited, { key: e.name, accepted: all, showAccepted: true });
    counts.push(reviewed.counts);
    stale += reviewed.stale.length;
    parts.push(indentedJson(jsonObject(reviewed, l), 2));
  }
  const json = joinAuditJson(parts, l, runSummary(counts, unread, stale));
  download("baocao-audit.json", json, "application/json");
}

function exportHtml(): void {
  if (shown === "index") {
    download("index.html", renderIndex(indexPages(), { lang: lang() }), "text/html");
    return;
  }
  const entry = shown === undefined ? undefined : entries[shown];
  if (!entry?.reply) return;
  const { result, origins } = shownResult(entry.reply);
  const html = renderHtml(result, entry.reply.text, pageOptions(entry, origins));
  download(`${entry.name.replace(/\.[^.]*$/, "")}.html`, html, "text/html");
}

function wire(): void {
  const drop = $("drop");
  const pick = $<HTMLInputElement>("pick");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void addFiles(e.dataTransfer?.files ?? null);
  });
  // A file dropped outside the zone would replace the page with the file: take it too.
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => {
    if ((e.target as Element | null)?.closest?.("#drop")) return;
    e.preventDefault();
    void addFiles(e.dataTransfer?.files ?? null);
  });
  pick.addEventListener("change", () => {
    void addFiles(pick.files).then(() => {
      pick.value = "";
    });
  });
  $("choose").addEventListener("click", () => pick.click());
  $("paste-go").addEventListener("click", () => {
    const text = $<HTMLTextAreaElement>("paste").value;
    if (text.trim() === "") return;
    add([{ name: APP.pasted[lang()], bytes: new TextEncoder().encode(text) }]);
  });
  const imported = $<HTMLInputElement>("import");
  imported.addEventListener("change", () => {
    void importAcceptance(imported.files).then(() => {
      imported.value = "";
    });
  });
  $("import-go").addEventListener("click", () => imported.click());
  $("export-accept").addEventListener("click", () =>
    download(ACCEPTANCE_FILE_NAME, acceptanceText(), "application/json"),
  );
  $("export-json").addEventListener("click", exportJson);
  $("export-html").addEventListener("click", exportHtml);
  for (const box of document.querySelectorAll("input[data-check]"))
    box.addEventListener("change", () => {
      if (shown !== undefined) show(shown);
    });
  // Rounding and the fallback date change the audit itself: every file is audited again.
  for (const id of ["o-rounding", "o-date"])
    $(id).addEventListener("change", () => {
      if (entries.length === 0) return;
      for (const e of entries) {
        e.status = "waiting";
        delete e.reply;
        delete e.failure;
      }
      queue = queue.then(() => run([...entries]));
    });
  document.addEventListener("click", (e) => {
    const target = e.target as Element | null;
    const button = target?.closest?.("[data-show]");
    if (button) {
      const which = button.getAttribute("data-show");
      show(which === "index" ? "index" : Number(which));
      return;
    }
    // The index's links name the pages the command line writes: here they open the file's view.
    const link = target?.closest?.("#view main.index a[href]");
    if (link) {
      e.preventDefault();
      const row = link.closest("tr");
      const rows = [...(row?.parentElement?.children ?? [])];
      show(rows.indexOf(row as Element));
    }
  });
  document.addEventListener("baocao:accept", (event) => {
    const { fingerprint, entry } = (
      event as CustomEvent<{ fingerprint: string; entry: AcceptedEntry | null }>
    ).detail;
    if (entry) accepted.set(fingerprint, entry);
    else accepted.delete(fingerprint);
    say($("accepted-n"), String(accepted.size));
  });
}

wire();
