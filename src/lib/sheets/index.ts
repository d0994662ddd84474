// Public API of the spreadsheet library: CSV and XLSX import/export plus date helpers.
export {
  type CsvDelimiter,
  type CsvValue,
  decodeText,
  detectDelimiter,
  parseCsv,
  toCsv,
  unguardFormula,
} from "./csv";
export { excelSerialToIso, formatViDate, isoToExcelSerial, parseViDate } from "./dates";
export { SpreadsheetError, type SpreadsheetErrorCode } from "./errors";
export {
  type Cell,
  iterateXlsxRows,
  listXlsxSheets,
  type ReadXlsxOptions,
  readFirstSheetRows,
  readXlsx,
  type XlsxRow,
  type XlsxSheet,
  type XlsxSheetInfo,
} from "./xlsx-read";
export {
  columnName,
  type SheetValue,
  sanitizeSheetNames,
  toXlsx,
  type XlsxColumn,
  type XlsxSheetInput,
} from "./xlsx-write";
