/**
 * The 「嵌入」 button: copy the snippet (the hidden box after it), say so, and show it when
 * copying is refused. Fetched on the first press (charts/chart-loader.ts).
 */
export async function copyEmbed(button: HTMLButtonElement) {
  const status = button.nextElementSibling as HTMLElement | null;
  const box = status?.nextElementSibling as HTMLTextAreaElement | null;
  // Without the site's address the snippet is root-relative: made whole with the page's own.
  if (box) box.value = box.value.replace('<iframe src="/', `<iframe src="${location.origin}/`);
  const snippet = box?.value ?? '';
  if (status) status.textContent = '';
  try {
    await navigator.clipboard.writeText(snippet);
    if (status) status.textContent = '已复制嵌入代码，粘贴到网页的 HTML 中即可。';
  } catch {
    if (box) {
      box.hidden = false;
      box.focus();
      box.select();
    }
    if (status) status.textContent = '无法自动复制，请复制下面选中的嵌入代码。';
  }
}
