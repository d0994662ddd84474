// RFC 8291 encryption and RFC 8292 VAPID with WebCrypto, checked against the RFC's own example and the
// reference decoder (http_ece, which runs here under nodejs_compat).
import { describe, expect, it } from "vitest";
import { phone, verifyVapid } from "../../test/push-kit";
import {
  base64url,
  encryptPushPayload,
  fromBase64url,
  generateVapidSecrets,
  importVapidKeys,
  vapidAuthorization,
} from "./web-push";

const u8 = fromBase64url;

describe("Web Push encryption (RFC 8291, aes128gcm)", () => {
  it("reproduces the example of RFC 8291 appendix A byte for byte", async () => {
    const asPub = u8(
      "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8",
    );
    const ec = { name: "ECDH", namedCurve: "P-256" };
    const jwk = {
      kty: "EC",
      crv: "P-256",
      d: "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw",
      x: base64url(asPub.slice(1, 33)),
      y: base64url(asPub.slice(33)),
    };
    const serverKeys = {
      privateKey: await crypto.subtle.importKey("jwk", jwk, ec, false, ["deriveBits"]),
      publicKey: await crypto.subtle.importKey("raw", asPub, ec, true, []),
    };
    const out = await encryptPushPayload(
      new TextEncoder().encode("When I grow up, I want to be a watermelon"),
      u8("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
      u8("BTBZMqHH6r4Tts7J_aSIgg"),
      { salt: u8("DGv6ra1nlYgDCS1FRnbzlw"), serverKeys },
    );
    expect(base64url(out)).toBe(
      "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
    );
  });

  it("a Vietnamese payload for a fresh browser key decrypts with the reference decoder; a changed byte does not", async () => {
    const p = phone();
    const text = JSON.stringify({
      title: "Nhắc nộp kế hoạch",
      body: "Đồng chí chưa nộp kế hoạch năm 2027.",
      url: "/t/x/my-plan",
    });
    const keys = p.subscription.keys;
    const body = await encryptPushPayload(new TextEncoder().encode(text), u8(keys.p256dh), u8(keys.auth));
    expect(p.read(body)).toBe(text);
    const other = await encryptPushPayload(new TextEncoder().encode(text), u8(keys.p256dh), u8(keys.auth));
    expect(base64url(other)).not.toBe(base64url(body)); // a fresh salt and server key each time
    body[body.length - 5]! ^= 1;
    expect(() => p.read(body)).toThrow();
  });

  it("refuses what a push service would refuse: a bad key, a short secret, a payload over one record", async () => {
    const keys = phone().subscription.keys;
    const small = new Uint8Array(10);
    await expect(encryptPushPayload(small, new Uint8Array(65), u8(keys.auth))).rejects.toThrow(/P-256/);
    await expect(encryptPushPayload(small, u8(keys.p256dh), new Uint8Array(8))).rejects.toThrow(/16 bytes/);
    await expect(encryptPushPayload(new Uint8Array(4000), u8(keys.p256dh), u8(keys.auth))).rejects.toThrow(
      /too large/,
    );
  });
});

describe("VAPID (RFC 8292)", () => {
  it("signs an ES256 JWT for the push service's origin that verifies against the public key", async () => {
    const s = await generateVapidSecrets();
    const keys = await importVapidKeys(s.publicKey, s.privateKey, "mailto:quantri@tinhuy.example.vn");
    const now = Date.UTC(2026, 11, 3, 8);
    const header = await vapidAuthorization(keys, "https://fcm.googleapis.com/fcm/send/abc:def", now);
    const claims = await verifyVapid(header);
    expect(claims).toEqual({
      aud: "https://fcm.googleapis.com",
      exp: now / 1000 + 12 * 3600,
      sub: "mailto:quantri@tinhuy.example.vn",
      k: s.publicKey,
    });
    const forged = header.replace(/k=.*/, `k=${(await generateVapidSecrets()).publicKey}`);
    await expect(verifyVapid(forged)).rejects.toThrow(/does not verify/);
  });

  it("takes the private key as base64url d or as a JWK, and refuses a key of another pair or a bad subject", async () => {
    const s = await generateVapidSecrets();
    const pub = u8(s.publicKey);
    const jwk = JSON.stringify({
      kty: "EC",
      crv: "P-256",
      d: s.privateKey,
      x: base64url(pub.slice(1, 33)),
      y: base64url(pub.slice(33)),
    });
    const viaJwk = await importVapidKeys(s.publicKey, jwk, "https://tinhuy.example.vn");
    await verifyVapid(
      await vapidAuthorization(viaJwk, "https://updates.push.services.mozilla.com/wpush/v2/x", Date.now()),
    );
    const other = await generateVapidSecrets();
    await expect(importVapidKeys(other.publicKey, jwk, "mailto:a@b.vn")).rejects.toThrow(/does not belong/);
    await expect(importVapidKeys(s.publicKey, s.privateKey, "quantri")).rejects.toThrow(/mailto/);
    await expect(importVapidKeys("khong-phai-khoa", s.privateKey, "mailto:a@b.vn")).rejects.toThrow();
  });
});
