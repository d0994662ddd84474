import type { FC } from "hono/jsx";
import { numberLine, placeAndDate } from "../../../lib/docx";
import type { ContentItem } from "../reports-content.rules";
import type { DocumentOut } from "../reports.outputs";
import { reportLinks } from "./common";

const Item: FC<{ it: ContentItem }> = ({ it }) => {
  switch (it.kind) {
    case "heading":
      return <p class="doc-h">{it.text}</p>;
    case "subheading":
      return <p class="doc-sh">{it.text}</p>;
    case "para":
      return <p>{it.text}</p>;
    case "table":
      return (
        <table class="doc-table">
          <thead>
            <tr>
              {it.head.map((h) => (
                <th>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {it.rows.map((r) => (
              <tr>
                {r.map((c, i) => (
                  <td class={`a-${it.align[i] ?? "left"}`}>{c}</td>
                ))}
              </tr>
            ))}
            {it.total && (
              <tr class="total">
                {it.total.map((c, i) => (
                  <td class={`a-${it.align[i] ?? "left"}`}>{c}</td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      );
  }
};

/** The report as a print-ready A4 page (Times New Roman 14, 36-HD/VPTW layout), same content as the DOCX. */
export const PrintPage: FC<{ slug: string; doc: DocumentOut; content: ContentItem[] }> = ({
  slug,
  doc,
  content,
}) => {
  const links = reportLinks(slug, doc.year);
  return (
    <>
      <nav class="doc-toolbar no-print" aria-label="Công cụ">
        <a href={links.document(doc.id)}>« Sửa báo cáo</a>
        <a href={links.docx(doc.id)}>Tải DOCX</a>
        <span class="muted">In: dùng lệnh In của trình duyệt (Ctrl+P), khổ A4.</span>
      </nav>
      <article class="doc-page" lang="vi">
        <table class="doc-head">
          <tbody>
            <tr>
              <td class="doc-left">
                {doc.superiorName && <p>{doc.superiorName.toUpperCase()}</p>}
                <p class="b">{doc.issuerName.toUpperCase()}</p>
                <p>*</p>
                <p>{numberLine(doc.number)}</p>
              </td>
              <td class="doc-right">
                <p class="b u doc-party">ĐẢNG CỘNG SẢN VIỆT NAM</p>
                <p class="doc-gap" />
                <p class="i">{placeAndDate(doc.place, doc.docDate)}</p>
              </td>
            </tr>
          </tbody>
        </table>
        <h1 class="doc-kind">BÁO CÁO</h1>
        <p class="doc-subject">{doc.subject}</p>
        <p class="doc-rule">-----</p>
        <div class="doc-body">
          {content.map((it) => (
            <Item it={it} />
          ))}
        </div>
        <table class="doc-foot">
          <tbody>
            <tr>
              <td class="doc-recipients">
                <p class="doc-nn">Nơi nhận:</p>
                {doc.recipients.map((r, i) => (
                  <p>
                    - {r.replace(/[.,;]$/, "")}
                    {i === doc.recipients.length - 1 ? "." : ","}
                  </p>
                ))}
              </td>
              <td class="doc-sign">
                <p class="b">{doc.signerAuthority.toUpperCase()}</p>
                <p class="b">{doc.signerTitle.toUpperCase()}</p>
                <p class="doc-sign-space" />
                <p class="b">{doc.signerName}</p>
              </td>
            </tr>
          </tbody>
        </table>
      </article>
    </>
  );
};
