// Explorador de la API: sin dependencias externas; todo lo sirve la propia aplicación.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const endpoint = "/graphql";
  let currentRows = null;

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

  // The first list of objects in the result, depth first; connection edges become their nodes.
  function findRows(value) {
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
        return value.map((v) => (v.node && typeof v.node === "object" && Object.keys(v).every((k) => k === "node" || k === "cursor")) ? v.node : v);
      }
      return null;
    }
    if (value && typeof value === "object") {
      for (const key of Object.keys(value)) {
        const rows = findRows(value[key]);
        if (rows) return rows;
      }
    }
    return null;
  }

  function cell(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map((v) => (v && typeof v === "object") ? (v.id ?? v.name ?? v.title ?? JSON.stringify(v)) : String(v)).join("; ");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  // Nested objects become dotted columns (municipality.name); lists are joined with "; ".
  function flatten(row, prefix, out) {
    for (const [key, value] of Object.entries(row)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === "object" && !Array.isArray(value)) flatten(value, name, out);
      else out[name] = cell(value);
    }
    return out;
  }

  function renderTable(rows) {
    const view = $("table-view");
    view.textContent = "";
    currentRows = null;
    $("download-csv").disabled = true;
    if (!rows) {
      view.innerHTML = '<p class="hint">El resultado no contiene una lista; míralo en la pestaña JSON.</p>';
      return;
    }
    const flat = rows.map((r) => flatten(r, "", {}));
    const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const c of columns) { const th = document.createElement("th"); th.textContent = c; head.appendChild(th); }
    const body = table.createTBody();
    for (const r of flat) {
      const tr = body.insertRow();
      for (const c of columns) tr.insertCell().textContent = r[c] ?? "";
    }
    view.appendChild(table);
    const count = document.createElement("p");
    count.className = "hint";
    count.textContent = `${flat.length} fila(s)`;
    view.appendChild(count);
    currentRows = { columns, rows: flat };
    $("download-csv").disabled = false;
  }

  function toCsv({ columns, rows }) {
    const quote = (v) => /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    const lines = [columns.map(quote).join(",")];
    for (const r of rows) lines.push(columns.map((c) => quote(r[c] ?? "")).join(","));
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  function showTab(name) {
    const table = name === "table";
    $("tab-table").setAttribute("aria-selected", String(table));
    $("tab-json").setAttribute("aria-selected", String(!table));
    $("table-view").hidden = !table;
    $("json-view").hidden = table;
  }

  async function run() {
    const query = $("query").value;
    let variables = null;
    const rawVariables = $("variables").value.trim();
    if (rawVariables) {
      try { variables = JSON.parse(rawVariables); }
      catch (e) { $("status").textContent = "Las variables no son JSON válido: " + e.message; $("status").className = "error"; return; }
    }
    $("status").textContent = "Consultando…";
    $("status").className = "";
    const started = performance.now();
    const { status, body } = await post(query, variables);
    const ms = Math.round(performance.now() - started);
    $("json-view").textContent = JSON.stringify(body, null, 2);
    const errors = body.errors ? ` · ${body.errors.length} error(es): ${body.errors.map((e) => e.message).join(" | ")}` : "";
    $("status").textContent = `HTTP ${status} · ${ms} ms${errors}`;
    $("status").className = body.errors ? "error" : "";
    renderTable(body.data ? findRows(body.data) : null);
  }

  async function loadExamples() {
    const response = await fetch("/explorer/examples.json");
    if (!response.ok) return;
    const examples = await response.json();
    const select = $("examples");
    examples.forEach((example, i) => {
      const option = document.createElement("option");
      option.value = String(i);
      option.textContent = example.label;
      select.appendChild(option);
    });
    select.addEventListener("change", () => {
      const example = examples[Number(select.value)];
      if (!example) return;
      $("query").value = example.query;
      $("variables").value = example.variables ? JSON.stringify(example.variables, null, 2) : "";
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
    if (!body.data) { view.innerHTML = '<p class="error">No se pudo leer el esquema.</p>'; return; }
    const types = body.data.__schema.types.filter((t) => !t.name.startsWith("__")).sort((a, b) => a.name.localeCompare(b.name));
    view.textContent = "";
    for (const t of types) {
      const box = document.createElement("div");
      box.className = "type";
      box.dataset.search = (t.name + " " + (t.fields || t.inputFields || t.enumValues || []).map((f) => f.name).join(" ")).toLowerCase();
      const h = document.createElement("h3");
      h.textContent = `${t.kind.toLowerCase()} ${t.name}`;
      box.appendChild(h);
      if (t.description) { const p = document.createElement("p"); p.textContent = t.description; box.appendChild(p); }
      for (const f of t.fields || t.inputFields || t.enumValues || []) {
        const row = document.createElement("div");
        row.className = "field";
        const args = f.args && f.args.length ? `(${f.args.map((a) => `${a.name}: ${typeName(a.type)}`).join(", ")})` : "";
        row.textContent = f.type ? `${f.name}${args}: ${typeName(f.type)}` : f.name;
        if (f.description) { const p = document.createElement("p"); p.textContent = f.description; row.appendChild(p); }
        box.appendChild(row);
      }
      view.appendChild(box);
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
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = d.downloadURL;
      a.textContent = d.title;
      li.appendChild(a);
      list.appendChild(li);
    }
  }

  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  $("tab-table").addEventListener("click", () => showTab("table"));
  $("tab-json").addEventListener("click", () => showTab("json"));
  $("download-csv").addEventListener("click", () => {
    if (!currentRows) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([toCsv(currentRows)], { type: "text/csv;charset=utf-8" }));
    link.download = "consulta.csv";
    link.click();
    URL.revokeObjectURL(link.href);
  });
  $("schema-filter").addEventListener("input", (e) => {
    const needle = e.target.value.trim().toLowerCase();
    for (const box of $("schema-view").children) box.hidden = needle !== "" && !box.dataset.search.includes(needle);
  });

  // A link to /graphql?query=… opened in a browser lands here: show that query and run it.
  const params = new URLSearchParams(location.search);
  if (params.get("query")) {
    $("query").value = params.get("query");
    $("variables").value = params.get("variables") || "";
    run();
  }

  loadExamples();
  loadSchema();
  loadCitationAndDownloads();
})();
