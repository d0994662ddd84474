// The OPC package around document.xml: content types, relationships, styles, settings,
// the page-number header and document properties, zipped with fflate.
import { strToU8, zipSync } from "fflate";
import type { DocxDocument } from "./model";
import { NS_R, NS_W, documentXml, esc } from "./render";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const WML = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function contentTypes(withHeader: boolean): string {
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${WML}.settings+xml"/>` +
    (withHeader ? `<Override PartName="/word/header1.xml" ContentType="${WML}.header+xml"/>` : "") +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>"
  );
}

const ROOT_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
  "</Relationships>";

function documentRels(withHeader: boolean): string {
  return (
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>` +
    (withHeader ? `<Relationship Id="rIdHeader1" Type="${REL}/header" Target="header1.xml"/>` : "") +
    "</Relationships>"
  );
}

function stylesXml(doc: DocxDocument): string {
  const f = esc(doc.font);
  const half = Math.round(doc.size * 2);
  const lang = esc(doc.lang ?? "vi-VN");
  return (
    `${DECL}<w:styles xmlns:w="${NS_W}">` +
    "<w:docDefaults><w:rPrDefault><w:rPr>" +
    `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>` +
    `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    "</w:styles>"
  );
}

const SETTINGS =
  `${DECL}<w:settings xmlns:w="${NS_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

/** The page number, centred, as a PAGE field. */
const HEADER =
  `${DECL}<w:hdr xmlns:w="${NS_W}" xmlns:r="${NS_R}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>';

function coreXml(doc: DocxDocument, now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(doc.title ?? "")}</dc:title><dc:creator>${esc(doc.author ?? "")}</dc:creator><dc:language>${esc(doc.lang ?? "vi-VN")}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

const APP_XML = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Gương mẫu</Application></Properties>`;

/** Serialises a document to .docx bytes. `now` stamps the document properties. */
export function toDocx(doc: DocxDocument, now = new Date()): Uint8Array {
  const withHeader = !!doc.page.pageNumbers;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes(withHeader)),
    "_rels/.rels": strToU8(ROOT_RELS),
    "word/document.xml": strToU8(documentXml(doc)),
    "word/_rels/document.xml.rels": strToU8(documentRels(withHeader)),
    "word/styles.xml": strToU8(stylesXml(doc)),
    "word/settings.xml": strToU8(SETTINGS),
    "docProps/core.xml": strToU8(coreXml(doc, now)),
    "docProps/app.xml": strToU8(APP_XML),
  };
  if (withHeader) files["word/header1.xml"] = strToU8(HEADER);
  return zipSync(files, { level: 6, mtime: now });
}
