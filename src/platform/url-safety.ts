// Where the Worker may send to (webhooks, Web Push endpoints). A deployed Worker sends only to public
// https hosts: no private, loopback, link-local or multicast address literal (IPv4 or IPv6), no obviously
// local name. `npm start` also allows http://127.0.0.1 and http://localhost so a developer can run a
// receiver. A public name that resolves to a private address cannot be caught here (Workers resolve no
// DNS); Cloudflare's fetch cannot reach private networks either.

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)$/;

function ipv4Private(host: string): boolean | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

function ipv6Private(host: string): boolean | null {
  if (!host.startsWith("[")) return null;
  const h = host.slice(1, -1).toLowerCase();
  if (h === "::" || h === "::1") return true;
  // IPv4-mapped (::ffff:a.b.c.d, which URL writes as ::ffff:xxxx:xxxx): judge the IPv4 inside.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = Number.parseInt(mapped[1]!, 16);
    const lo = Number.parseInt(mapped[2]!, 16);
    return ipv4Private(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  const first = Number.parseInt(h.split(":")[0] || "0", 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** Why `raw` cannot receive `what` (a Vietnamese message), or null when it can. */
export function endpointUrlProblem(raw: string, local: boolean, what = "webhook"): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Địa chỉ không hợp lệ: cần dạng https://ten-mien/duong-dan.";
  }
  if (url.username || url.password) return "Địa chỉ không được chứa tên đăng nhập hay mật khẩu.";
  const host = url.hostname.toLowerCase();
  if (local && url.protocol === "http:" && (host === "127.0.0.1" || host === "localhost")) return null;
  if (url.protocol !== "https:") return `Chỉ gửi ${what} tới địa chỉ https://.`;
  if (LOCAL_NAMES.test(host) || !(host.includes(".") || host.startsWith("[")))
    return `Không gửi ${what} tới tên máy nội bộ; hãy dùng tên miền công khai.`;
  if (ipv4Private(host) ?? ipv6Private(host) ?? false)
    return `Không gửi ${what} tới địa chỉ nội bộ, loopback hay link-local.`;
  return null;
}
