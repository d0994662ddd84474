// The multipart reader: fields before the file, the file as a stream cut exactly at its boundary
// however the body is split into chunks, and clean 400s for a body that is not well formed.
import { describe, expect, it } from "vitest";
import { streamOf } from "../../../test/harness";
import { ServiceError } from "../errors";
import { boundaryOf, streamForm } from "./multipart";

const B = "----gm7MA4YWxkTrZu0gW";
const enc = (s: string) => new TextEncoder().encode(s);

const part = (disposition: string, body: string) =>
  `--${B}\r\nContent-Disposition: form-data; ${disposition}\r\nContent-Type: text/plain\r\n\r\n${body}\r\n`;

async function text(stream: ReadableStream<Uint8Array>) {
  return new TextDecoder().decode(new Uint8Array(await new Response(stream).arrayBuffer()));
}

async function refusal(run: () => Promise<unknown>) {
  const e = await run().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ServiceError);
  expect((e as ServiceError).status).toBe(400);
  return e as ServiceError;
}

describe("streamed multipart forms", () => {
  // Lines that look like the boundary, a CR LF at a chunk's edge, Vietnamese text.
  const content = `Số thẻ,Họ và tên\r\n--${B.slice(0, 10)}\r\n\r\n-${B}x\r\nA.1,Nguyễn Văn Biên\r\n`;
  const body = enc(
    `lời mở đầu bị bỏ qua\r\n${part('name="kind"', "commendations")}${part('name="file"; filename="danh s\\"ách.csv"', content)}${part('name="after"', "x")}--${B}--\r\n`,
  );

  it("reads the fields before the file and cuts the file exactly at its boundary, in any chunking", async () => {
    for (let piece = 1; piece <= 90; piece += piece < 20 ? 1 : 7) {
      const form = await streamForm(streamOf(body, piece), B);
      expect(form.fields, `chunks of ${piece}`).toEqual({ kind: "commendations" });
      expect(form.file!.name).toBe('danh s"ách.csv');
      expect(await text(form.file!.stream), `chunks of ${piece}`).toBe(content);
    }
  });

  it("prefers filename* (RFC 5987), and tells no file from an empty file input", async () => {
    const starred = enc(
      `${part('name="file"; filename="x.csv"; filename*=UTF-8\'\'B%C3%A1o%20c%C3%A1o.csv', "a")}--${B}--`,
    );
    expect((await streamForm(streamOf(starred, 5), B)).file!.name).toBe("Báo cáo.csv");
    const none = enc(`${part('name="file"; filename=""', "")}${part('name="kind"', "models")}--${B}--\r\n`);
    expect(await streamForm(streamOf(none, 3), B)).toEqual({ fields: { kind: "models" }, file: null });
    expect(await streamForm(streamOf(enc(`--${B}--\r\n`), 4), B)).toEqual({ fields: {}, file: null });
  });

  it("answers 400 for a body cut short, fields past 64 KB or a missing boundary", async () => {
    const cut = enc(`${part('name="kind"', "models")}${part('name="file"; filename="a.csv"', "A.1,Nguyễn")}`);
    const form = await streamForm(streamOf(cut.subarray(0, cut.length - 2), 11), B);
    await refusal(() => text(form.file!.stream));
    const long = enc(`${part('name="note"', "x".repeat(70 * 1024))}--${B}--`);
    await refusal(() => streamForm(streamOf(long, 4096), B));
    await refusal(() => streamForm(streamOf(enc("không phải biểu mẫu"), 4), B));
    expect(boundaryOf(`multipart/form-data; boundary="${B}"`)).toBe(B);
    expect(boundaryOf(`multipart/form-data; charset=utf-8; boundary=${B}`)).toBe(B);
    expect(boundaryOf("multipart/form-data")).toBeNull();
  });
});
