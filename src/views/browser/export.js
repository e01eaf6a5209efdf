// Browser-only steps of exporting a chart: file downloads, SVG to PNG through
// a canvas, and the clipboard. Called from Rust (views/export.rs), which
// tells the reader what failed in their language: a failure of ours is
// named by a code (its `name`), and the browser's own keep theirs.

const failure = (code) => Object.assign(new Error(code), { name: code });

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

export function download_text(text, mime, name) {
  save(new Blob([text], { type: mime }), name);
}

async function svg_to_png(svg, width, height, scale) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(failure('svg-not-drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(failure('png-not-encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function download_png(svg, width, height, scale, name) {
  save(await svg_to_png(svg, width, height, scale), name);
}

export async function copy_png(svg, width, height, scale) {
  if (!navigator.clipboard || typeof ClipboardItem === 'undefined') {
    throw failure('no-image-clipboard');
  }
  const blob = await svg_to_png(svg, width, height, scale);
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
}

export async function copy_text(text) {
  if (!navigator.clipboard) throw failure('no-clipboard');
  await navigator.clipboard.writeText(text);
}
