// Draws the survey result charts: one horizontal bar per option, stacked by respondent group. The data sit in each
// canvas's data-chart attribute (the CSP allows no inline script); the table beside each chart holds the same numbers.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") {
    return;
  }
  var palette = ["#1f5f8b", "#e07b39", "#4e9a6f", "#a05195", "#c9a227", "#6b7a8f"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    data.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = palette[i % palette.length];
    });
    canvas.parentNode.style.height = (4 + data.labels.length * 2.4) + "rem";
    new Chart(canvas, {
      type: "bar",
      data: data,
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  });
});
