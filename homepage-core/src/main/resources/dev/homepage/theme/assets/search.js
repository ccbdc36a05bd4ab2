// The search page: searches the site's index (loaded once, on this page only) with Fuse.js as the reader types,
// and keeps the query in the address (?q=...), so that a search can be linked and survives a reload. Without
// scripts the page lists everything on the site instead.
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form || !window.Fuse || !window.fetch) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.querySelector('.search-status');
  var results = document.querySelector('.search-results');
  var everything = document.querySelector('.search-all');
  var MAX_RESULTS = 50;
  var SNIPPET = 180;
  var fuse = null;
  var pending = 0;

  input.value = new URLSearchParams(window.location.search).get('q') || '';
  if (input.value) {
    everything.hidden = true;
  }

  // Fuse's extended search reads characters such as ! ^ = ' $ | as operators: a reader's query is words.
  function words(query) {
    return query.split(/[\s|]+/).map(function (word) {
      return word.replace(/^[=!^']+/, '').replace(/\$+$/, '');
    }).filter(function (word) {
      return word.length > 0;
    });
  }

  // Where a word of a text starts with a word of the query: "ode" finds "ODEs", not "model".
  function wordStarts(terms) {
    var pattern = terms.map(function (term) {
      return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|');
    return new RegExp('(?<![\\p{L}\\p{N}])(?:' + pattern + ')', 'giu');
  }

  function appendHighlighted(parent, text, terms) {
    var expression = wordStarts(terms);
    var position = 0;
    var match;
    while ((match = expression.exec(text)) !== null && match[0].length > 0) {
      parent.appendChild(document.createTextNode(text.slice(position, match.index)));
      var mark = document.createElement('mark');
      mark.textContent = match[0];
      parent.appendChild(mark);
      position = match.index + match[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(position)));
  }

  // Some text around the first word of the entry that starts with a word of the query, else its beginning.
  function snippetOf(entry, terms) {
    var text = entry.text || [entry.authors, entry.venue].filter(Boolean).join(' · ');
    var match = wordStarts(terms).exec(text);
    var at = match ? match.index : -1;
    var start = at < SNIPPET / 3 ? 0 : text.lastIndexOf(' ', at - SNIPPET / 3) + 1;
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      end = Math.max(text.lastIndexOf(' ', end), at + 1);
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function show(query) {
    var terms = words(query);
    results.textContent = '';
    if (terms.length === 0) {
      results.hidden = true;
      everything.hidden = false;
      status.textContent = '';
      return;
    }
    var found = fuse.search(terms.join(' '), { limit: MAX_RESULTS });
    found.forEach(function (result) {
      var entry = result.item;
      var item = document.createElement('li');
      item.className = 'search-result';
      var kind = document.createElement('p');
      kind.className = 'search-result-kind';
      kind.textContent = entry.kind + (entry.date ? ' · ' + entry.date : '');
      var title = document.createElement('h2');
      title.className = 'search-result-title';
      var link = document.createElement('a');
      link.href = entry.url;
      appendHighlighted(link, entry.title, terms);
      title.appendChild(link);
      var snippet = document.createElement('p');
      snippet.className = 'search-result-snippet';
      appendHighlighted(snippet, snippetOf(entry, terms), terms);
      item.append(kind, title, snippet);
      results.appendChild(item);
    });
    results.hidden = found.length === 0;
    everything.hidden = true;
    status.textContent = found.length === 0 ? 'Nothing found for “' + query.trim() + '”.'
      : (found.length === MAX_RESULTS ? 'The first ' + MAX_RESULTS : found.length) + ' result'
        + (found.length === 1 ? '' : 's') + ' for “' + query.trim() + '”.';
  }

  function update() {
    var query = input.value;
    var address = new URL(window.location.href);
    if (query.trim()) {
      address.searchParams.set('q', query);
    } else {
      address.searchParams.delete('q');
    }
    window.history.replaceState(null, '', address);
    if (fuse) {
      show(query);
    }
  }

  input.addEventListener('input', function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(update, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });

  status.textContent = input.value.trim() ? 'Searching…' : '';
  fetch(form.dataset.index).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }).then(function (index) {
    var entries = index.entries.map(function (row) {
      var entry = {};
      index.fields.forEach(function (field, i) {
        entry[field] = row[i];
      });
      entry.kind = index.kinds[entry.kind];
      return entry;
    });
    fuse = new window.Fuse(entries, {
      keys: [
        { name: 'title', weight: 3 },
        { name: 'authors', weight: 2 },
        { name: 'venue', weight: 1 },
        { name: 'kind', weight: 1 },
        { name: 'text', weight: 1 }
      ],
      useExtendedSearch: true,
      ignoreLocation: true,
      threshold: 0.3,
      minMatchCharLength: 2
    });
    show(input.value);
  }).catch(function () {
    everything.hidden = false;
    status.textContent = 'The search could not load its index: the list below holds every page.';
  });
})();
