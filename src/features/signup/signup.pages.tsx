import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { ServiceError } from "../../platform/errors";
import { parseForm } from "../../platform/forms";
import { formStrings, readForm } from "../../platform/http";
import { page, seeOther } from "../../platform/pages";
import { writeSessionCookie } from "../../platform/session";
import { makeChallenge, signupSecret } from "./signup.challenge";
import { SignupInput } from "./signup.inputs";
import { type SignupEnv, signup } from "./signup.service";
import { SignupForm } from "./views/signup-form";

/** What the sign-up verbs need from a request: bindings, meter, the client address and the HMAC key. */
export function signupEnv(c: Context<AppEnv>): SignupEnv {
  return {
    env: c.env,
    meter: c.get("meter"),
    requestId: c.get("requestId"),
    now: Date.now(),
    ip: c.req.header("cf-connecting-ip") ?? "local",
    secret: signupSecret(c.env, c.req.url),
  };
}

async function form(c: Context<AppEnv>, status = 200, values?: Record<string, string>, e?: ServiceError) {
  const s = signupEnv(c);
  const challenge = await makeChallenge(s.secret, s.now);
  // Passwords and the spent challenge answer are never echoed back.
  const {
    password: _p,
    passwordConfirm: _c,
    challengeAnswer: _a,
    challengeToken: _t,
    ...kept
  } = values ?? {};
  return page(
    c,
    "Đăng ký đơn vị",
    <SignupForm challenge={challenge} values={kept} errors={e?.fields ?? {}} message={e?.message} />,
    { status },
  );
}

export const signupPages = new Hono<AppEnv>()
  .get("/dang-ky", (c) => form(c))
  .post("/dang-ky", async (c) => {
    const f = formStrings(await readForm(c));
    try {
      if ((f.password ?? "") !== (f.passwordConfirm ?? ""))
        throw new ServiceError("validation", undefined, { passwordConfirm: "Hai mật khẩu không khớp nhau." });
      const { passwordConfirm: _, ...rest } = f;
      const done = await signup(signupEnv(c), parseForm(SignupInput, rest));
      writeSessionCookie(c, done.tenantId, done.sessionToken);
      return seeOther(c, `/t/${done.slug}/`);
    } catch (e) {
      if (!(e instanceof ServiceError) || (e.status !== 400 && e.status !== 429)) throw e;
      return form(c, e.status, f, e);
    }
  });
