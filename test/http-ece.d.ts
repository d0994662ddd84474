// The reference decoder of RFC 8188 / RFC 8291 (Martin Thomson's http_ece), used by the Web Push tests.
declare module "http_ece" {
  interface EceParams {
    version: "aes128gcm";
    privateKey?: { getPublicKey(): Buffer; computeSecret(key: Buffer): Buffer };
    authSecret?: Buffer | string;
    key?: Buffer;
  }
  const ece: {
    decrypt(data: Buffer, params: EceParams): Buffer;
    encrypt(data: Buffer, params: EceParams): Buffer;
  };
  export default ece;
}
