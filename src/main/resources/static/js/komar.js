// Komar's only script besides htmx: sends the CSRF token with every htmx request and confirms destructive actions.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) {
    window.print();
  }
});
