// Public API of the DOCX writer: a small document model, the OPC package, and the layout of
// party documents (Hướng dẫn 36-HD/VPTW).
export {
  A4,
  A4_LANDSCAPE,
  type Align,
  type Block,
  type Cell,
  type DocxDocument,
  type PageSetup,
  type Paragraph,
  type Row,
  type Run,
  type Table,
  bold,
  cell,
  italic,
  para,
  table,
} from "./model";
export { DOCX_CONTENT_TYPE, toDocx } from "./package";
export {
  PARTY_FONT,
  PARTY_MARGINS,
  PARTY_SIZE,
  PARTY_TEXT_WIDTH,
  type PartyDocumentSpec,
  numberLine,
  partyDocument,
  placeAndDate,
} from "./party";
export { esc as escapeXmlText, twips } from "./render";
