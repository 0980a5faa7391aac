// Komar's only script besides htmx: sends the CSRF token with every htmx request, confirms destructive actions and
// checks the size of a file before it is uploaded.
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
// A file larger than its input's data-max-bytes is refused before it is sent, with the input's own message.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (input.type === "file" && input.dataset && input.dataset.maxBytes) {
    var file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : "");
    input.reportValidity();
  }
});
