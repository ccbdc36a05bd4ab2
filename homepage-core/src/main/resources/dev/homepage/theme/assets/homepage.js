// On small screens the main navigation folds behind a menu button, and the author profile behind one button after
// the photo and name, so that the page's own text starts near the top. Without this script the buttons stay
// hidden: the navigation wraps and the profile shows whole.
(function () {
  'use strict';

  // Shows the button, marks the container "<name>-collapsible" (the CSS folds it) and opens and closes it
  // ("<name>-open"); returns the function that does so.
  function foldBehind(container, toggle, name) {
    function setOpen(open) {
      container.classList.toggle(name + '-open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    container.classList.add(name + '-collapsible');
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      setOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });
    return setOpen;
  }

  var masthead = document.querySelector('.masthead');
  var menu = masthead && masthead.querySelector('.nav-toggle');
  if (menu) {
    var setMenuOpen = foldBehind(masthead, menu, 'nav');
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && masthead.classList.contains('nav-open')) {
        setMenuOpen(false);
        menu.focus();
      }
    });
  }

  var profile = document.querySelector('.author-profile');
  var more = profile && profile.querySelector('.profile-toggle');
  if (more) {
    foldBehind(profile, more, 'profile');
  }
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

// "/" focuses the search box, as on many sites, unless the reader is typing; where the masthead shows no field (on
// phones) it opens the search page.
(function () {
  'use strict';
  var field = document.querySelector('.masthead-search input, .search-form input');
  if (!field) {
    return;
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented
        || target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
      return;
    }
    event.preventDefault();
    if (field.offsetParent !== null) {
      field.focus();
      field.select();
    } else {
      window.location.href = field.form.action;
    }
  });
})();

// The publication list's filters: year, type, topic and first authorship. The choice shows only the papers that
// match it (their year or category headings too) and stays in the address (?type=conference&year=2024), so that a
// filtered list can be linked; without this script the filters stay hidden and every paper shows.
(function () {
  'use strict';
  var form = document.querySelector('.paper-filters');
  if (!form) {
    return;
  }
  var NAMES = ['year', 'type', 'topic', 'first-author'];
  var papers = Array.prototype.slice.call(document.querySelectorAll('main .paper'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('main .year-group'));
  var count = form.querySelector('.paper-filters-count');

  function control(name) {
    return form.elements[name];
  }

  function value(name) {
    var field = control(name);
    if (!field) {
      return '';
    }
    return field.type === 'checkbox' ? (field.checked ? field.value : '') : field.value;
  }

  function matches(paper) {
    var topic = value('topic');
    return (!value('year') || paper.dataset.year === value('year'))
      && (!value('type') || paper.dataset.type === value('type'))
      && (!topic || (paper.dataset.topics || '').split('|').indexOf(topic) >= 0)
      && (!value('first-author') || paper.dataset.firstAuthor === 'true');
  }

  function apply(remember) {
    var shown = 0;
    papers.forEach(function (paper) {
      paper.hidden = !matches(paper);
      shown += paper.hidden ? 0 : 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('.paper:not([hidden])');
    });
    count.textContent = shown === papers.length ? '' : shown === 0 ? 'No papers match these filters.'
      : 'Showing ' + shown + ' of ' + papers.length + ' papers.';
    if (remember) {
      var address = new URL(window.location.href);
      NAMES.forEach(function (name) {
        if (value(name)) {
          address.searchParams.set(name, value(name));
        } else {
          address.searchParams.delete(name);
        }
      });
      window.history.replaceState(null, '', address);
    }
  }

  var asked = new URLSearchParams(window.location.search);
  NAMES.forEach(function (name) {
    var field = control(name);
    if (field && asked.has(name)) {
      if (field.type === 'checkbox') {
        field.checked = asked.get(name) === field.value;
      } else {
        field.value = asked.get(name);
      }
    }
  });
  form.addEventListener('change', function () {
    apply(true);
  });
  form.addEventListener('reset', function () {
    // The fields take their first values only after this event.
    window.setTimeout(function () {
      apply(true);
    }, 0);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  apply(false);
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
