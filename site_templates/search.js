// The search page's only script: load Pagefind's UI from the site's own pagefind/ bundle and
// run the query from ?q= (the masthead's search form). Nothing else on the site runs script.
(function () {
  "use strict";
  function start() {
    var box = document.getElementById("search");
    var fallback = document.getElementById("search-nojs");
    if (!box) return;
    var root = new URL(box.getAttribute("data-root") || "./", document.baseURI);
    var bundle = new URL("pagefind/", root);
    function unavailable() {
      if (fallback) {
        fallback.hidden = false;
        var p = document.createElement("p");
        p.textContent = "The search index of this site has not been built.";
        fallback.insertBefore(p, fallback.firstChild);
      }
    }
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = new URL("pagefind-ui.css", bundle).href;
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = new URL("pagefind-ui.js", bundle).href;
    script.onerror = unavailable;
    script.onload = function () {
      if (fallback) fallback.hidden = true;
      var ui = new window.PagefindUI({
        element: "#search",
        bundlePath: bundle.pathname,
        baseUrl: root.pathname,
        showImages: false,
        resetStyles: false,
      });
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) ui.triggerSearch(q);
    };
    document.head.appendChild(script);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
