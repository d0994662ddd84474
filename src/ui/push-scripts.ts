// The Web Push scripts (ADR 017), both progressive: the pages work without
// them. PUSH_PAGE_JS (/static/push.js) shows the opt-in button when the browser can take Web Push,
// subscribes with the VAPID key the page carries and registers the subscription with the API;
// SERVICE_WORKER_JS (/sw.js, scope "/") shows what arrives and opens its page when tapped.

export const PUSH_PAGE_JS = `(() => {
  "use strict";
  const box = document.querySelector("[data-push-key]");
  const can = window.isSecureContext && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (!box || !can) return;
  const on = box.querySelector("[data-push-on]");
  const off = box.querySelector("[data-push-off]");
  const status = box.querySelector("[data-push-status]");
  const needs = document.querySelector("[data-push-needs]");
  const API = "/api/v1/push/subscriptions";
  const say = (text) => { status.textContent = text; };
  const show = (subscribed) => { on.hidden = subscribed; off.hidden = !subscribed; };
  const keyBytes = (s) => {
    const b = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
    return Uint8Array.from(b, (ch) => ch.charCodeAt(0));
  };
  const label = () => {
    const ua = navigator.userAgent;
    return /iPhone|iPad/.test(ua) ? "iPhone/iPad" : /Android/.test(ua) ? "Điện thoại Android" : "Máy tính";
  };
  const problem = async (res) => {
    const p = await res.json().catch(() => ({}));
    return (p.errors && Object.values(p.errors)[0]) || p.detail || "Không đăng ký được thiết bị. Vui lòng thử lại.";
  };
  box.hidden = false;
  if (needs) needs.hidden = true;
  const ready = navigator.serviceWorker.register("/sw.js").then(() => navigator.serviceWorker.ready);
  ready
    .then((reg) => reg.pushManager.getSubscription())
    .then((sub) => {
      show(!!sub);
      if (sub) say("Thiết bị này đang nhận thông báo.");
    })
    .catch(() => say("Trình duyệt này chưa nhận được thông báo đẩy."));
  // A button runs its step once at a time; a failure is said in the status line.
  const step = (button, failure, run) =>
    button.addEventListener("click", () => {
      button.disabled = true;
      run()
        .catch((e) => say(failure + ((e && e.message) || e)))
        .finally(() => { button.disabled = false; });
    });
  step(on, "Trình duyệt không đăng ký được thông báo: ", async () => {
    if ((await Notification.requestPermission()) !== "granted") {
      return say("Đồng chí chưa cho phép trình duyệt hiện thông báo. Hãy cho phép trong cài đặt của trang rồi thử lại.");
    }
    const reg = await ready;
    const sub =
      (await reg.pushManager.getSubscription()) ||
      (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(box.dataset.pushKey) }));
    const res = await fetch(API, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...sub.toJSON(), label: label() }),
    });
    if (!res.ok) return say(await problem(res));
    localStorage.setItem("push-device", (await res.json()).id);
    show(true);
    say("Đã bật: thiết bị này sẽ nhận nhắc nhở và thông báo.");
  });
  step(off, "Không tắt được: ", async () => {
    const sub = await (await ready).pushManager.getSubscription();
    const id = localStorage.getItem("push-device");
    if (id) await fetch(API + "/" + encodeURIComponent(id), { method: "DELETE", credentials: "same-origin" });
    if (sub) await sub.unsubscribe();
    localStorage.removeItem("push-device");
    show(false);
    say("Đã tắt thông báo trên thiết bị này.");
  });
})();
`;

export const SERVICE_WORKER_JS = `"use strict";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (e) {
    data = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Gương mẫu", {
      body: data.body || "",
      lang: "vi",
      icon: "/static/favicon.svg",
      data: { url: data.url || "/" },
    }),
  );
});
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((list) => {
      for (const client of list) if (client.url === url.href && "focus" in client) return client.focus();
      return self.clients.openWindow(url.href);
    }),
  );
});
`;
