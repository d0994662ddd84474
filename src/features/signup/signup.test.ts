import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { tenants } from "../../db/schema/control";
import { accounts, sessions, tenantState, units } from "../../db/schema/tenant/core";
import { Meter } from "../../platform/meter";
import { provisionTenant } from "../../platform/provisioning";
import { findTenant, forgetTenant } from "../../platform/tenancy";
import { E, call, expectStatus, json, setCookieOf } from "../../../test/harness";
import { challengeOf, control, makeOperator, rowsEverywhere, solve } from "../../../test/platform-kit";
import { makeDb } from "../../platform/db";
import { newId } from "../../platform/ids";
import { CHALLENGE_TTL_MS, checkChallenge, makeChallenge } from "./signup-challenge.rules";
import { MAX_ATTEMPTS_PER_HOUR } from "./signup.service";

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${newId()}`;

function fields(slug: string): Record<string, string> {
  return {
    name: "Đảng ủy Khối các cơ quan tỉnh Vĩnh Long",
    kind: "Đảng ủy Khối",
    province: "Vĩnh Long",
    slug,
    contactName: "Nguyễn Thị Hoa",
    contactPhone: "0913 456 789",
    adminLogin: "quantri",
    password: "matkhau-2025",
    passwordConfirm: "matkhau-2025",
  };
}

/** Loads the form and posts it with the challenge answered (or not). */
async function submit(form: Record<string, string>, who: string, answer?: (q: string) => string) {
  const page = await expectStatus(await call("GET", "/dang-ky"), 200);
  const ch = challengeOf(page);
  return call("POST", "/dang-ky", {
    form: { ...form, challengeToken: ch.token, challengeAnswer: (answer ?? solve)(ch.question) },
    headers: { "cf-connecting-ip": who },
  });
}

const slug = () => `dk-${newId().slice(0, 10)}`;

describe("sign-up page", () => {
  it("creates an unverified tenant in the pool with its root unit and signs the admin in", async () => {
    const s = slug();
    const res = await submit(fields(s), ip());
    await expectStatus(res, 303);
    expect(res.headers.get("location")).toBe(`/t/${s}/`);
    const cookie = setCookieOf(res)!;
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    const home = await expectStatus(await call("GET", `/t/${s}/`, { cookie }), 200);
    expect(home).toContain("Bắt đầu sử dụng");
    expect(home).toContain("tối đa 300 đảng viên");

    const row = (await control().select().from(tenants).where(eq(tenants.slug, s)))[0]!;
    expect(row).toMatchObject({
      status: "unverified",
      memberCap: 300,
      dbBinding: E.SIGNUP_POOL_BINDING,
      contactPhone: "0913456789",
    });
    const info = (await findTenant(E, new Meter(), { slug: s }))!;
    expect(info.memberCap).toBe(300);
    const data = makeDb(E.DB_POOL_1, new Meter());
    const [state, root, admin, sess] = await data.batch([
      data.select().from(tenantState).where(eq(tenantState.tenantId, row.id)),
      data.select().from(units).where(eq(units.tenantId, row.id)),
      data.select().from(accounts).where(eq(accounts.tenantId, row.id)),
      data.select().from(sessions).where(eq(sessions.tenantId, row.id)),
    ]);
    expect(state[0]!.status).toBe("unverified");
    expect(root).toHaveLength(1);
    expect(root[0]).toMatchObject({
      kind: "bloc",
      depth: 0,
      name: "Đảng ủy Khối các cơ quan tỉnh Vĩnh Long",
    });
    expect(admin[0]).toMatchObject({ login: "quantri", role: "admin", displayName: "Nguyễn Thị Hoa" });
    expect(sess).toHaveLength(1);
  });

  it("re-renders the form with field errors (400), keeping what was typed but never the password", async () => {
    const bad = {
      ...fields(slug()),
      contactPhone: "12345",
      slug: "A b",
      password: "qz7",
      passwordConfirm: "qz7",
    };
    const html = await expectStatus(await submit(bad, ip()), 400);
    expect(html).toContain("Số điện thoại không hợp lệ");
    expect(html).toContain("Địa chỉ chỉ gồm chữ thường không dấu");
    expect(html).toContain('value="Nguyễn Thị Hoa"');
    expect(html).toContain("Mật khẩu cần ít nhất 8 ký tự.");
    expect(html).not.toContain("qz7");
    const mismatch = await expectStatus(
      await submit({ ...fields(slug()), passwordConfirm: "khac-123456" }, ip()),
      400,
    );
    expect(mismatch).toContain("Hai mật khẩu không khớp nhau.");
    // Every field's error at once, each named in the summary; not only the mismatch.
    const all = await expectStatus(
      await submit({ ...fields(slug()), name: "", contactPhone: "12", passwordConfirm: "khac-123456" }, ip()),
      400,
    );
    expect(all).toContain("Nhập lại mật khẩu: Hai mật khẩu không khớp nhau.");
    expect(all).toContain("Tên cấp ủy: Trường này là bắt buộc.");
    expect(all).toContain("Số điện thoại: Số điện thoại không hợp lệ");
    const weak = await expectStatus(
      await submit({ ...fields(slug()), password: "chiconchu", passwordConfirm: "chiconchu" }, ip()),
      400,
    );
    expect(weak).toContain("Mật khẩu cần có cả chữ và số.");
  });

  it("refuses reserved and taken addresses", async () => {
    const reserved = await expectStatus(await submit(fields("platform"), ip()), 400);
    expect(reserved).toContain("được hệ thống dành riêng");
    const s = slug();
    await expectStatus(await submit(fields(s), ip()), 303);
    const taken = await expectStatus(await submit(fields(s), ip()), 400);
    expect(taken).toContain("đã có đơn vị khác dùng");
  });

  it("refuses a wrong answer, and a question answered once cannot be answered again", async () => {
    const s = slug();
    const wrong = await expectStatus(await submit(fields(s), ip(), (q) => String(Number(solve(q)) + 1)), 400);
    expect(wrong).toContain("Câu trả lời chưa đúng");
    expect((await control().select().from(tenants).where(eq(tenants.slug, s))).length).toBe(0);

    const page = await expectStatus(await call("GET", "/dang-ky"), 200);
    const ch = challengeOf(page);
    const who = ip();
    const post = (f: Record<string, string>) =>
      call("POST", "/dang-ky", {
        form: { ...f, challengeToken: ch.token, challengeAnswer: solve(ch.question) },
        headers: { "cf-connecting-ip": who },
      });
    await expectStatus(await post(fields(slug())), 303);
    const replay = await expectStatus(await post(fields(slug())), 400);
    expect(replay).toContain("Câu trả lời chưa đúng");
  });

  it("expires the question", async () => {
    const secret = "x".repeat(32);
    const ch = await makeChallenge(secret, Date.now());
    const answer = solve(ch.question);
    expect(await checkChallenge(secret, ch.token, answer, Date.now())).not.toBeNull();
    expect(await checkChallenge(secret, ch.token, answer, Date.now() + CHALLENGE_TTL_MS + 1)).toBeNull();
    expect(await checkChallenge("y".repeat(32), ch.token, answer, Date.now())).toBeNull();
  });

  it("limits attempts per address (429), counted in the control database", async () => {
    const who = ip();
    for (let i = 0; i < MAX_ATTEMPTS_PER_HOUR; i++)
      await expectStatus(await submit(fields(slug()), who, () => "999"), 400);
    const limited = await submit(fields(slug()), who);
    const html = await expectStatus(limited, 429);
    expect(html).toContain("quá nhiều yêu cầu đăng ký");
    await expectStatus(await submit(fields(slug()), ip()), 303);
  });
});

describe("sign-up API", () => {
  it("signs up with a challenge and returns the signed-in admin", async () => {
    const ch = await json<{ question: string; token: string }>(await call("GET", "/api/v1/signup/challenge"));
    const { passwordConfirm: _, ...body } = fields(slug());
    const res = await call("POST", "/api/v1/signup", {
      json: { ...body, challengeToken: ch.token, challengeAnswer: solve(ch.question) },
      headers: { "cf-connecting-ip": ip() },
    });
    const out = await json<{ tenant: { slug: string; status: string; memberCap: number } }>(res, 201);
    expect(out.tenant).toMatchObject({ slug: body.slug, status: "unverified", memberCap: 300 });
    const me = await json<{ role: string }>(
      await call("GET", "/api/v1/auth/me", { cookie: setCookieOf(res)! }),
    );
    expect(me.role).toBe("admin");
  });

  it("rejects unknown fields and bad input with problem+json", async () => {
    const res = await call("POST", "/api/v1/signup", { json: { ...fields(slug()), tenant_id: "x" } });
    const body = await json<{ errors: Record<string, string> }>(res, 400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(Object.keys(body.errors).length).toBeGreaterThan(0);
  });
});

describe("never half a tenant", () => {
  it("removes the registry row when the data batch fails", async () => {
    const s = slug();
    const broken = {
      ...E.DB_POOL_1,
      prepare: E.DB_POOL_1.prepare.bind(E.DB_POOL_1),
      batch: async () => Promise.reject(new Error("injected")),
    };
    const env = { ...E, DB_POOL_1: broken as unknown as D1Database };
    await expect(
      provisionTenant(
        env,
        new Meter(),
        {
          slug: s,
          name: "Đảng ủy thử",
          kind: "Đảng ủy cơ sở",
          province: "Vĩnh Long",
          binding: "DB_POOL_1",
          status: "unverified",
          memberCap: 300,
          root: { kind: "grassroots", code: "X", name: "Đảng ủy thử" },
          admin: { login: "quantri", displayName: "Quản trị", passwordHash: "x" },
          signIn: true,
        },
        "test",
      ),
    ).rejects.toThrow();
    expect(await control().select().from(tenants).where(eq(tenants.slug, s))).toEqual([]);
  });
});

describe("member cap", () => {
  it("is 300 until an operator verifies the tenant, then lifted", async () => {
    const s = slug();
    await expectStatus(await submit(fields(s), ip()), 303);
    const id = (await findTenant(E, new Meter(), { slug: s }))!.id;
    expect((await findTenant(E, new Meter(), { id }))!.memberCap).toBe(300);
    const op = await makeOperator();
    await expectStatus(
      await call("POST", `/platform/tenants/${id}/verify`, { cookie: op.cookie, form: {} }),
      303,
    );
    forgetTenant();
    const after = (await findTenant(E, new Meter(), { id }))!;
    expect(after.memberCap).toBeNull();
    expect(after.status).toBe("active");
    expect(await rowsEverywhere(id)).toHaveProperty("DB_POOL_1.units", 1);
  });
});
