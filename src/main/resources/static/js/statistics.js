// Draws the statistics charts with Chart.js (served by Komar). Each canvas carries its data in data-chart (the
// Content-Security-Policy allows no inline script): labels, values, what the values are, and whether the bars
// should lie flat because there are many of them. The tables beside the charts hold the same numbers.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof Chart === "undefined") {
    return;
  }
  var font = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = font;
  Chart.defaults.animation = false;
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-chart"));
    if (!data.labels.length) {
      canvas.parentNode.classList.add("empty");
      return;
    }
    if (data.horizontal) {
      canvas.parentNode.style.height = (3 + data.labels.length * 1.6) + "rem";
    }
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [{ label: data.label, data: data.values, backgroundColor: "#1f5f8b", borderRadius: 3 }]
      },
      options: {
        indexAxis: data.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
  });
});
