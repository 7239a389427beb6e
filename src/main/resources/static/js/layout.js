// Every page: the menu button on narrow screens, labels for table cells shown as stacked rows on a phone,
// and focus on the first mistake after a form came back.
// Each part only improves a page that already works without script.
(function () {
  var toggle = document.getElementById('menu-toggle');
  var menu = document.getElementById('menu');
  if (toggle && menu) {
    document.documentElement.classList.add('has-menu-toggle');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('open', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        toggle.setAttribute('aria-expanded', 'false');
        menu.classList.remove('open');
        toggle.focus();
      }
    });
  }

  // A table on a phone shows each row as a small card; each cell names its column from the table's header.
  document.querySelectorAll('main table').forEach(function (table) {
    var headers = [].map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    if (!headers.length) { return; }
    table.classList.add('stacks');
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var column = 0;
      [].forEach.call(row.children, function (cell) {
        var label = headers[column];
        if (label && !cell.hasAttribute('data-label') && !cell.hasAttribute('colspan')) {
          cell.setAttribute('data-label', label);
        }
        column += cell.colSpan || 1;
      });
    });
  });

  // Code and wide tables scroll inside their own box; a keyboard can reach and scroll them too.
  document.querySelectorAll('main pre, main .table-scroll').forEach(function (box) {
    if (!box.hasAttribute('tabindex')) { box.tabIndex = 0; }
  });

  // After a form came back with mistakes, the first mistaken field gets the focus.
  var firstError = document.querySelector('main [aria-invalid="true"]');
  if (firstError) {
    firstError.focus();
  } else if (document.querySelector('main .field-error')) {
    var error = document.querySelector('main .field-error');
    var field = error.closest('.field') && error.closest('.field').querySelector('input, select, textarea');
    if (field) { field.focus(); }
  }
})();
