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

// The theme toggle: the page follows the system's light or dark scheme until the reader picks one, which is
// remembered (the inline script in <head> applies it on every page before the first paint).
(function () {
  'use strict';
  var toggle = document.querySelector('.theme-toggle');
  if (!toggle) {
    return;
  }
  var root = document.documentElement;
  var systemDark = window.matchMedia('(prefers-color-scheme: dark)');

  function current() {
    return root.dataset.theme || (systemDark.matches ? 'dark' : 'light');
  }

  function describe() {
    var dark = current() === 'dark';
    toggle.setAttribute('aria-pressed', dark ? 'true' : 'false');
    toggle.setAttribute('aria-label', dark ? 'Switch to light theme' : 'Switch to dark theme');
    toggle.title = toggle.getAttribute('aria-label');
  }

  toggle.hidden = false;
  describe();
  toggle.addEventListener('click', function () {
    var next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('homepage-theme', next);
    } catch (e) {
      // Storage may be off (private windows): the choice then lasts for this page only.
    }
    describe();
  });
  systemDark.addEventListener('change', describe);
})();
