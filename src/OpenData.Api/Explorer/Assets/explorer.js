// Explorador de la API: sin dependencias externas; todo lo sirve la propia aplicación.
// Nothing from the data is ever inserted as HTML: every value goes in with textContent or as a text node.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const endpoint = "/graphql";
  let kinds = new Map(); // GraphQL type name → { segment, label, displayField, hasSources }
  let currentExample = null;
  let lastResult = null;
  // Page controls: the `after` cursor of each page seen, so "Anterior" goes back exactly.
  let pages = { key: "", afters: [] };

  async function post(query, variables) {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables: variables || undefined }),
    });
    const text = await response.text();
    try { return { status: response.status, body: JSON.parse(text) }; }
    catch { return { status: response.status, body: { errors: [{ message: text || response.statusText }] } }; }
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === "text") node.textContent = v;
      else if (k === "className") node.className = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  // ---- Records: global ids and their pages ----------------------------------------------------

  function decodeId(id) {
    if (typeof id !== "string" || id.length < 4) return null;
    try {
      const bytes = Uint8Array.from(atob(id), (c) => c.charCodeAt(0));
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      const colon = text.indexOf(":");
      if (colon < 1) return null;
      const type = text.slice(0, colon);
      return kinds.has(type) ? { type, slug: text.slice(colon + 1) } : null;
    } catch { return null; }
  }

  function recordPath(type, slug) {
    const kind = kinds.get(type);
    return kind ? `/registros/${kind.segment}/${encodeURIComponent(slug)}` : null;
  }

  // A search snippet is escaped text with <b>…</b> around the matches: split it into text nodes and <mark>s.
  function snippetNodes(snippet) {
    const out = [];
    const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    const parts = String(snippet).split(/(<b>|<\/b>)/);
    let bold = false;
    for (const part of parts) {
      if (part === "<b>") { bold = true; continue; }
      if (part === "</b>") { bold = false; continue; }
      if (!part) continue;
      const text = unescape(part);
      out.push(bold ? el("mark", { text }) : document.createTextNode(text));
    }
    return out;
  }

  // ---- Search ---------------------------------------------------------------------------------

  function searchQuery() {
    const fragments = [...kinds.entries()].map(([type, k]) => {
      // One alias per type: the same field can be nullable in one type and not in another, which GraphQL refuses to merge.
      const fields = [`display_${type}: ${k.displayField}`, k.hasSources ? "sources { title publisher publishedOn }" : ""].filter(Boolean).join(" ");
      return `... on ${type} { ${fields} }`;
    }).join("\n        ");
    return `query Buscar($text: String!, $after: String) {
  search(text: $text, first: 10, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      type
      snippet
      node {
        __typename
        id
        ${fragments}
      }
    }
  }
}`;
  }

  let searchState = { text: "", after: null };

  async function search(text, after) {
    const status = $("search-status");
    const list = $("search-hits");
    if (!after) { list.textContent = ""; }
    $("search-more").hidden = true;
    status.className = "hint";
    status.textContent = "Buscando…";
    // The query asks each type for its display field: wait for the types (a search sent before they arrive showed slugs).
    await kindsLoaded.catch(() => undefined);
    const { body } = await post(searchQuery(), { text, after });
    if (body.errors) {
      status.className = "error";
      status.textContent = body.errors.map((e) => e.message).join(" | ");
      return;
    }
    const result = body.data.search;
    searchState = { text, after: result.pageInfo.endCursor };
    status.textContent = result.totalCount === 0
      ? `Sin resultados para «${text}».`
      : `${result.totalCount} registro(s) para «${text}».`;
    for (const hit of result.nodes) list.append(searchHit(hit));
    $("search-more").hidden = !result.pageInfo.hasNextPage;
  }

  function searchHit(hit) {
    const node = hit.node || {};
    const decoded = decodeId(node.id);
    const kind = kinds.get(node.__typename);
    const title = node[`display_${node.__typename}`] || (decoded && decoded.slug) || node.id;
    const href = decoded ? recordPath(decoded.type, decoded.slug) : null;
    const item = el("li", { className: "hit" });
    item.append(el("span", { className: "hit-type", text: kind ? kind.label : hit.type }));
    item.append(el("h3", null, href ? el("a", { href, className: "hit-link", text: title }) : title));
    item.append(el("p", { className: "snippet" }, ...snippetNodes(hit.snippet)));
    if (Array.isArray(node.sources) && node.sources.length) {
      const sources = node.sources.map((s) => [s.title, s.publisher, s.publishedOn].filter(Boolean).join(", "));
      item.append(el("p", { className: "hit-sources", text: "Fuentes: " + sources.join(" · ") }));
    }
    return item;
  }

  // ---- Tables: every list in the result --------------------------------------------------------

  // Every list of objects in the result, depth first, with its path; connection edges become their nodes.
  // Lists inside a row stay in that row (shown nested), they do not become tables of their own.
  function findTables(value, path, out) {
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
        const rows = value.map((v) => (v.node && typeof v.node === "object" && Object.keys(v).every((k) => k === "node" || k === "cursor")) ? v.node : v);
        out.push({ path: path.join(".").replace(/\.(edges|nodes|items)$/, ""), rows });
      }
      return out;
    }
    if (value && typeof value === "object") {
      for (const key of Object.keys(value)) findTables(value[key], [...path, key], out);
    }
    return out;
  }

  // Nested objects become dotted columns (municipality.name); nested lists stay lists.
  function flatten(row, prefix, out) {
    for (const [key, value] of Object.entries(row)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === "object" && !Array.isArray(value)) flatten(value, name, out);
      else out[name] = value;
    }
    return out;
  }

  function plain(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map((v) => (v && typeof v === "object") ? Object.values(flatten(v, "", {})).map(plain).filter(Boolean).join(", ") : plain(v)).join("; ");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  function cellContent(column, value) {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) {
      if (value.length === 0) return el("span", { className: "hint", text: "—" });
      const list = el("ul", { className: "nested" });
      for (const v of value) {
        if (v && typeof v === "object") {
          const flat = flatten(v, "", {});
          const decoded = decodeId(flat.id);
          const text = Object.entries(flat).filter(([k]) => k !== "id" && k !== "__typename").map(([k, x]) => `${k}: ${plain(x)}`).join(" · ") || (decoded ? decoded.slug : plain(v));
          const href = decoded ? recordPath(decoded.type, decoded.slug) : null;
          list.append(el("li", null, href ? el("a", { href, text }) : text));
        } else list.append(el("li", { text: String(v) }));
      }
      return list;
    }
    const last = column.split(".").pop();
    if (last === "snippet") return el("span", null, ...snippetNodes(value));
    if (last === "id" || last === "cursor" || last.endsWith("Cursor")) {
      const decoded = last === "id" ? decodeId(value) : null;
      return el("span", { className: "long-id", title: String(value), text: decoded ? decoded.slug : String(value) });
    }
    if (typeof value === "string" && /^https?:\/\//.test(value)) return el("a", { href: value, rel: "noopener noreferrer nofollow", text: value });
    return String(value);
  }

  function fileName(tablePath) {
    const base = currentExample || ($("query").value.match(/^\s*(?:query|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/m) || [])[1] || "consulta";
    const slug = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return `${slug(base)}${tablePath ? "-" + slug(tablePath) : ""}.csv`;
  }

  function toCsv(columns, rows) {
    const quote = (v) => /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    const lines = [columns.map(quote).join(",")];
    for (const r of rows) lines.push(columns.map((c) => quote(plain(r[c]))).join(","));
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  function renderTables(data) {
    const view = $("table-view");
    view.textContent = "";
    const tables = data ? findTables(data, [], []) : [];
    if (tables.length === 0) {
      view.append(el("p", { className: "hint", text: "El resultado no contiene listas; míralo en la pestaña JSON." }));
      return;
    }
    for (const { path, rows } of tables) {
      const flat = rows.map((r) => flatten(r, "", {}));
      const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
      const linkable = flat.some((r) => decodeId(r.id));
      const block = el("div", { className: "table-block" });
      const name = fileName(path);
      const download = el("button", { type: "button", className: "secondary download-table", "data-file": name, text: `Descargar CSV (${name})` });
      download.addEventListener("click", () => {
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([toCsv(columns, flat)], { type: "text/csv;charset=utf-8" }));
        link.download = name;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      });
      block.append(el("h3", { className: "table-title" }, el("code", { text: path || "resultado" }), ` · ${flat.length} fila(s) `, download));
      const table = el("table");
      const head = table.createTHead().insertRow();
      if (linkable) head.append(el("th", { text: "Ficha" }));
      for (const c of columns) head.append(el("th", { text: c }));
      const body = table.createTBody();
      for (const r of flat) {
        const tr = body.insertRow();
        if (linkable) {
          const decoded = decodeId(r.id);
          const href = decoded ? recordPath(decoded.type, decoded.slug) : null;
          tr.insertCell().append(href ? el("a", { href, className: "record-link", text: "ver" }) : "");
        }
        for (const c of columns) {
          const content = cellContent(c, r[c]);
          const td = tr.insertCell();
          if (content !== null) td.append(content);
        }
      }
      block.append(el("div", { className: "table-scroll" }, table));
      view.append(block);
    }
  }

  // ---- Page controls (pageInfo) -----------------------------------------------------------------

  function findPageInfo(value) {
    if (!value || typeof value !== "object") return null;
    if (value.pageInfo && typeof value.pageInfo === "object") return value.pageInfo;
    for (const key of Object.keys(value)) {
      const found = findPageInfo(value[key]);
      if (found) return found;
    }
    return null;
  }

  function declaresAfter(query) { return /\$after\s*:/.test(query); }

  function updatePager(data) {
    const pager = $("pager");
    const info = data ? findPageInfo(data) : null;
    const query = $("query").value;
    if (!info || !("hasNextPage" in info)) { pager.hidden = true; return; }
    pager.hidden = false;
    const index = pages.afters.length - 1;
    const canPage = declaresAfter(query);
    $("page-next").disabled = !canPage || !info.hasNextPage || !info.endCursor;
    $("page-prev").disabled = !canPage || index <= 0;
    $("page-status").textContent = canPage
      ? `Página ${index + 1}${info.hasNextPage ? "" : " (última)"}`
      : "Para paginar aquí, declara $after: String en la consulta y úsalo en after:.";
  }

  function readVariables() {
    const raw = $("variables").value.trim();
    if (!raw) return {};
    return JSON.parse(raw);
  }

  async function goToPage(delta) {
    const info = lastResult ? findPageInfo(lastResult) : null;
    if (!info) return;
    let variables;
    try { variables = readVariables(); } catch { return; }
    if (delta > 0) { pages.afters.push(info.endCursor); }
    else { pages.afters.pop(); }
    variables.after = pages.afters[pages.afters.length - 1] ?? null;
    $("variables").value = JSON.stringify(variables, null, 2);
    await run({ keepPages: true });
  }

  // ---- Running a query ------------------------------------------------------------------------

  function followAddress() {
    const params = new URLSearchParams();
    params.set("query", $("query").value);
    const variables = $("variables").value.trim();
    if (variables) params.set("variables", variables);
    history.replaceState(null, "", `/?${params}`);
    $("open-ide").href = `/ide/?${params}`;
  }

  async function run(options) {
    const query = $("query").value;
    let variables = null;
    try { variables = readVariables(); }
    catch (e) { $("status").textContent = "Las variables no son JSON válido: " + e.message; $("status").className = "error"; return; }
    const key = query;
    if (!(options && options.keepPages) || pages.key !== key) pages = { key, afters: [variables.after ?? null] };
    followAddress();
    $("status").textContent = "Consultando…";
    $("status").className = "";
    const started = performance.now();
    const { status, body } = await post(query, variables);
    const ms = Math.round(performance.now() - started);
    $("json-view").textContent = JSON.stringify(body, null, 2);
    const errors = body.errors ? ` · ${body.errors.length} error(es): ${body.errors.map((e) => e.message).join(" | ")}` : "";
    $("status").textContent = `HTTP ${status} · ${ms} ms${errors}`;
    $("status").className = body.errors ? "error" : "";
    lastResult = body.data || null;
    renderTables(lastResult);
    updatePager(lastResult);
  }

  // ---- Side panels: examples, schema, downloads, citation --------------------------------------

  async function loadExamples() {
    const response = await fetch("/explorer/examples.json");
    if (!response.ok) return;
    const examples = await response.json();
    const select = $("examples");
    examples.forEach((example, i) => select.append(el("option", { value: String(i), text: example.label })));
    select.addEventListener("change", () => {
      const example = examples[Number(select.value)];
      if (!example) return;
      currentExample = example.name;
      $("query").value = example.query;
      $("variables").value = example.variables ? JSON.stringify(example.variables, null, 2) : "";
      followAddress();
    });
  }

  const introspection = `{ __schema { types { name kind description
    fields { name description args { name description type { ...T } } type { ...T } }
    inputFields { name description type { ...T } } enumValues { name description } } } }
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

  function typeName(t) {
    if (!t) return "";
    if (t.kind === "NON_NULL") return typeName(t.ofType) + "!";
    if (t.kind === "LIST") return "[" + typeName(t.ofType) + "]";
    return t.name;
  }

  async function loadSchema() {
    const { body } = await post(introspection);
    const view = $("schema-view");
    if (!body.data) { view.textContent = ""; view.append(el("p", { className: "error", text: "No se pudo leer el esquema." })); return; }
    const types = body.data.__schema.types.filter((t) => !t.name.startsWith("__")).sort((a, b) => a.name.localeCompare(b.name));
    view.textContent = "";
    for (const t of types) {
      const box = el("div", { className: "type" });
      box.dataset.search = (t.name + " " + (t.fields || t.inputFields || t.enumValues || []).map((f) => f.name).join(" ")).toLowerCase();
      box.append(el("h3", { text: `${t.kind.toLowerCase()} ${t.name}` }));
      if (t.description) box.append(el("p", { text: t.description }));
      for (const f of t.fields || t.inputFields || t.enumValues || []) {
        const args = f.args && f.args.length ? `(${f.args.map((a) => `${a.name}: ${typeName(a.type)}`).join(", ")})` : "";
        const row = el("div", { className: "field", text: f.type ? `${f.name}${args}: ${typeName(f.type)}` : f.name });
        if (f.description) row.append(el("p", { text: f.description }));
        box.append(row);
      }
      view.append(box);
    }
  }

  async function loadCitationAndDownloads() {
    const { body } = await post("{ dataset { citation } }");
    if (body.data && body.data.dataset) $("citation").textContent = body.data.dataset.citation;
    const response = await fetch("/catalog.json");
    if (!response.ok) return;
    const catalog = await response.json();
    const list = $("downloads");
    for (const d of catalog.distribution || []) {
      const path = new URL(d.downloadURL, location.href).pathname;
      const item = el("li", null, el("a", { href: path, text: d.title }));
      if (d.mediaType === "text/csv") {
        item.append(" · ", el("a", { href: `${path}?bom=1`, className: "excel", text: "Excel" }));
      }
      list.append(item);
    }
  }

  async function loadKinds() {
    const response = await fetch("/registros/tipos.json");
    if (!response.ok) return;
    kinds = new Map((await response.json()).map((k) => [k.type, k]));
  }

  // ---- Wiring -----------------------------------------------------------------------------------

  $("run").addEventListener("click", () => run());
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  $("query").addEventListener("input", () => { currentExample = null; });
  $("tab-table").addEventListener("click", () => showTab("table"));
  $("tab-json").addEventListener("click", () => showTab("json"));
  $("page-next").addEventListener("click", () => goToPage(1));
  $("page-prev").addEventListener("click", () => goToPage(-1));
  $("copy-link").addEventListener("click", async () => {
    followAddress();
    try { await navigator.clipboard.writeText(location.href); $("copy-link").textContent = "Enlace copiado"; }
    catch { $("copy-link").textContent = "Copia la dirección de la barra"; }
    setTimeout(() => { $("copy-link").textContent = "Copiar enlace"; }, 2500);
  });
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("search-text").value.trim();
    if (!text) return;
    const params = new URLSearchParams({ buscar: text });
    history.replaceState(null, "", `/?${params}`);
    search(text, null);
  });
  $("search-more").addEventListener("click", () => search(searchState.text, searchState.after));
  $("schema-filter").addEventListener("input", (e) => {
    const needle = e.target.value.trim().toLowerCase();
    for (const box of $("schema-view").children) box.hidden = needle !== "" && !box.dataset.search.includes(needle);
  });

  function showTab(name) {
    const table = name === "table";
    $("tab-table").setAttribute("aria-selected", String(table));
    $("tab-json").setAttribute("aria-selected", String(!table));
    $("table-view").hidden = !table;
    $("json-view").hidden = table;
  }

  // A shared link (/?query=…, or /graphql?query=… opened in a browser) shows that query and runs it;
  // /?buscar=… runs that search.
  const params = new URLSearchParams(location.search);
  const kindsLoaded = loadKinds();
  kindsLoaded.then(() => {
    if (params.get("query")) {
      $("query").value = params.get("query");
      $("variables").value = params.get("variables") || "";
      document.getElementById("consulta").scrollIntoView();
      run();
    } else if (params.get("buscar")) {
      $("search-text").value = params.get("buscar");
      search(params.get("buscar"), null);
    }
  });
  loadExamples();
  loadSchema();
  loadCitationAndDownloads();
})();
