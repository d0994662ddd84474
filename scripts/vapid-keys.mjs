// Prints a fresh VAPID key pair for Web Push (ADR 017) and how to hand it to the Worker as secrets.
// The public key is the base64url P-256 point browsers take as `applicationServerKey`; the private key
// is the base64url scalar `d` (the same format as `npx web-push generate-vapid-keys`).
const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
  "sign",
  "verify",
]);
const b64url = (buf) => Buffer.from(buf).toString("base64url");
const publicKey = b64url(await crypto.subtle.exportKey("raw", pair.publicKey));
const privateKey = (await crypto.subtle.exportKey("jwk", pair.privateKey)).d;

console.log(`VAPID_PUBLIC_KEY=${publicKey}`);
console.log(`VAPID_PRIVATE_KEY=${privateKey}`);
console.log(`
Set them as Worker secrets (the subject is a contact push services may write to):
  echo '${publicKey}' | npx wrangler secret put VAPID_PUBLIC_KEY
  echo '<the private key above>' | npx wrangler secret put VAPID_PRIVATE_KEY
  echo 'mailto:quantri@example.vn' | npx wrangler secret put VAPID_SUBJECT
For \`npm start\`, put the three lines (with VAPID_SUBJECT=mailto:…) in .dev.vars.
Keep the pair: a new public key invalidates every phone's subscription.`);
