import type { IndicatorInput } from "../catalogue-types.js";
import { petitionNumerators } from "./petitions.js";

/** What describes an indicator and no check reads: its numerator, sources and note. */
export type IndicatorDescription = Pick<IndicatorInput, "numerator" | "sources" | "note">;

const PAPI_SITE = "https://papi.org.vn";

/**
 * The descriptive fields of the built-in indicators, by id: kept apart from the data the audit
 * reads (catalogue.ts), so a program that audits text does not carry them; BUILT_IN_INDICATORS
 * joins the two (built-in.ts). Only the docs, the CLI and a caller of the catalogue read these.
 */
export const INDICATOR_DESCRIPTIONS: Readonly<Record<string, IndicatorDescription>> = {
  ...petitionNumerators(),
  "mediation.success-rate": {
    numerator: { vi: "Số vụ, việc hòa giải thành", en: "Cases settled by mediation" },
  },
  "cases.mass-protracted-resolution-rate": {
    numerator: {
      vi: "Số vụ việc đông người, phức tạp, kéo dài đã giải quyết dứt điểm",
      en: "Mass, complex and protracted cases settled for good",
    },
  },
  "procedures.online-level-3": {
    numerator: {
      vi: "Số thủ tục cung cấp dịch vụ công trực tuyến mức độ 3",
      en: "Procedures offered as level-3 online public services",
    },
  },
  "procedures.online-level-4": {
    numerator: {
      vi: "Số thủ tục cung cấp dịch vụ công trực tuyến mức độ 4",
      en: "Procedures offered as level-4 online public services",
    },
  },
  "procedures.online-level-3-4": {
    numerator: {
      vi: "Số thủ tục cung cấp dịch vụ công trực tuyến mức độ 3 hoặc 4",
      en: "Procedures offered as level-3 or level-4 online public services",
    },
  },
  "procedures.online-full-process": {
    numerator: {
      vi: "Số thủ tục cung cấp dịch vụ công trực tuyến toàn trình",
      en: "Procedures offered fully online",
    },
  },
  "procedures.files-on-time": {
    numerator: {
      vi: "Số hồ sơ giải quyết đúng hạn (kể cả trước hạn)",
      en: "Files resolved on time (early ones included)",
    },
  },
  "procedures.files-late": {
    numerator: { vi: "Số hồ sơ giải quyết quá hạn", en: "Files resolved late" },
  },
  "procedures.files-online": {
    numerator: { vi: "Số hồ sơ nộp trực tuyến", en: "Files submitted online" },
  },
  "staff.cut-rate": {
    numerator: { vi: "Số biên chế đã giảm", en: "Positions cut" },
  },
  "staff.cut-target-share": {
    numerator: { vi: "Số biên chế đã tinh giản", en: "Positions cut" },
  },
  "poverty.rate": {
    numerator: {
      vi: "Số hộ nghèo theo chuẩn nghèo đang áp dụng",
      en: "Poor households under the poverty line in force",
    },
  },
  "poverty.near-poor-rate": {
    numerator: { vi: "Số hộ cận nghèo", en: "Near-poor households" },
  },
  "health-insurance.coverage": {
    numerator: {
      vi: "Số người có thẻ bảo hiểm y tế",
      en: "People holding a health insurance card",
    },
  },
  "new-rural.communes-share": {
    numerator: { vi: "Số xã đạt chuẩn nông thôn mới", en: "Communes meeting the standard" },
  },
  "index.papi": {
    sources: [
      {
        title: "PAPI data 2014: aggregate scale from 6 (minimum) to 60 (maximum)",
        url: `${PAPI_SITE}/du-lieu?y=2014`,
      },
      {
        title: "PAPI FAQ: 6 dimensions 2009–2017, 8 dimensions from 2018",
        url: `${PAPI_SITE}/hoi-dap/?title=papi-do-luong-noi-dung-gi`,
      },
      {
        title: "PAPI provincial profile: each dimension out of 10, rank out of 63",
        url: `${PAPI_SITE}/eng/by-province?tinh=ha-tinh&y=2015`,
      },
    ],
    note: {
      vi: "Thang 8–80 từ năm 2018 suy ra từ 8 chỉ số nội dung, mỗi chỉ số trên thang 1–10; trang PAPI nêu rõ thang 6–60 cho các năm 6 chỉ số. Năm 2009–2010 (thí điểm, không đủ 63 tỉnh) không được kiểm tra.",
      en: "The 8–80 scale from 2018 is derived from eight dimensions on the 1–10 dimension scale; the PAPI pages state the 6–60 scale of the six-dimension years in words. The pilot years 2009–2010 (not all 63 provinces) are not checked.",
    },
  },
  "index.par": {
    sources: [
      {
        title: "Government portal: PAR Index 2023 results stated in percent (Quảng Ninh 92.18 %)",
        url: "https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm",
      },
    ],
    note: {
      vi: "Công bố từ năm 2012, tính bằng phần trăm số điểm tối đa. Tên tiếng Việt “Chỉ số cải cách hành chính” cũng dùng cho chỉ số nội bộ của sở, huyện, xã (xếp hạng trong tỉnh), nên không là từ nhận diện.",
      en: "Published since 2012 as a percentage of the maximum score. The Vietnamese name “Chỉ số cải cách hành chính” is also used for a province's own index of its departments, districts and communes (ranked within the province), so it is not a term.",
    },
  },
  "index.sipas": {
    sources: [
      {
        title: "Baotintuc: SIPAS 2023 national average 82.66 %",
        url: "https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm",
      },
    ],
    note: {
      vi: "Đo lường toàn quốc từ năm 2017 (theo Đề án đo lường sự hài lòng giai đoạn 2017–2020); các năm trước không được kiểm tra.",
      en: "Measured nationwide from 2017; earlier years are not checked.",
    },
  },
  "index.pci": {
    sources: [
      {
        title: "PCI: composite score with a maximum of 100 points",
        url: "https://pcivietnam.vn/en/about-us.html",
      },
    ],
    note: {
      vi: "Năm 2005 chỉ xếp hạng 42 tỉnh; thứ hạng trước năm 2008 (64 tỉnh) không được kiểm tra.",
      en: "2005 ranked only 42 provinces; ranks before 2008 (64 provinces) are not checked.",
    },
  },
};
