// Hostile files for `npm run bench:hostile`: XLSX zip bombs (honest and lying about their sizes) and a
// huge CSV roster, generated in memory.
import { strToU8, zipSync } from "fflate";

/** A minimal workbook whose shared-strings part holds `bytes` of one repeated string. */
export function bombXlsx(bytes, lieAbout = false) {
  const unit = "<si><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></si>";
  const strings = new Uint8Array(bytes);
  const head = strToU8(
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  );
  strings.set(head);
  const u = strToU8(unit);
  for (let p = head.length; p + u.length < bytes - 6; p += u.length) strings.set(u, p);
  strings.set(strToU8("</sst>"), bytes - 6);
  const zip = zipSync(
    {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      "xl/workbook.xml": strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
      ),
      "xl/sharedStrings.xml": strings,
    },
    { level: 9 },
  );
  if (lieAbout) declareSmall(zip, "xl/sharedStrings.xml");
  return zip;
}

/** Makes the archive claim 4 KB for `name`, in its local header and its central directory. */
function declareSmall(zip, name) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  const same = (p, len) => len === wanted.length && wanted.every((b, i) => zip[p + i] === b);
  for (let p = 0; p + 30 < zip.length; p++) {
    const sig = view.getUint32(p, true);
    if (sig === 0x04034b50 && same(p + 30, view.getUint16(p + 26, true))) view.setUint32(p + 22, 4096, true);
    if (sig === 0x02014b50 && same(p + 46, view.getUint16(p + 28, true))) view.setUint32(p + 24, 4096, true);
  }
}

export function bigCsv(bytes) {
  const line = strToU8("800000001,Nguyễn Văn An,01/05/1980,Nam,CB000001,,19/05/2005,19/05/2006\n");
  const out = new Uint8Array(bytes);
  const head = strToU8(
    "Số thẻ đảng viên,Họ và tên,Ngày sinh,Giới tính,Chi bộ,Chức vụ Đảng,Ngày vào Đảng,Ngày chính thức\n",
  );
  out.set(head);
  for (let p = head.length; p + line.length <= bytes; p += line.length) out.set(line, p);
  return out;
}
