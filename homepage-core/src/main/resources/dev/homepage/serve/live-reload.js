// Live reload for the preview server. The server adds this script to the HTML it sends, never to the files it
// writes. Each build has an id; the page was served from the build named in data-homepage-build.
(() => {
  const servedBuild = document.currentScript.dataset.homepageBuild;
  const events = new EventSource("/__homepage/events");

  events.addEventListener("reload", event => {
    if (event.data !== servedBuild) {
      location.reload();
    }
  });

  events.addEventListener("error", event => {
    // EventSource also fires a plain "error" Event when the connection drops, and reconnects by itself; only the
    // server's "error" events, which are MessageEvents, carry the problems of a failed build.
    if (event instanceof MessageEvent) {
      showProblems(event.data.split("\n"));
    }
  });

  function showProblems(problems) {
    let overlay = document.getElementById("homepage-build-problems");
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "homepage-build-problems";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:70vh;overflow:auto;"
          + "padding:1em 1.5em;background:#fff4f4;color:#4a0000;border-bottom:3px solid #c00;"
          + "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
          + "box-shadow:0 4px 16px rgba(0,0,0,.25)";
      document.body.appendChild(overlay);
    }
    const heading = document.createElement("strong");
    heading.textContent = "The homepage does not build; this page is from the last build that did."
        + " Fix the files below and save.";
    const list = document.createElement("pre");
    list.style.cssText = "margin:.75em 0 0;white-space:pre-wrap";
    list.textContent = problems.join("\n");
    overlay.replaceChildren(heading, list);
  }
})();
