import { describe, expect, it } from "vitest";
import { endpointUrlProblem } from "./url-safety";

describe("webhook URL safety", () => {
  it("a deployed Worker accepts public https hosts and addresses only", () => {
    for (const ok of [
      "https://nhan.example.vn/webhooks",
      "https://203.113.1.10/hook",
      "https://[2001:db8::1]/hook",
      "https://example.com:8443/a?b=c",
    ])
      expect(endpointUrlProblem(ok, false), ok).toBeNull();
  });

  it("refuses http, credentials, private, loopback, link-local and local names (IPv4 and IPv6)", () => {
    for (const bad of [
      "http://nhan.example.vn/webhooks",
      "ftp://example.com/x",
      "https://user:pass@example.com/",
      "https://localhost/x",
      "https://api.localhost/x",
      "https://printer.local/x",
      "https://intranet/x",
      "https://127.0.0.1/x",
      "https://2130706433/x",
      "https://10.1.2.3/x",
      "https://172.20.0.1/x",
      "https://192.168.1.1/x",
      "https://169.254.169.254/latest/meta-data",
      "https://100.64.0.1/x",
      "https://0.0.0.0/x",
      "https://224.0.0.1/x",
      "https://[::1]/x",
      "https://[::]/x",
      "https://[fe80::1]/x",
      "https://[fd00::1]/x",
      "https://[::ffff:127.0.0.1]/x",
      "https://[::ffff:10.0.0.1]/x",
      "not a url",
    ])
      expect(endpointUrlProblem(bad, false), bad).not.toBeNull();
  });

  it("a local run (npm start) also allows http://127.0.0.1 and http://localhost, nothing else over http", () => {
    expect(endpointUrlProblem("http://127.0.0.1:8788/hook", true)).toBeNull();
    expect(endpointUrlProblem("http://localhost:3000/hook", true)).toBeNull();
    expect(endpointUrlProblem("http://127.0.0.1:8788/hook", false)).not.toBeNull();
    expect(endpointUrlProblem("http://10.0.0.2/hook", true)).not.toBeNull();
    expect(endpointUrlProblem("http://example.com/hook", true)).not.toBeNull();
  });
});
