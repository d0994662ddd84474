import { type Context, Hono } from "hono";
import type { AppEnv } from "../../env";
import { parseForm } from "../../platform/forms";
import { type FormState, page, seeOther, submitForm } from "../../platform/pages";
import { writeSessionCookie } from "../../platform/session";
import { makeChallenge, signupSecret } from "./signup-challenge.rules";
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

async function form(c: Context<AppEnv>, status = 200, state?: FormState) {
  const s = signupEnv(c);
  const challenge = await makeChallenge(s.secret, s.now);
  // Passwords and the spent challenge answer are never echoed back.
  const {
    password: _p,
    passwordConfirm: _c,
    challengeAnswer: _a,
    challengeToken: _t,
    ...kept
  } = state?.values ?? {};
  return page(
    c,
    "Đăng ký đơn vị",
    <SignupForm challenge={challenge} values={kept} errors={state?.errors ?? {}} message={state?.message} />,
    { status },
  );
}

/** Mounted at /dang-ky. */
export const signupPages = new Hono<AppEnv>()
  .get("/", (c) => form(c))
  .post("/", (c) =>
    submitForm(
      c,
      async (f) => {
        // Every field's error at once: the mismatch beside whatever else is wrong.
        const mismatch: Record<string, string> =
          (f.password ?? "") !== (f.passwordConfirm ?? "")
            ? { passwordConfirm: "Hai mật khẩu không khớp nhau." }
            : {};
        const { passwordConfirm: _, ...rest } = f;
        const done = await signup(signupEnv(c), parseForm(SignupInput, rest, mismatch));
        writeSessionCookie(c, done.tenantId, done.sessionToken);
        return seeOther(c, `/t/${done.slug}/`);
      },
      (state, status) => form(c, status, state),
      [400, 429],
    ),
  );
