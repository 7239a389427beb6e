// The rule editor: turns the plain text box into a code editor (line numbers, colours for DRL and YAML, the lines
// the check found wrong marked in the gutter) and shows a decision table (CSV) as a table. The form still sends the
// text box, so the page works the same without script.
(function () {
  var textarea = document.querySelector('textarea.code#content');
  if (!textarea) { return; }
  var form = textarea.form;
  var pathField = form && form.querySelector('[name=path]:not([type=hidden])') || form && form.querySelector('[name=path]');
  var path = pathField ? pathField.value : '';
  var self = document.currentScript ? document.currentScript.src : '/js/rule-editor.js';
  var base = self.replace(/js\/rule-editor\.js.*$/, '');

  function modeFor(name) {
    if (/\.drl$/i.test(name)) { return 'text/x-java'; }
    if (/\.ya?ml$/i.test(name)) { return 'text/x-yaml'; }
    return 'text/plain';
  }

  function errorLines() {
    var lines = [];
    document.querySelectorAll('#highlighted .error-line').forEach(function (line) {
      var number = parseInt((line.id || '').replace('line-', ''), 10);
      if (number > 0) { lines.push(number); }
    });
    return lines;
  }

  // RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
  function parseCsv(text) {
    var rows = [], row = [], field = '', quoted = false, line = 1, rowLine = 1;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') { quoted = false; }
        else { if (c === '\n') { line++; } field += c; }
      } else if (c === '"') { quoted = true; }
      else if (c === ',') { row.push(field); field = ''; }
      else if (c === '\n') { row.push(field); rows.push({ line: rowLine, cells: row }); row = []; field = ''; line++; rowLine = line; }
      else if (c !== '\r') { field += c; }
    }
    if (field !== '' || row.length) { row.push(field); rows.push({ line: rowLine, cells: row }); }
    return rows;
  }

  function showCsvAsTable() {
    var pre = document.getElementById('highlighted');
    if (!pre || !/\.csv$/i.test(path)) { return; }
    var rows = parseCsv(textarea.value);
    var wrong = errorLines();
    var box = document.createElement('div');
    box.className = 'table-scroll';
    box.id = 'decision-table';
    box.tabIndex = 0;
    var table = document.createElement('table');
    table.className = 'csv-table';
    var body = document.createElement('tbody');
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      var number = document.createElement('th');
      number.scope = 'row';
      number.textContent = String(row.line);
      tr.appendChild(number);
      if (wrong.indexOf(row.line) >= 0) { tr.className = 'error-line'; }
      row.cells.forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = cell;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    pre.parentNode.insertBefore(box, pre);
    pre.hidden = true;
    // The links from the check's problems still lead to their line: the table row now carries the anchor.
    pre.querySelectorAll('[id^=line-]').forEach(function (line) {
      var match = [].find.call(body.rows, function (tr) { return 'line-' + tr.cells[0].textContent === line.id; });
      line.removeAttribute('id');
      if (match) { match.id = 'line-' + match.cells[0].textContent; }
    });
  }

  function load(urls, done) {
    if (!urls.length) { done(); return; }
    var script = document.createElement('script');
    script.src = urls[0];
    script.onload = function () { load(urls.slice(1), done); };
    document.head.appendChild(script);
  }

  function startEditor() {
    if (!window.CodeMirror) { return; }
    var label = document.querySelector('label[for=content]');
    var editor = CodeMirror.fromTextArea(textarea, {
      mode: modeFor(path),
      lineNumbers: true,
      lineWrapping: true,
      // Typing goes into an editable area inside the scroll box: screen readers read it, keyboards reach it.
      inputStyle: 'contenteditable',
      indentUnit: 4,
      viewportMargin: Infinity,
      gutters: ['CodeMirror-linenumbers', 'problems'],
      screenReaderLabel: label ? label.textContent.trim() : null
    });
    // The editor now shows the colours and the marked lines; the read-only copy below is only kept for tables.
    var copy = document.getElementById('highlighted');
    if (copy && !/\.csv$/i.test(path) && copy.parentNode) { copy.parentNode.hidden = true; }
    errorLines().forEach(function (number) {
      if (number > editor.lineCount()) { return; }
      var mark = document.createElement('span');
      mark.className = 'gutter-error';
      mark.textContent = '!';
      mark.setAttribute('aria-hidden', 'true');
      editor.setGutterMarker(number - 1, 'problems', mark);
      editor.addLineClass(number - 1, 'wrap', 'cm-error-line');
    });
    // A link to a line of the problem list moves the editor there too.
    document.querySelectorAll('#check-results a[href^="#line-"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var number = parseInt(link.getAttribute('href').replace('#line-', ''), 10);
        if (number > 0 && number <= editor.lineCount()) {
          event.preventDefault();
          editor.focus();
          editor.setCursor({ line: number - 1, ch: 0 });
          window.scrollTo(0, editor.charCoords({ line: number - 1, ch: 0 }, 'page').top - 80);
        }
      });
    });
    if (label) {
      label.addEventListener('click', function () { editor.focus(); });
    }
    if (pathField && pathField.type !== 'hidden') {
      pathField.addEventListener('input', function () { editor.setOption('mode', modeFor(pathField.value)); });
    }
    form.addEventListener('submit', function () { editor.save(); });
  }

  showCsvAsTable();
  var webjars = base + 'webjars/codemirror/';
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = webjars + 'lib/codemirror.css';
  document.head.appendChild(css);
  load([webjars + 'lib/codemirror.js', webjars + 'mode/clike/clike.js', webjars + 'mode/yaml/yaml.js'], startEditor);
})();
