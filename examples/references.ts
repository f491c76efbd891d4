// Finds the document references and dates of a short (invented) report, then checks them.
import { checkDates, checkDocumentRefs, findDocumentRefs, findReportDate } from "baocao";

const report = [
  "Mộc Châu, ngày 15 tháng 9 năm 2021",
  "BÁO CÁO",
  "Kết quả 05 năm (2015 – 2021) thực hiện Kết luận số 114 –KL/TW, ngày 14/8/2015 của Ban Bí thư (khóa XI).",
  "Thực hiện Kế hoạch số 27-KH-TU ngày 02/3/2016 và Chỉ thị số 16-CT/TTg ngày 16/5/2016 của Thủ tướng Chính phủ,",
  "Ủy ban nhân dân huyện ban hành Kế hoạch số 310/KH-UBND ngày 20/10/2021.",
  "Tính đến ngày 31/12/2021, 14/14 xã đã tổ chức đối thoại; 66/70 hộ được hỗ trợ.",
].join("\n");

const reportDate = findReportDate(report);
console.log(`Report date: ${reportDate?.date.iso} (${reportDate?.source})`);

const refs = findDocumentRefs(report);
for (const found of refs) {
  const date = found.ref.date ? ` dated ${found.ref.date.iso}` : "";
  console.log(
    `${found.span.line}:${found.span.column} ${found.raw} -> ${found.canonical} [${found.ref.family}]${date}`,
  );
}

const findings = [
  ...checkDocumentRefs(refs, reportDate ? { reportDate: reportDate.date } : {}),
  ...checkDates(report),
].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
for (const finding of findings) {
  console.log(
    `${finding.severity} ${finding.code} at line ${finding.span?.line}: ${finding.message.en}`,
  );
}
