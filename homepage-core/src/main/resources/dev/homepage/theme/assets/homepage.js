// Collapses the main navigation behind a toggle button on small screens. Without this script the
// button stays hidden and the navigation simply wraps.
(function () {
  'use strict';
  var masthead = document.querySelector('.masthead');
  var toggle = masthead && masthead.querySelector('.nav-toggle');
  if (!toggle) {
    return;
  }

  function setOpen(open) {
    masthead.classList.toggle('nav-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  masthead.classList.add('nav-collapsible');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    setOpen(toggle.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && masthead.classList.contains('nav-open')) {
      setOpen(false);
      toggle.focus();
    }
  });
})();
