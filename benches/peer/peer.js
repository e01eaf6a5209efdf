// Draws the deliveries-by-quarter series of the dashboard's dataset with
// Chart.js, and marks when the chart can answer a tap (`chart-interactive`:
// Chart.js binds its events as it creates the chart) and when it was first
// painted (`chart-painted`, the frame after). No animation, as ours has none.
fetch('data/dataset.json')
  .then((response) => response.json())
  .then((dataset) => {
    const series = dataset.series.find((s) => s.id === 'xiaomi-deliveries-quarter');
    const values = series.values.filter((v) => v.kind === 'actual');
    // eslint-disable-next-line no-undef
    new Chart(document.getElementById('chart'), {
      type: 'bar',
      data: {
        labels: values.map((v) => v.period.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1')),
        datasets: [{ label: 'Deliveries', data: values.map((v) => v.value), backgroundColor: '#c2410c' }],
      },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } },
    });
    performance.mark('chart-interactive');
    requestAnimationFrame(() => setTimeout(() => performance.mark('chart-painted')));
  });
