// Shows the description and approved alternatives of the standard chosen in the request form.
(function () {
  var select = document.getElementById('standardKey');
  if (!select) { return; }
  function show() {
    document.querySelectorAll('.standard-info').forEach(function (card) {
      card.style.display = card.getAttribute('data-standard') === select.value ? '' : 'none';
    });
  }
  select.addEventListener('change', show);
  show();
})();
