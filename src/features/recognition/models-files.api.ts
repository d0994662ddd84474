import { Id } from "../../domain/ids";
import { createRoute, z } from "@hono/zod-openapi";
import { IdParam, apiRouter, jsonContent, problemResponses } from "../../platform/openapi";
import { ctxOf } from "../../platform/tenant-context";
import { TOO_LARGE, deleteModelFile, getModelFile, uploadModelFile } from "./models-files.service";
import { fileResponse, readMultipart } from "../../platform/files-http";
import { FileOut, MAX_FILE_BYTES } from "./models.inputs";

const tags = ["exemplars"];
const FileParams = IdParam.extend({ fileId: Id.openapi({ param: { name: "fileId", in: "path" } }) });

/** Evidence files of a model, under /models. */
export const modelFilesApi = apiRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/files",
      tags,
      summary: "Attach an evidence file (JPEG, PNG, WebP or PDF, at most 10 MB)",
      description:
        "Body: multipart/form-data with the file in field `file`. The type is checked from the bytes: other types → 415; larger files → 413.",
      request: { params: IdParam },
      responses: {
        201: jsonContent(FileOut, "Stored"),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const out = await uploadModelFile(
        ctx,
        c.req.valid("param").id,
        async () => (await readMultipart(c, MAX_FILE_BYTES, TOO_LARGE)).file,
      );
      return c.json(out, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/files/{fileId}",
      tags,
      summary: "Download an evidence file (as an attachment, with its stored type)",
      request: { params: FileParams },
      responses: {
        200: {
          description: "The file",
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const { meta, file } = await getModelFile(ctxOf(c), p.id, p.fileId);
      return fileResponse({ bytes: file.body, type: meta.contentType, fileName: meta.fileName });
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/files/{fileId}",
      tags,
      summary: "Remove an evidence file",
      request: { params: FileParams },
      responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await deleteModelFile(ctxOf(c), p.id, p.fileId);
      return c.body(null, 204);
    },
  );
