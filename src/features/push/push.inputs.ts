import { z } from "@hono/zod-openapi";
import { timestamp } from "../../platform/api-fields";

const b64url = (bytes: number, what: string) =>
  z
    .string({ error: `Thiếu khóa ${what} của thiết bị.` })
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `Khóa ${what} phải ở dạng base64url.`)
    .refine((s) => Math.floor((s.replace(/=+$/, "").length * 3) / 4) === bytes, {
      message: `Khóa ${what} phải dài ${bytes} byte.`,
    });

/** What `PushSubscription.toJSON()` gives in the browser, and what to call the device. */
export const SubscribeInput = z
  .strictObject({
    endpoint: z
      .string({ error: "Thiếu địa chỉ nhận thông báo (endpoint) của trình duyệt." })
      .max(2048, "Địa chỉ nhận thông báo dài quá 2.048 ký tự.")
      .openapi({
        description: "The push service URL the browser gave",
        example: "https://fcm.googleapis.com/fcm/send/c1Kx…",
      }),
    expirationTime: z
      .number()
      .nullable()
      .optional()
      .openapi({ description: "As the browser gives it; not used" }),
    keys: z.strictObject({
      p256dh: b64url(65, "p256dh").openapi({
        description: "The browser's P-256 public key (65 bytes, base64url)",
      }),
      auth: b64url(16, "auth").openapi({
        description: "The browser's authentication secret (16 bytes, base64url)",
      }),
    }),
    label: z
      .string()
      .trim()
      .min(1, "Tên thiết bị không được để trống.")
      .max(60, "Tên thiết bị tối đa 60 ký tự.")
      .optional()
      .openapi({ description: "What to call the device in the list", example: "Điện thoại Android" }),
  })
  .openapi("PushSubscribeInput");
export type SubscribeInput = z.infer<typeof SubscribeInput>;

export const PushDeviceOut = z
  .object({
    id: z.string(),
    label: z.string(),
    pushService: z
      .string()
      .openapi({ description: "The host of the push service", example: "fcm.googleapis.com" }),
    createdAt: timestamp("When the device was first registered"),
  })
  .openapi("PushDevice");
export type PushDeviceOut = z.infer<typeof PushDeviceOut>;

export const PushDevicesOut = z
  .object({
    items: z.array(PushDeviceOut),
    enabled: z
      .boolean()
      .openapi({ description: "Whether this deployment sends Web Push (its VAPID keys are set)" }),
    publicKey: z.string().nullable().openapi({
      description: "The VAPID public key, the `applicationServerKey` of `pushManager.subscribe()`",
    }),
  })
  .openapi("PushDevices");
export type PushDevicesOut = z.infer<typeof PushDevicesOut>;
