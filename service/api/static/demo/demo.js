// The /demo page: sends the article (its text, or with "HTML" on, its web page) to POST /v1/extract
// and shows what came back; for a page, the text shown is the one the service extracted from it.
// Safe with any text: the DOM is built from text nodes and textContent only, never innerHTML.
"use strict";

const $ = (id) => document.getElementById(id);
const ENTITY_GROUPS = [  // response field, CSS class, label
  ["participants", "person", "Person"],
  ["organizations", "org", "Organization"],
  ["locations", "loc", "Location"],
];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// The API's offsets count Unicode code points (Python string indices). JavaScript strings count
// UTF-16 code units, in which an emoji (any character outside the BMP) takes two, so using the
// offsets directly would shift every highlight after it. Iterating a string (like Array.from)
// yields code points: units[i] is the UTF-16 index of code point i, and
// text.slice(units[start], units[end]) is the API's text[start:end].
function codeUnitIndex(text) {
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return units;
}

// Spans sorted by start, dropping any that overlaps one already kept (the longer one wins a tie).
function nonOverlapping(spans, length) {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (span.start < span.end && span.end <= length && (!last || span.start >= last.end)) kept.push(span);
  }
  return kept;
}

// Two layers: quotes (a background band with the speaker's name) and, inside or outside them,
// entity and date marks.
function collectSpans(result, length) {
  const quotes = result.quotes.map((quote) => ({ start: quote.start, end: quote.end, quote }));
  const marks = [];
  for (const [field, cls, label] of ENTITY_GROUPS) {
    for (const entity of result[field]) {
      for (const m of entity.mentions) {
        marks.push({ start: m.start, end: m.end, cls, id: entity.id, title: `${label}: ${entity.name}` });
      }
    }
  }
  for (const d of result.dates) {
    marks.push({ start: d.start, end: d.end, cls: "date", title: `Date: ${d.value || "no exact day"}` });
  }
  return { quotes: nonOverlapping(quotes, length), marks: nonOverlapping(marks, length) };
}

function quoteBox(quote) {
  const box = el("span", `quote quote-${quote.type}`);
  const speaker = quote.speaker ? quote.speaker.name : "unknown speaker";
  box.title = `${quote.type} quote · ${speaker}` + (quote.cue ? ` · cue “${quote.cue.text}”` : "");
  box.appendChild(el("span", "speaker-tag", speaker));
  return box;
}

function markFor(span) {
  const mark = el("mark", span.cls);
  mark.title = span.title;
  if (span.id) mark.dataset.id = span.id;
  return mark;
}

// Cut the text at every span boundary; each piece goes into its quote band (if any) and its mark
// (if any); neighbouring pieces of the same quote or mark share one element.
function renderText(text, result) {
  const units = codeUnitIndex(text);
  const length = units.length - 1;
  const { quotes, marks } = collectSpans(result, length);
  const cuts = new Set([0, length]);
  for (const span of quotes.concat(marks)) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const root = $("highlighted");
  root.replaceChildren();
  let qi = 0, mi = 0, quote = null, box = root, mark = null, markNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    while (qi < quotes.length && quotes[qi].end <= a) qi++;
    while (mi < marks.length && marks[mi].end <= a) mi++;
    const q = qi < quotes.length && quotes[qi].start <= a ? quotes[qi] : null;
    const m = mi < marks.length && marks[mi].start <= a ? marks[mi] : null;
    if (q !== quote) {
      quote = q;
      box = q ? root.appendChild(quoteBox(q.quote)) : root;
      mark = null;
    }
    if (m && m !== mark) markNode = box.appendChild(markFor(m));
    mark = m;
    (m ? markNode : box).appendChild(document.createTextNode(text.slice(units[a], units[b])));
  }
}

function fillList(id, items, describe) {
  const list = $(id);
  list.replaceChildren();
  if (!items.length) list.appendChild(el("li", "none", "none found"));
  for (const item of items) {
    const li = el("li", "entity");
    li.dataset.id = item.id;
    li.append(...describe(item).filter(Boolean));
    list.appendChild(li);
  }
}

const count = (entity) => {
  const node = el("span", "count", `${entity.mention_count}×`);
  node.title = `${entity.mention_count} mention(s)`;
  return node;
};

function renderLists(result) {
  fillList("people", result.participants, (p) => [
    el("span", "name", p.name), count(p),
    p.titles.length ? el("span", "titles", p.titles.join(", ")) : null,
  ]);
  fillList("orgs", result.organizations, (o) => [
    el("span", "name", o.name), o.acronym ? el("span", "acronym", o.acronym) : null, count(o),
  ]);
  fillList("places", result.locations, (l) => [el("span", "name", l.name), count(l)]);
  fillList("authors", result.authors || [], (a) => [el("span", "name", a.name), el("span", "count", a.role)]);
  const date = result.date;
  $("article-date").textContent = date
    ? `${date.value} (from the ${date.source}${date.year_inferred ? ", year inferred" : ""})` : "none found";
}

// A web page's own metadata (title, site, authors, canonical URL), shown for HTML requests only.
function renderPage(page) {
  const info = $("page-info");
  info.replaceChildren();
  $("page-box").hidden = !page;
  if (!page) return;
  const rows = [["Title", page.title], ["Site", page.site_name], ["Authors", page.authors.join(", ")],
    ["URL", page.url]];
  for (const [label, value] of rows) {
    if (!value) continue;
    info.append(el("dt", null, label), el("dd", `page-${label.toLowerCase()}`, value));
  }
}

// Hovering an entry of the side lists outlines that entity's mentions in the text.
function focusEntity(id) {
  for (const mark of $("highlighted").querySelectorAll("mark")) {
    mark.classList.toggle("focus", id !== null && mark.dataset.id === id);
  }
}

function showResult(text, result) {
  renderText(text, result);
  renderLists(result);
  renderPage(result.page || null);
  const n = (list, one, many) => `${list.length} ${list.length === 1 ? one : many}`;
  $("summary").textContent = [n(result.quotes, "quote", "quotes"), n(result.participants, "person", "people"),
    n(result.organizations, "organization", "organizations"), n(result.locations, "location", "locations"),
    n(result.dates, "date", "dates")].join(" · ");
  $("json").textContent = JSON.stringify(result, null, 2);
  $("result").hidden = false;
}

// A problem document (RFC 9457) as readable text: status, title, detail and any field errors.
function showError(status, problem, fallback) {
  const box = $("error");
  box.replaceChildren();
  const title = (problem && problem.title) || fallback || "Error";
  box.appendChild(el("strong", null, status ? `${status} ${title}` : title));
  if (problem && problem.detail) box.appendChild(el("p", null, problem.detail));
  for (const [field, messages] of Object.entries((problem && problem.errors) || {})) {
    const text = Array.isArray(messages) ? messages.join(" ") : JSON.stringify(messages);
    box.appendChild(el("p", "field-error", `${field}: ${text}`));
  }
  if (status === 401) {  // API keys are configured: ask for one (kept in this page only)
    box.appendChild(el("p", "hint", "Enter an API key next to the Extract button and try again."));
    $("key-row").hidden = false;
    $("key").focus();
  }
  box.hidden = false;
  $("result").hidden = true;
}

function setBusy(busy) {
  const button = $("extract");
  button.disabled = busy;
  button.textContent = busy ? "Extracting…" : "Extract";
  $("spinner").hidden = !busy;
  $("form").setAttribute("aria-busy", String(busy));
}

async function readJson(response) {
  if (!(response.headers.get("Content-Type") || "").includes("json")) return null;
  try {
    return await response.json();
  } catch (error) {
    return null;
  }
}

async function extract(event) {
  event.preventDefault();
  const asPage = $("html-mode").checked;
  const sent = $("text").value;
  const body = asPage ? { html: sent } : { text: sent };
  if ($("date").value) body.date = $("date").value;
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  const key = $("key").value.trim();
  if (key) headers.Authorization = `Bearer ${key}`;
  setBusy(true);
  $("error").hidden = true;
  try {
    const response = await fetch("v1/extract", { method: "POST", headers, body: JSON.stringify(body) });
    const payload = await readJson(response);
    // Offsets index the text the service read: for a page, the `text` it extracted.
    if (response.ok && payload) showResult(asPage ? payload.text : sent, payload);
    else showError(response.status, payload, response.statusText || "The service answered with an error.");
  } catch (error) {
    showError(0, null, `The service could not be reached (${error.message}).`);
  } finally {
    setBusy(false);
  }
}

async function loadSample(replace) {
  try {
    const response = await fetch("demo/sample");
    if (response.ok && (replace || !$("text").value)) $("text").value = await response.text();
  } catch (error) {
    // no sample: the text box simply stays empty
  }
}

function setMode() {
  const asPage = $("html-mode").checked;
  $("text-label").textContent = asPage ? "Web page (HTML)" : "Article text";
  $("text").placeholder = asPage ? "Paste a news page’s HTML…" : "Paste a news article in English…";
}

$("form").addEventListener("submit", extract);
$("html-mode").addEventListener("change", setMode);
$("sample").addEventListener("click", () => loadSample(true));
$("lists").addEventListener("mouseover", (event) => {
  const entry = event.target.closest("li.entity");
  focusEntity(entry ? entry.dataset.id : null);
});
$("lists").addEventListener("mouseleave", () => focusEntity(null));
loadSample(false);
