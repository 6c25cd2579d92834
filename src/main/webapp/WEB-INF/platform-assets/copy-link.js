/*
 * "Copy link" in the share row: the one script of the public pages. The button is hidden in the
 * HTML and shown only here, where copying can work; without script (or without the Clipboard API)
 * the visitor keeps the other share links and the address bar. Nothing is sent anywhere.
 */
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("[data-copy-link]").forEach(function (item) {
    var button = item.querySelector("button");
    var status = item.querySelector("[role=status]");
    item.hidden = false;
    button.addEventListener("click", function () {
      // Emptied first, so that copying twice is announced twice.
      status.textContent = "";
      navigator.clipboard.writeText(button.dataset.url).then(
        function () {
          status.textContent = button.dataset.copied;
        },
        function () {
          status.textContent = button.dataset.failed + " " + button.dataset.url;
        }
      );
    });
  });
})();
