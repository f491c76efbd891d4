import { ISSUER_KINDS, type IssuerCodeInfo } from "./codes-data.js";

// The body each issuer code names, by code: only ISSUER_CODES shows them, so they live apart
// from ISSUER_KINDS, which the reader of references uses (0.6 KiB of a gzipped bundle of
// auditText).
const NAMES: Readonly<Record<string, string>> = {
  TW: "Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư",
  VPTW: "Văn phòng Trung ương Đảng",
  BTCTW: "Ban Tổ chức Trung ương",
  BDVTW: "Ban Dân vận Trung ương",
  BTGTW: "Ban Tuyên giáo Trung ương",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  BNCTW: "Ban Nội chính Trung ương",
  BKTTW: "Ban Kinh tế Trung ương",
  BĐNTW: "Ban Đối ngoại Trung ương",
  ĐUK: "Đảng ủy Khối",
  TU: "Tỉnh ủy, Thành ủy trực thuộc Trung ương",
  HU: "Huyện ủy",
  QU: "Quận ủy",
  TX: "Thị ủy",
  ĐU: "Đảng ủy",
  CB: "Chi bộ",
  BTVTU: "Ban Thường vụ Tỉnh ủy",
  BTVHU: "Ban Thường vụ Huyện ủy",
  BDV: "Ban Dân vận",
  BDVTU: "Ban Dân vận Tỉnh ủy",
  BDVHU: "Ban Dân vận Huyện ủy",
  BTGTU: "Ban Tuyên giáo Tỉnh ủy",
  BTGHU: "Ban Tuyên giáo Huyện ủy",
  BTCTU: "Ban Tổ chức Tỉnh ủy",
  BTCHU: "Ban Tổ chức Huyện ủy",
  UBKTTU: "Ủy ban Kiểm tra Tỉnh ủy",
  UBKTHU: "Ủy ban Kiểm tra Huyện ủy",
  VPTU: "Văn phòng Tỉnh ủy",
  VPHU: "Văn phòng Huyện ủy",
  BCSĐ: "Ban cán sự đảng",
  BCSĐUBND: "Ban cán sự đảng Ủy ban nhân dân",
  ĐĐ: "Đảng đoàn",
  CTN: "Chủ tịch nước",
  CP: "Chính phủ",
  TTg: "Thủ tướng Chính phủ",
  VPCP: "Văn phòng Chính phủ",
  TTCP: "Thanh tra Chính phủ",
  HĐTP: "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
  TANDTC: "Tòa án nhân dân tối cao",
  VKSNDTC: "Viện kiểm sát nhân dân tối cao",
  KTNN: "Kiểm toán nhà nước",
  NHNN: "Ngân hàng Nhà nước Việt Nam",
  BNV: "Bộ Nội vụ",
  BTC: "Bộ Tài chính",
  BTP: "Bộ Tư pháp",
  BCA: "Bộ Công an",
  BQP: "Bộ Quốc phòng",
  BNG: "Bộ Ngoại giao",
  BYT: "Bộ Y tế",
  BCT: "Bộ Công Thương",
  BXD: "Bộ Xây dựng",
  BGTVT: "Bộ Giao thông vận tải",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BTNMT: "Bộ Tài nguyên và Môi trường",
  BNNPTNT: "Bộ Nông nghiệp và Phát triển nông thôn",
  BLĐTBXH: "Bộ Lao động - Thương binh và Xã hội",
  BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BKHCN: "Bộ Khoa học và Công nghệ",
  BTTTT: "Bộ Thông tin và Truyền thông",
  BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch",
  UBDT: "Ủy ban Dân tộc",
  HĐND: "Hội đồng nhân dân",
  UBND: "Ủy ban nhân dân",
  SNV: "Sở Nội vụ",
  STP: "Sở Tư pháp",
  STC: "Sở Tài chính",
  SYT: "Sở Y tế",
  STNMT: "Sở Tài nguyên và Môi trường",
  SXD: "Sở Xây dựng",
  SGDĐT: "Sở Giáo dục và Đào tạo",
  SKHĐT: "Sở Kế hoạch và Đầu tư",
  SNNPTNT: "Sở Nông nghiệp và Phát triển nông thôn",
  SLĐTBXH: "Sở Lao động - Thương binh và Xã hội",
  BCĐ: "Ban Chỉ đạo",
  QH: "Quốc hội",
  UBTVQH: "Ủy ban Thường vụ Quốc hội",
  MTTQ: "Mặt trận Tổ quốc Việt Nam",
  ĐCTTWMTTQVN: "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
  ĐCTUBTWMTTQVN: "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
  "MT&ĐT": "Mặt trận Tổ quốc và các đoàn thể",
};

/**
 * Issuer codes ("ký hiệu cơ quan ban hành") with the bodies they name. Drafting units after the
 * issuer of a công văn ("TH", "NN3") are free-form and not listed.
 *
 * @example
 * ```ts
 * import { ISSUER_CODES } from "baocao";
 *
 * ISSUER_CODES.find((i) => i.code === "TU")?.sphere; // "party"
 * ```
 */
export const ISSUER_CODES: readonly IssuerCodeInfo[] = ISSUER_KINDS.map(({ code, ...rest }) => ({
  code,
  name: NAMES[code] as string,
  ...rest,
}));
