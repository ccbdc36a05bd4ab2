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

// On a phone the author profile shows the photo and name, and folds the rest (bio, details, links) behind one
// button, so that the page's own text starts near the top. Without this script, or on wider screens, it all shows.
(function () {
  'use strict';
  var profile = document.querySelector('.author-profile');
  var toggle = profile && profile.querySelector('.profile-toggle');
  if (!toggle) {
    return;
  }
  profile.classList.add('profile-collapsible');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    profile.classList.toggle('profile-open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
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

// Math and code, on the pages whose head loads KaTeX or highlight.js (deferred scripts run in order, before this).
(function () {
  'use strict';
  var body = document.querySelector('.page-body') || document.body;

  // kramdown writes all math between $$: a paragraph of its own is display math, anything else is inline.
  function markInlineMath(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) {
      texts.push(walker.currentNode);
    }
    texts.forEach(function (text) {
      var parent = text.parentElement;
      if (text.nodeValue.indexOf('$$') < 0 || parent.closest('pre, code, script, style')) {
        return;
      }
      var whole = parent.textContent.trim();
      var display = whole.indexOf('$$') === 0 && whole.indexOf('$$', 2) === whole.length - 2;
      if (!display) {
        text.nodeValue = text.nodeValue.replace(/\$\$([^$]+?)\$\$/g, '\\($1\\)');
      }
    });
  }

  if (window.renderMathInElement) {
    markInlineMath(body);
    window.renderMathInElement(body, {
      delimiters: [
        { left: '$$', right: '$$', display: true },
        { left: '\\[', right: '\\]', display: true },
        { left: '\\(', right: '\\)', display: false }
      ],
      throwOnError: false
    });
  }
  if (window.hljs) {
    body.querySelectorAll('pre code[class*="language-"]').forEach(function (block) {
      window.hljs.highlightElement(block);
    });
  }
})();
