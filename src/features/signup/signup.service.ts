/**
 * Self-service sign-up of a committee as a tenant: rate limit per client address (counted in
 * the control database), the no-JavaScript challenge, then one registry row and one atomic
 * data batch (state, root unit, first admin, audit, the admin's session) via provisionTenant.
 */
import { eq, sql } from "drizzle-orm";
import { signupAttempts, tenants } from "../../db/schema/control";
import type { Bindings } from "../../env";
import { ServiceError, invalid } from "../../platform/errors";
import { newId, sha256Hex } from "../../platform/ids";
import type { Meter } from "../../platform/meter";
import { hashPassword, passwordProblem } from "../../platform/passwords";
import { provisionTenant } from "../../platform/provisioning";
import { controlDb } from "../../platform/tenancy";
import { challengeNonce, checkChallenge } from "./signup-challenge.rules";
import { COMMITTEE_KINDS, MEMBER_CAP_UNVERIFIED, type SignupInput } from "./signup.inputs";

export const MAX_ATTEMPTS_PER_HOUR = 10;
export const MAX_SIGNUPS_PER_DAY = 3;
const HOUR = 60 * 60 * 1000;

export interface SignupEnv {
  env: Bindings;
  meter: Meter;
  requestId: string;
  now: number;
  /** The client address (CF-Connecting-IP); only its hash is stored. */
  ip: string;
  secret: string;
}

export interface SignupResult {
  tenantId: string;
  slug: string;
  name: string;
  sessionToken: string;
}

const RATE_LIMITED = "Địa chỉ mạng này đã gửi quá nhiều yêu cầu đăng ký. Vui lòng thử lại sau một giờ.";
const TOO_MANY =
  "Từ địa chỉ mạng này đã có nhiều đơn vị đăng ký trong hôm nay. Vui lòng thử lại vào ngày mai.";

/** Records the attempt and answers 429 past the limits; returns the attempt's id. */
async function countAttempt(s: SignupEnv, ipKey: string): Promise<string> {
  const control = controlDb(s.env, s.meter);
  const id = newId();
  const [, counts] = await control.batch([
    control.insert(signupAttempts).values({ id, ipKey, at: s.now, outcome: "pending" }),
    control
      .select({
        hour: sql<number>`coalesce(sum(CASE WHEN ${signupAttempts.at} > ${s.now - HOUR} THEN 1 ELSE 0 END), 0)`,
        created: sql<number>`coalesce(sum(CASE WHEN ${signupAttempts.outcome} = 'created' THEN 1 ELSE 0 END), 0)`,
      })
      .from(signupAttempts)
      .where(sql`${signupAttempts.ipKey} = ${ipKey} AND ${signupAttempts.at} > ${s.now - 24 * HOUR}`),
  ]);
  const c = counts[0];
  if ((c?.hour ?? 0) > MAX_ATTEMPTS_PER_HOUR) throw new ServiceError("rate_limited", RATE_LIMITED);
  if ((c?.created ?? 0) >= MAX_SIGNUPS_PER_DAY) throw new ServiceError("rate_limited", TOO_MANY);
  return id;
}

/** Marks the challenge's nonce as used by this attempt; a nonce seen before fails (UNIQUE). */
async function consumeNonce(s: SignupEnv, attemptId: string, nonce: string): Promise<boolean> {
  try {
    await controlDb(s.env, s.meter)
      .update(signupAttempts)
      .set({ nonce })
      .where(eq(signupAttempts.id, attemptId));
    return true;
  } catch {
    return false;
  }
}

const WRONG_ANSWER = "Câu trả lời chưa đúng hoặc câu hỏi đã hết hạn; vui lòng trả lời câu hỏi mới.";

export async function signup(s: SignupEnv, input: SignupInput): Promise<SignupResult> {
  const ipKey = await sha256Hex(`signup:${s.ip}`);
  const attemptId = await countAttempt(s, ipKey);
  const nonce = challengeNonce(input.challengeToken);
  const right = await checkChallenge(s.secret, input.challengeToken, input.challengeAnswer, s.now);
  // The nonce is spent whether the answer was right or not: no second guess on one question.
  const fresh = nonce ? await consumeNonce(s, attemptId, nonce) : false;
  if (!right || !fresh) throw invalid({ challengeAnswer: WRONG_ANSWER });
  const weak = passwordProblem(input.password);
  if (weak) throw invalid({ password: weak });
  const control = controlDb(s.env, s.meter);
  const taken = await control
    .select({ id: tenants.id })
    .from(tenants)
    .where(eq(tenants.slug, input.slug))
    .limit(1);
  if (taken.length) throw invalid({ slug: "Địa chỉ (mã) này đã có đơn vị khác dùng." });
  const kind = COMMITTEE_KINDS.find((k) => k.label === input.kind)!;
  const created = await provisionTenant(
    s.env,
    s.meter,
    {
      slug: input.slug,
      name: input.name,
      kind: kind.label,
      province: input.province,
      binding: s.env.SIGNUP_POOL_BINDING,
      status: "unverified",
      memberCap: MEMBER_CAP_UNVERIFIED,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      root: { kind: kind.root, code: input.slug.toUpperCase(), name: input.name },
      admin: {
        login: input.adminLogin,
        displayName: input.contactName,
        passwordHash: await hashPassword(input.password),
      },
      signIn: true,
    },
    s.requestId,
  );
  await control.update(signupAttempts).set({ outcome: "created" }).where(eq(signupAttempts.id, attemptId));
  return {
    tenantId: created.tenantId,
    slug: input.slug,
    name: input.name,
    sessionToken: created.sessionToken!,
  };
}
