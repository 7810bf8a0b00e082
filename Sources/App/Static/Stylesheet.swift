/// The application's only stylesheet, served from memory with a version in its URL so
/// browsers can cache it for good. Print rules drop navigation and buttons.
enum Stylesheet {
    static let version = "10"
    static var versionedPath: String { Path.stylesheet.with(query: [("v", version)]) }
    static var scriptPath: String { Path.script.with(query: [("v", version)]) }

    /// The only script: print buttons and the reload of progress pages (inline handlers are
    /// barred by the content security policy).
    /// Every page works without it.
    static let script = """
        document.querySelectorAll("[data-print]").forEach(function (button) {
          button.addEventListener("click", function () { window.print(); });
        });
        // A whole list opened for print (format=print) prints as it opens.
        if (document.querySelector("[data-print-now]")) { window.addEventListener("load", function () { window.print(); }); }
        // A picker's search box hides the choices whose name does not contain what was typed.
        document.querySelectorAll("[data-filter-list]").forEach(function (box) {
          var list = document.getElementById(box.getAttribute("data-filter-list"));
          box.addEventListener("input", function () {
            var query = box.value.trim();
            list.querySelectorAll("li").forEach(function (item) {
              item.hidden = query !== "" && item.textContent.indexOf(query) < 0 && !item.querySelector("input:checked");
            });
          });
        });
        // Phones: the filters fold behind a button named like the form's own (筛选), so the list comes first.
        if (window.matchMedia("(max-width: 768px)").matches) {
          document.querySelectorAll("form.filters[role=search]").forEach(function (form, index) {
            var submit = form.querySelector("button[type=submit]"), toggle = document.createElement("button");
            var set = Array.prototype.some.call(form.elements, function (field) {
              return field.name && field.type !== "hidden" && field.value;
            });
            toggle.type = "button";
            toggle.className = "filters-toggle";
            toggle.textContent = (submit ? submit.textContent : "☰") + (set ? " ●" : "");
            form.id = form.id || "filters-" + index;
            toggle.setAttribute("aria-controls", form.id);
            toggle.setAttribute("aria-expanded", "false");
            form.hidden = true;
            toggle.addEventListener("click", function () {
              form.hidden = !form.hidden;
              toggle.setAttribute("aria-expanded", String(!form.hidden));
            });
            form.parentNode.insertBefore(toggle, form);
          });
        }
        document.querySelectorAll("[data-refresh]").forEach(function (region) {
          setTimeout(function () { window.location.reload(); }, Number(region.getAttribute("data-refresh")) * 1000);
        });
        // The duplicate check: while a suggestion is written, list earlier ones like it.
        document.querySelectorAll("[data-similar]").forEach(function (box) {
          // The words come from the page, which is in the reader's script (Simplified or Traditional).
          var form = box.closest("form"), timer = null, last = "", sent = 0;
          var statuses = JSON.parse(box.getAttribute("data-statuses") || "{}");
          function show(items) {
            box.textContent = "";
            if (!items.length) { return; }
            var head = document.createElement("p");
            head.textContent = box.getAttribute("data-heading");
            var list = document.createElement("ul");
            items.forEach(function (item) {
              var entry = document.createElement("li"), link = document.createElement("a");
              link.href = item.url;
              link.textContent = item.number + " " + item.title;
              entry.appendChild(link);
              var score = item.score == null ? "" : "，" + box.getAttribute("data-score") + " " + Math.round(item.score * 100) + "%";
              entry.appendChild(document.createTextNode("（" + (statuses[item.status] || item.statusLabel) + score + "）"));
              list.appendChild(entry);
            });
            box.appendChild(head);
            box.appendChild(list);
          }
          function check() {
            var title = form.elements["title"].value, body = form.elements["body"].value, text = title + "\\n" + body;
            if (text === last || !title.trim()) { return; }
            var number = ++sent;
            fetch(box.getAttribute("data-similar"), {
              method: "POST", credentials: "same-origin",
              headers: { "Content-Type": "application/json", "X-CSRF-Token": form.elements["_csrf"].value },
              body: JSON.stringify({ title: title, body: body })
            }).then(function (response) {
              if (!response.ok) { throw new Error(response.status); }
              return response.json();
            }).then(function (items) {
              // An older answer arriving late must not replace a newer one.
              if (number !== sent) { return; }
              last = text;
              show(items);
            }).catch(function () {});
          }
          ["title", "body"].forEach(function (name) {
            form.elements[name].addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 500); });
          });
          check();
        });
        """

    static let css = #"""
        :root { --green:#2e7d32; --amber:#9a5b00; --red:#c62828; --ink:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; --accent:#a4001d; }
        * { box-sizing:border-box; }
        html { font-size:16px; }
        body { margin:0; color:var(--ink); background:#fff; line-height:1.6;
          font-family:"PingFang SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif; }
        a { color:#0b5cad; }
        :focus-visible { outline:3px solid #0b5cad; outline-offset:2px; }
        .skip-link { position:absolute; left:-9999px; } .skip-link:focus { left:8px; top:8px; background:#fff; padding:4px 8px; z-index:10; }
        .visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
        .topbar { display:flex; align-items:center; gap:16px; padding:8px 16px; background:var(--accent); color:#fff; }
        .topbar a, .topbar .link-button { color:#fff; }
        .brand { font-weight:700; font-size:1.2rem; text-decoration:none; margin-right:auto; letter-spacing:.2em; }
        .topbar-user { display:flex; gap:8px; }
        .topbar-unit { opacity:.9; }
        .shell { display:grid; grid-template-columns:180px 1fr; min-height:calc(100vh - 48px); }
        .shell-bare { display:block; max-width:420px; margin:10vh auto; padding:0 16px; }
        .sidenav { background:var(--bg); border-right:1px solid var(--line); padding:12px 0; }
        .sidenav ul { list-style:none; margin:0; padding:0; }
        .sidenav a { display:block; padding:8px 20px; text-decoration:none; color:var(--ink); }
        .sidenav a[aria-current=page] { background:#fff; border-left:4px solid var(--accent); font-weight:700; padding-left:16px; }
        .nav-heading { margin:12px 20px 4px; font-size:.85rem; color:var(--muted); }
        /* The menu's checkbox exists for phones only: on a wide screen it would be a nameless tab stop. */
        .nav-toggle { display:none; position:absolute; opacity:0; width:1px; height:1px; }
        .nav-toggle-label { display:none; }
        .nav-toggle:focus-visible + .nav-toggle-label { outline:3px solid #0b5cad; outline-offset:-3px; }
        main { padding:16px 24px; min-width:0; }
        .crumbs ol { list-style:none; display:flex; flex-wrap:wrap; gap:4px; margin:0; padding:0; color:var(--muted); font-size:.9rem; }
        .crumbs li + li::before { content:"›"; margin-right:4px; }
        .page-head { display:flex; align-items:center; justify-content:space-between; gap:12px; }
        h1 { font-size:1.5rem; margin:8px 0 16px; }
        .button, button { display:inline-block; padding:6px 14px; border:1px solid var(--line); border-radius:4px; background:#fff;
          color:var(--ink); font:inherit; cursor:pointer; text-decoration:none; }
        .button-primary, button.primary { background:var(--accent); border-color:var(--accent); color:#fff; }
        .button-danger { background:var(--red); border-color:var(--red); color:#fff; }
        .link-button { background:none; border:0; padding:0; color:#0b5cad; text-decoration:underline; }
        .inline-form { display:inline; margin:0; }
        .flash { padding:10px 14px; border-radius:4px; margin-bottom:16px; border:1px solid; }
        .flash-success { background:#e8f5e9; border-color:var(--green); }
        .flash-error { background:#fdecea; border-color:var(--red); }
        .flash-info { background:#e3f2fd; border-color:#0b5cad; }
        .table-wrap { overflow:auto; max-height:75vh; border:1px solid var(--line); }
        table.data { border-collapse:collapse; width:100%; font-size:.95rem; }
        table.data th, table.data td { padding:4px 10px; border-bottom:1px solid var(--line); text-align:left; vertical-align:top; }
        table.data thead th { position:sticky; top:0; background:var(--bg); z-index:1; }
        .num { text-align:right; font-variant-numeric:tabular-nums; }
        .pill { display:inline-block; padding:0 8px; border-radius:999px; font-size:.85rem; border:1px solid; }
        .pill-green { color:var(--green); border-color:var(--green); } .pill-amber { color:var(--amber); border-color:var(--amber); }
        .pill-red { color:var(--red); border-color:var(--red); } .pill-grey { color:var(--muted); border-color:var(--muted); }
        .filters { display:flex; flex-wrap:wrap; gap:8px 16px; align-items:flex-end; margin-bottom:12px; }
        .filters .field { margin:0; }
        .exports { display:flex; gap:12px; margin:0 0 8px; }
        th a { color:inherit; }
        .count { color:var(--muted); margin:0 0 8px; }
        .pagination { display:flex; gap:16px; align-items:center; margin:12px 0; color:var(--muted); }
        .empty { padding:24px; background:var(--bg); border:1px dashed var(--line); color:var(--muted); }
        form.stacked { max-width:560px; }
        .field { margin-bottom:14px; }
        .field label { display:block; font-weight:600; margin-bottom:4px; }
        .picker { border:1px solid var(--line); border-radius:6px; padding:8px 12px; } .picker legend { font-weight:600; }
        .picker-list { list-style:none; margin:8px 0 0; padding:0; max-height:14em; overflow:auto; }
        .picker-list li { display:flex; align-items:center; gap:8px; padding:3px 0; }
        .picker-list label { display:inline; font-weight:400; margin:0; } .picker-list li[hidden] { display:none; }
        .field input[type=text], .field input[type=password], .field input[type=date], .field input[type=number], .field select, .field textarea {
          width:100%; padding:6px 8px; border:1px solid #8c959f; border-radius:4px; font:inherit; }
        .field-check { display:flex; gap:8px; align-items:center; } .field-check label { font-weight:400; margin:0; }
        .required { color:var(--red); }
        .help { color:var(--muted); font-size:.9rem; margin:4px 0 0; }
        .field-error { color:var(--red); margin:4px 0 0; }
        .field-invalid input, .field-invalid select { border-color:var(--red); }
        .error-summary { border:2px solid var(--red); padding:8px 16px; margin-bottom:16px; }
        .actions { display:flex; gap:12px; margin-top:16px; align-items:center; }
        dl.details { display:grid; grid-template-columns:max-content 1fr; gap:6px 24px; }
        dl.details dt { color:var(--muted); } dl.details dd { margin:0; }
        pre.changes { margin:0; white-space:pre-wrap; font-size:.85rem; }
        .token-secret { font-family:monospace; background:var(--bg); padding:8px; border:1px solid var(--line); word-break:break-all; }
        .error-page { text-align:center; }
        .similar-box { border-left:4px solid var(--amber); padding:0 12px; margin-bottom:14px; }
        .similar-box:empty { display:none; }
        .shell-bare:has(.public-page) { max-width:960px; margin-top:24px; }
        .light { white-space:nowrap; font-weight:600; } .light .dot { margin-right:2px; }
        .light-green { color:var(--green); } .light-yellow { color:var(--amber); } .light-red { color:var(--red); }
        .progress { display:inline-flex; align-items:center; gap:6px; white-space:nowrap; }
        .progress meter { width:60px; }
        progress { width:100%; max-width:480px; height:1.2rem; }
        tr.area-row td { background:var(--bg); font-weight:700; }
        td.sub-task { padding-left:28px; }
        .history { list-style:none; padding:0; border-left:3px solid var(--line); }
        .history li { padding:4px 12px; } .history time { color:var(--muted); margin-right:8px; }
        .report { border:1px solid var(--line); padding:8px 12px; margin-bottom:12px; }
        .report header { display:flex; gap:12px; flex-wrap:wrap; align-items:center; color:var(--muted); }
        .chart text { font-size:12px; fill:var(--ink); } .chart text.on-bar { fill:#fff; }
        .chart .grid-line { stroke:var(--line); } .chart .series-line { fill:none; stroke:#0b5cad; stroke-width:2; }
        .chart .series-point { fill:#0b5cad; } .chart-figure { margin:16px 0 8px; max-width:760px; }
        .print-title { text-align:center; }
        /* The cleaned text above, the draft under it at the full width: titles read whole. */
        .import-text { max-height:45vh; overflow:auto; border:1px solid var(--line); padding:8px 16px; line-height:1.9; margin-bottom:24px; }
        .import-draft table input[type=text] { width:100%; min-width:8em; } .import-draft table textarea { width:100%; min-width:18em; }
        .import-draft .matched { display:block; font-size:.85rem; color:var(--amber); }
        mark { padding:0 2px; border-radius:2px; }
        .hl-person { background:#fff3c4; } .hl-document { background:#d9ecff; } .hl-requirement { background:#e3f4e0; }
        .hl-meeting { background:#f5dcf2; }
        .document-body p { text-indent:2em; margin:0 0 8px; }
        .month-nav { display:flex; gap:16px; align-items:center; } .month-nav h2 { margin:0; }
        table.calendar { width:100%; border-collapse:collapse; table-layout:fixed; margin:8px 0 24px; }
        table.calendar th, table.calendar td { border:1px solid var(--line); vertical-align:top; padding:4px 6px; }
        table.calendar td { height:6.5em; } table.calendar th { background:var(--bg); }
        table.calendar td.today { outline:3px solid var(--accent); outline-offset:-3px; } table.calendar td.blank { background:var(--bg); }
        table.calendar ul { list-style:none; margin:2px 0 0; padding:0; font-size:.85rem; } table.calendar li { margin:0 0 4px; }
        .day-number { font-weight:600; color:var(--muted); }
        @media print { .print-title { font-weight:900; } .table-wrap { font-size:10.5pt; } .progress meter { display:none; } }
        .nowrap, .pill { white-space:nowrap; }
        @media screen and (max-width:768px) {
          .shell { display:block; }
          .nav-toggle { display:block; }
          .nav-toggle-label { display:block; padding:8px 16px; background:var(--bg); border-bottom:1px solid var(--line); cursor:pointer; }
          .sidenav { display:none; }
          .nav-toggle:checked ~ .sidenav { display:block; }
          .topbar { flex-wrap:wrap; gap:8px; }
          main { padding:12px; }
          .page-head { flex-wrap:wrap; }
          /* Lists become cards: one row a card, each cell under its column's name. */
          .table-wrap { overflow:visible; max-height:none; border:0; }
          table.data thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
          table.data, table.data tbody, table.data tr, table.data td { display:block; width:auto; }
          table.data tr { border:1px solid var(--line); border-radius:6px; margin:0 0 10px; padding:6px 12px; }
          table.data td { border:0; padding:3px 0; display:flex; gap:12px; text-align:left; }
          table.data td[data-label]::before { content:attr(data-label); color:var(--muted); flex:0 0 5.5em; } table.data td:empty { display:none; }
          table.data tr.area-row td { font-weight:600; }
          .picker-list { max-height:40vh; }
          table.calendar, table.calendar tbody, table.calendar tr, table.calendar td { display:block; height:auto; }
          table.calendar thead, table.calendar td.blank, table.calendar td.quiet { display:none; }
          .filters-toggle { margin:0 0 12px; min-height:44px; padding:0 20px; } form.filters[hidden] { display:none; }
          main button, main .button, main input, main select, main textarea { min-height:44px; font-size:16px; }
        }
        @media print {
          @page { size:A4; margin:15mm 12mm; @bottom-center { content:"第 " counter(page) " 页 共 " counter(pages) " 页"; font-size:10pt; } }
          @page wide { size:A4 landscape; }
          main.print-landscape { page:wide; }
          main:has(.print-title) .page-head, main:has(.print-title) .count, .no-print, .exports { display:none !important; }
          table.data tr { break-inside:avoid; } table.data th, table.data td.nowrap, .pill, .light { white-space:nowrap; }
          body { font-family:"FangSong","仿宋","Noto Serif CJK SC",serif; }
          .topbar, .sidenav, .nav-toggle-label, .crumbs, .button, button, .filters, .pagination, form, .skip-link { display:none !important; }
          .shell { display:block; } main { padding:0; }
          .table-wrap { max-height:none; overflow:visible; border:0; }
          table.data thead { display:table-header-group; }
          table.data th, table.data td { border:1px solid #000; }
          /* A chart shares its page with the heading above it instead of taking a page alone. */
          .chart-figure { break-inside:avoid; } .chart-figure svg { max-height:95mm; width:auto; max-width:100%; }
          a { color:inherit; text-decoration:none; }
        }
        """#
}
