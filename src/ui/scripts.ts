/**
 * The one script of the pages, a progressive enhancement (every form works without it): the live
 * character count of long text fields (TextArea with a maxlength; the server keeps the limit).
 */
export const FORMS_JS = `"use strict";
(() => {
  const fmt = new Intl.NumberFormat("vi-VN");
  for (const t of document.querySelectorAll("textarea[data-max]")) {
    const out = document.getElementById(t.id + "-count");
    const max = Number(t.dataset.max);
    if (!out || !max) continue;
    const show = () => {
      const n = t.value.length;
      out.textContent = fmt.format(n) + "/" + fmt.format(max) + " ký tự" + (n > max ? ": quá " + fmt.format(n - max) + " ký tự" : "");
      out.classList.toggle("over", n > max);
    };
    t.addEventListener("input", show);
  }
})();
`;
