import { Id } from "../../domain/ids";
import { apiOps } from "../../platform/api-routes";
import { IdParam, binaryContent, uploadBody } from "../../platform/openapi";
import { TOO_LARGE, deleteModelFile, getModelFile, uploadModelFile } from "./models-files.service";
import { fileResponse, readMultipart } from "../../platform/files-http";
import { FileOut, MAX_FILE_BYTES } from "./models.inputs";

const api = apiOps("exemplars");
const FileParams = IdParam.extend({ fileId: Id.openapi({ param: { name: "fileId", in: "path" } }) });

/** Evidence files of a model, under /models. */
export const modelFilesApi = api.router(
  api.post("/{id}/files", {
    who: "managers",
    summary: "Attach an evidence file (JPEG, PNG, WebP or PDF, at most 10 MB)",
    description:
      "Body: multipart/form-data with the file in field `file`. The type is checked from the bytes: other types → 415; larger files → 413.",
    upload: uploadBody("The file, in field `file`"),
    out: FileOut,
    status: 201,
    says: "Stored",
    problems: [400, 401, 403, 404, 409, 413, 415],
    run: (ctx, { id }, c) =>
      uploadModelFile(ctx, id, async () => (await readMultipart(c, MAX_FILE_BYTES, TOO_LARGE)).file),
  }),
  api.get("/{id}/files/{fileId}", {
    who: "all",
    summary: "Download an evidence file (as an attachment, with its stored type)",
    params: FileParams,
    out: binaryContent(
      "The file, with the type found in its bytes",
      "image/jpeg",
      "image/png",
      "image/webp",
      "application/pdf",
    ),
    problems: [401, 403, 404],
    run: async (ctx, { id, fileId }) => {
      const { meta, file } = await getModelFile(ctx, id, fileId);
      return fileResponse({ bytes: file.body, type: meta.contentType, fileName: meta.fileName });
    },
  }),
  api.delete("/{id}/files/{fileId}", {
    who: "managers",
    summary: "Remove an evidence file",
    params: FileParams,
    problems: [401, 403, 404, 409],
    run: (ctx, { id, fileId }) => deleteModelFile(ctx, id, fileId),
  }),
);
