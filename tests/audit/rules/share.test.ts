import { describe, expect, it } from "vitest";
import { auditText } from "../../../src/index.js";
import { alarms, claimsOf } from "./helpers.js";

// A count with its share of a base, the base sought in the order.
describe("the share rule", () => {
  it("checks a share against the base named in its sentence (issue #17, shape 2)", () => {
    expect(
      alarms("Toàn xã Phú Đông Hà có 5.860 hộ dân, trong đó 412 hộ cận nghèo, đạt tỷ lệ 7,30%."),
    ).toEqual(["PERCENT_INCONSISTENT «412 hộ cận nghèo, đạt tỷ lệ 7,30%»"]);
    expect(
      alarms("Toàn xã Phú Đông Hà có 5.860 hộ dân, trong đó 412 hộ cận nghèo, đạt tỷ lệ 7,03%."),
    ).toEqual([]);
  });

  it("takes the sum of the parts as the base when their shares make 100", () => {
    const text =
      "Công trình đã nghiệm thu 742 hạng mục đúng tiến độ (đạt 96,36%), 28 hạng mục chậm tiến độ (chiếm 3,64%).";
    expect(claimsOf(text, "share").map((c) => c.split(" ")[0])).toEqual([
      "consistent",
      "consistent",
    ]);
    expect(alarms(text.replace("(đạt 96,36%)", "(đạt 96,63%)"))).toHaveLength(1);
  });

  it("takes the parts' sum when the other shares fit it, truncated ones too", () => {
    // 17/24 = 70,83 and 7/24 = 29,1666… written 29,16 (truncated): the list is the whole.
    const text = "Tổ có 17 người là nam chiếm 70,83%, 7 người là nữ chiếm 29,16%.";
    expect(alarms(text)).toEqual(["PERCENT_ONLY_IF_TRUNCATED «7 người là nữ chiếm 29,16%»"]);
    expect(alarms(text.replace("70,83%", "70,38%"))).toContain(
      "PERCENT_INCONSISTENT «17 người là nam chiếm 70,38%»",
    );
  });

  it("takes the figure a 'với' clause joins as the base", () => {
    const text = "Cấp huyện tiếp nhận 6.500 hồ sơ, với 2.470 hồ sơ trực tuyến (đạt tỷ lệ 38%).";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("38%", "83%"))).toHaveLength(1);
  });

  it("takes the total a list opens with, in the sentence before", () => {
    const text =
      "Trong quý, toàn tỉnh tiếp nhận 12.000 hồ sơ. Trong đó, có 3.000 hồ sơ trực tuyến (đạt tỷ lệ 25%).";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("25%", "52%"))).toHaveLength(1);
  });

  it("takes the total above a paragraph or a colon that opens with 'Trong đó'", () => {
    const text =
      "Năm nay, các phòng chuyên môn nhận được 4.800 bộ hồ sơ.\n\nTrong đó, có 1.320 bộ hồ sơ nộp qua mạng (đạt tỷ lệ 27,5%).";
    expect(claimsOf(text, "share")).toEqual(["consistent [part=1.320 whole=4.800 stated=27,5%]"]);
    expect(alarms(text.replace("27,5%", "25,7%"))).toHaveLength(1);
    const colon =
      "Huyện có 640 ha đất trồng màu. Trong đó: đất trồng ngô 208 ha, chiếm 32,5% diện tích đất trồng màu.";
    expect(alarms(colon)).toEqual([]);
    expect(alarms(colon.replace("32,5%", "35,2%"))).toHaveLength(1);
  });

  it("reads a share past a change of its count that stands between them", () => {
    const births =
      "Tổng số trẻ sinh ra trong năm là 620 trẻ, con thứ ba trở lên 93 trẻ giảm 04 trẻ, chiếm tỷ lệ 15,0%.";
    expect(claimsOf(births, "share")).toEqual(["consistent [part=93 whole=620 stated=15,0%]"]);
    expect(alarms(births.replace("15,0%", "15,3%"))).toHaveLength(1);
    const cases =
      "Tổng số phải xử lý là 4.800 việc, trong đó: số có điều kiện là 3.600 việc, tăng 120 việc (tăng 3,45% so với cùng kỳ); chiếm 75% tổng số phải xử lý.";
    expect(claimsOf(cases, "share")).toEqual(["consistent [part=3.600 whole=4.800 stated=75%]"]);
    expect(alarms(cases.replace("75%", "57%"))).toHaveLength(1);
    // Inside the change's bracket the share is the change's, of a base the text never writes.
    expect(
      claimsOf(
        "Toàn tỉnh có 400.000 hộ. Hộ nghèo có 9.000 hộ, chiếm 2,25% (tăng 120 hộ so với đầu năm, chiếm tỷ lệ 0,05%).",
        "share",
      ),
    ).toEqual(["consistent [part=9.000 whole=400.000 stated=2,25%]"]);
    // After ";", "đạt tỷ lệ" may be the rate of a whole the sentence never writes: no error.
    expect(
      alarms(
        "Tổng số phải thi hành 9.000 việc, trong đó: thụ lý mới 5.000 việc; đã thi hành xong 2.400 việc, tăng 150 việc (tăng 6,7%) so với cùng kỳ; đạt tỷ lệ 41%.",
      ),
    ).toEqual([]);
    // A bare bracket after a change is the change's own percentage.
    expect(claimsOf("Toàn huyện có 900 hộ, hộ nghèo 90 hộ, giảm 10 hộ (10%).", "share")).toEqual(
      [],
    );
  });

  it("pairs counts listed first with their shares in one bracket after them, in order", () => {
    // 60/250, 100/250, 80/250: the shares are of the 250 candidates, the base of the 240's own
    // share, not of the 240 the list opens with (25; 41,67; 33,33).
    const text =
      "Năm học vừa qua, trường có 250 học sinh dự thi. Trong đó có 240 học sinh đỗ tốt nghiệp, chiếm 96%, trong đó 60 đạt loại giỏi, 100 đạt loại khá, 80 đạt trung bình (tương đương 24% giỏi, 40% khá, 32% trung bình).";
    expect(claimsOf(text, "share")).toEqual([
      "consistent [part=240 whole=250 stated=96%]",
      "consistent [part=60 whole=250 stated=24%]",
      "consistent [part=100 whole=250 stated=40%]",
      "consistent [part=80 whole=250 stated=32%]",
    ]);
    // One slip is judged against the base the other shares fit.
    expect(alarms(text.replace("40% khá", "41% khá"))).toEqual([
      "PERCENT_INCONSISTENT «100 đạt loại khá, 80 đạt trung bình (tương đương 24% giỏi, 41%»",
    ]);
    // Shares making 100 are of the parts' sum.
    const votes =
      "Thu về 140 phiếu đồng ý, 40 phiếu không đồng ý và 20 phiếu trắng (tương ứng 70%, 20%, 10%).";
    expect(alarms(votes)).toEqual([]);
    expect(alarms(votes.replace("20%", "22%"))).toEqual([
      "PERCENT_INCONSISTENT «40 phiếu không đồng ý và 20 phiếu trắng (tương ứng 70%, 22%»",
    ]);
    // Shares of a whole the passage never writes, and a list longer than its shares: silent.
    expect(alarms("Xã còn 210 hộ nghèo và 95 hộ cận nghèo (tương ứng 3,1% và 1,4%).")).toEqual([]);
    expect(
      claimsOf("Có 30 xã loại A, 20 xã loại B, 10 xã loại C (lần lượt 40%, 30%).", "share"),
    ).toEqual([]);
  });

  it("takes the total line above a list of 'Label: N unit – Chiếm p%' lines", () => {
    const text = [
      "Tổng diện tích canh tác: 900 ha",
      "Số thửa đã đo đạc: 5.120 thửa.",
      "Số thửa đã cấp giấy: 4.000 thửa – Chiếm 78,13%",
      "Số thửa đang thẩm định: 760 thửa – Chiếm 14,84%",
      "Số thửa còn tranh chấp: 360 thửa – Chiếm 7,03%",
    ].join("\n");
    expect(claimsOf(text, "share").map((c) => c.split(" ")[0])).toEqual([
      "consistent",
      "consistent",
      "consistent",
    ]);
    // The lines' parts make the 5.120 above them: their shares must make 100 too.
    expect(alarms(text.replace("14,84%", "18,44%"))).toEqual([
      "COMPLEMENT_SHARES_SUM «Chiếm 78,13%\nSố thửa đang thẩm định: 760 thửa – Chiếm 18,44%\nSố thửa còn tranh chấp: 360 thửa – Chiếm 7,03%»",
      "PERCENT_INCONSISTENT «760 thửa – Chiếm 18,44%»",
    ]);
    // A total named as one needs no vote of the list.
    const named = "- Tổng số học sinh: 480 em\n\n- Học sinh khuyết tật: 12 em, chiếm tỷ lệ 2,5%";
    expect(alarms(named)).toEqual([]);
    expect(alarms(named.replace("2,5%", "5,2%"))).toHaveLength(1);
  });

  it("takes a total line whose own share is 100% as the base of 'Label: N – Tỷ lệ: p%' lines", () => {
    // 1.500/2.400 = 62,5; 120,5/2.400 = 5,0208; 779,5/2.400 = 32,479; 97,3/2.400 = 4,054.
    const text = [
      "Tổng diện tích đất của phường: 2.400 ha – Tỷ lệ:",
      "100 %",
      "Diện tích đất rừng: 1.500 ha",
      "- Tỷ lệ: 62,50%",
      "Diện tích đất ở: 120,5 ha – Tỷ lệ:",
      "5,02%",
      "Diện tích đất khác: 779,5 ha – Tỷ lệ: 32,48%",
    ].join("\n");
    expect(claimsOf(text, "share").map((c) => c.split(" ")[0])).toEqual([
      "consistent",
      "consistent",
      "consistent",
    ]);
    expect(alarms(text.replace("62,50%", "65,20%"))).toEqual([
      "PERCENT_INCONSISTENT «1.500 ha\n- Tỷ lệ: 65,20%»",
    ]);
    expect(alarms(text.replace("5,02%", "5,20%"))).toEqual([
      "PERCENT_INCONSISTENT «120,5 ha – Tỷ lệ:\n5,20%»",
    ]);
    // 779,5/2.400 = 32,479…: 32,47 holds only by truncating.
    expect(alarms(text.replace("32,48%", "32,47%"))).toEqual([
      "PERCENT_ONLY_IF_TRUNCATED «779,5 ha – Tỷ lệ: 32,47%»",
    ]);
  });

  it("takes the whole a share names after it ('chiếm p% so với tổng số …'), and no other", () => {
    // 600/2.400 = 25%; the 12,5% and the 4,00% are of wholes the text never writes.
    const text =
      "Về giảm nghèo: hộ nghèo có 2.400 hộ, chiếm 4,00% so với tổng số hộ toàn huyện; trong đó có 600 hộ nghèo là người cao tuổi (chiếm 12,5% so với tổng số hộ người cao tuổi và chiếm 25,00% so với tổng số hộ nghèo toàn huyện).";
    expect(claimsOf(text, "share")).toEqual(["consistent [part=600 whole=2.400 stated=25,00%]"]);
    expect(alarms(text.replace("25,00%", "52,00%"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «600 hộ nghèo/u),
    ]);
    // A share of a whole named after it is never held to the total above.
    expect(alarms(text.replace("12,5%", "21,5%"))).toEqual([]);
  });

  it("reads a share past a bracket detailing its count ('12 (có 4 … và 8 …), chiếm 30%')", () => {
    // 12/40 = 30%, 20/40 = 50%, 8/40 = 20%.
    const text =
      "Năm qua có 40/40 trường được đánh giá, trong đó: đạt mức tốt 12 (có 4 trường tiểu học và 8 trường mầm non), chiếm tỷ lệ 30%; đạt mức khá 20 (có 9 trường tiểu học và 11 trường mầm non), chiếm tỷ lệ 50%; đạt 8 (có 5 trường tiểu học và 3 trường mầm non), chiếm 20%.";
    expect(alarms(text)).toEqual([]);
    expect(alarms(text.replace("chiếm tỷ lệ 50%", "chiếm tỷ lệ 55%"))).toEqual([
      expect.stringMatching(/^PERCENT_INCONSISTENT «20 \(có 9/u),
    ]);
    // A bracket holding a change is no detail of the count: its share is not read past it.
    expect(claimsOf("Xã có 900 hộ, 45 hộ (tăng 5 hộ), chiếm 5%.", "share")).toEqual([]);
  });

  it("takes a sum written with '+' before the part as its base", () => {
    // 300/(420 + 60) = 62,5%; 300/420 would be 71,4%.
    const text =
      "Tòa án thụ lý mới 420 vụ việc + 60 vụ việc tháng trước chuyển sang; đã giải quyết 300 vụ việc, đạt 62,5%.";
    expect(claimsOf(text, "share")).toEqual([
      "consistent [part=300 whole=420 whole=60 stated=62,5%]",
    ]);
    expect(alarms(text.replace("62,5%", "65,2%"))).toEqual([
      "PERCENT_INCONSISTENT «300 vụ việc, đạt 65,2%»",
    ]);
    const [claim] = auditText(text.replace("62,5%", "65,2%")).claims.filter(
      (c) => c.kind === "share",
    );
    expect(claim?.explanation.en).toContain("the sum the text writes");
  });

  it("takes the figure the words after a share name by its label before any other base", () => {
    // 150/272,15 = 55,1166…% (55,11 only truncated); the parts' sum 272,16 would give 55,1146.
    const text =
      "+ Đất trồng cây ăn quả: Diện tích 272,15 ha. Trong đó: Đất trồng cam 122,16 ha, chiếm 44,89% diện tích trồng cây ăn quả; đất trồng bưởi 150,00 ha, chiếm 55,11% diện tích đất trồng cây ăn quả.";
    // (The parts' sum exceeding the total is the breakdown rule's error, left out here.)
    const shares = (t: string) => alarms(t).filter((a) => a.startsWith("PERCENT"));
    expect(shares(text)).toEqual(["PERCENT_ONLY_IF_TRUNCATED «150,00 ha, chiếm 55,11%»"]);
    expect(shares(text.replace("55,11%", "55,12%"))).toEqual([]);
    expect(shares(text.replace("55,11%", "51,51%"))).toEqual([
      "PERCENT_INCONSISTENT «150,00 ha, chiếm 51,51%»",
    ]);
  });

  it("does not take a part with no share on the line above for the total", () => {
    // 150/600 = 25%: the base is the sum of the two lines above, which the text never writes.
    const text =
      "Số lao động nam: 320 người\nSố lao động nữ: 280 người\nLao động qua đào tạo: 150 người – Chiếm 25%";
    expect(alarms(text)).toEqual([]);
  });

  it("reads a rate named after the label of a count ('tỷ lệ khám phá' of 'khám phá N vụ')", () => {
    const text =
      "Trong tháng, địa bàn xảy ra 240 vụ; khám phá 198 vụ; bắt giữ 310 đối tượng; tỷ lệ khám phá đạt 82,5%.";
    expect(claimsOf(text, "share")).toEqual(["consistent [part=198 whole=240 stated=82,5%]"]);
    expect(alarms(text.replace("82,5%", "85,2%"))).toHaveLength(1);
    // A name no count carries, or two counts carry, names none.
    expect(
      claimsOf(
        "Trong tháng xảy ra 240 vụ; bắt giữ 310 đối tượng; tỷ lệ truy tố đạt 82,5%.",
        "share",
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        "Tháng 5 xảy ra 240 vụ, khám phá 198 vụ; tháng 6 xảy ra 180 vụ, khám phá 150 vụ; tỷ lệ khám phá đạt 82,5%.",
        "share",
      ),
    ).toEqual([]);
  });

  it("takes the total of a list written one item a line from the line that opens it", () => {
    const text = [
      "- Diện tích gieo trồng vụ Đông: 1.250 ha, bao gồm:",
      "+ Cây ngô: diện tích 500 ha, chiếm 40%;",
      "+ Cây rau màu các loại: diện tích 750 ha, chiếm 60%.",
    ].join("\n");
    expect(claimsOf(text, "share")).toEqual([
      "consistent [part=500 whole=1.250 stated=40%]",
      "consistent [part=750 whole=1.250 stated=60%]",
    ]);
    expect(alarms(text.replace("60%", "66%"))).toEqual([
      "COMPLEMENT_SHARES_SUM «chiếm 40%;\n+ Cây rau màu các loại: diện tích 750 ha, chiếm 66%»",
      "PERCENT_INCONSISTENT «750 ha, chiếm 66%»",
    ]);
    // A line that does not open a list with "bao gồm:" or "trong đó:" is no total.
    // (No share of it is read; the parts still make it, so their shares must make 100.)
    expect(alarms(text.replace(", bao gồm:", ".").replace("60%", "66%"))).toEqual([
      "COMPLEMENT_SHARES_SUM «chiếm 40%;\n+ Cây rau màu các loại: diện tích 750 ha, chiếm 66%»",
    ]);
  });

  it("takes the total of the sentence ending the paragraph before, at a paragraph's start", () => {
    const text =
      "Năm nay, toàn huyện tiếp 240 lượt công dân; trong đó tiếp thường xuyên 200 lượt, tiếp đột xuất 40 lượt.\n\nNội dung chủ yếu về đất đai (150 lượt, chiếm 62,5%); về chính sách xã hội (30 lượt, chiếm 12,5%).";
    expect(claimsOf(text, "share")).toEqual([
      "consistent [part=150 whole=240 stated=62,5%]",
      "consistent [part=30 whole=240 stated=12,5%]",
    ]);
    expect(alarms(text.replace("12,5%", "1,25%"))).toEqual([
      "PERCENT_INCONSISTENT «30 lượt, chiếm 1,25%»",
    ]);
    // Named by the words after it, the total above is the base too.
    const land =
      "Đất lâm nghiệp: Chiếm 800 ha\n- Rừng phòng hộ: Diện tích 200 ha chiếm 25% diện tích đất lâm nghiệp.";
    expect(alarms(land)).toEqual([]);
    expect(alarms(land.replace("25%", "52%"))).toHaveLength(1);
    // A share naming a whole the passage never writes stays silent.
    expect(
      alarms(
        "Năm trước, huyện tiếp 300 lượt công dân.\n\nNăm nay tiếp 250 lượt, chiếm 10% số lượt tiếp của toàn tỉnh.",
      ),
    ).toEqual([]);
  });

  it("reads a bracket holding only the share after the words naming its count", () => {
    // 400/640 = 62,5: the base is the total's own base (400/632 would be 63,29).
    const text =
      "Năm nay có 640 học viên dự thi. Trong đó có 632 học viên đạt chuẩn, chiếm 98,75%, trong đó 400 học viên đạt loại giỏi (62,5%).";
    expect(claimsOf(text, "share")).toEqual([
      "consistent [part=632 whole=640 stated=98,75%]",
      "consistent [part=400 whole=640 stated=62,5%]",
    ]);
    // Neither base is certain (the list's total has a share of its own), but a swap undone
    // fits one exactly: reported; a share no swap explains stays unjudged.
    expect(alarms(text.replace("62,5%", "65,2%"))).toEqual([
      "PERCENT_INCONSISTENT «400 học viên đạt loại giỏi (65,2%»",
    ]);
    expect(alarms(text.replace("62,5%", "66,0%"))).toEqual([]);
    // Words of a change or a comparison make the bracket no share.
    expect(claimsOf("Toàn xã có 400 hộ, hộ khá tăng 60 hộ so với cùng kỳ (15%).", "share")).toEqual(
      [],
    );
  });

  it("decides a list's base by the shares of the whole list: one list, one base", () => {
    // 14/40 = 35 and 6/40 = 15: the list is of the 40 members, so 8/40 = 20 is the base for
    // the third too, and 8/34 = 23,53 does not silence it.
    const text =
      "Chi bộ có 34/40 đảng viên dự họp, trong đó: 14 đảng viên là nữ, chiếm 35%; 6 đảng viên trẻ, chiếm 15%; 8 đảng viên là người dân tộc, chiếm 23,53%.";
    const result = auditText(text);
    const finding = result.findings.find((f) => f.code === "PERCENT_INCONSISTENT");
    expect(finding?.span?.excerpt).toContain("23,53%");
    expect(finding?.data?.candidateBases).toEqual(["34"]);
  });

  it("checks a share of a plan against the figure named as the plan (shape 10)", () => {
    expect(
      alarms("Năm nay trồng mới 1.845 ha rừng tập trung, đạt 93,81% kế hoạch (kế hoạch 1.980 ha)."),
    ).toHaveLength(1);
    expect(
      alarms("Năm nay trồng mới 1.845 ha rừng tập trung, đạt 93,18% kế hoạch (kế hoạch 1.980 ha)."),
    ).toEqual([]);
  });

  it("reads a rate beside a pair of figures as either's", () => {
    expect(
      alarms(
        "Viện kiểm sát phải giải quyết 640 vụ, 900 bị can; đã giải quyết 632 vụ, 900 bị can, đạt tỷ lệ 98,75%.",
      ),
    ).toEqual([]);
  });

  it("does not read a number that names a thing as a figure", () => {
    expect(claimsOf("Chỉ số 1: Tỷ lệ hộ dùng nước sạch đạt 96%.", "reachability")).toEqual([]);
    expect(
      claimsOf("Năm nay có 61 hồ sơ nộp mức độ 3 và 137 hồ sơ nộp mức độ 4.", "breakdown"),
    ).toEqual([]);
  });

  it("reads 'tỷ lệ' before a share as it reads 'chiếm'", () => {
    const text =
      "Toàn đảng bộ có 412 chi bộ được đánh giá. Qua đánh giá, 236 chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 57,3%.";
    expect(claimsOf(text, "share")).toEqual(["consistent [part=236 whole=412 stated=57,3%]"]);
    expect(alarms(text.replace("57,3%", "53,7%"))).toHaveLength(1);
  });

  it("reports a share that fits its base only with two adjacent digits swapped back", () => {
    const text =
      "Số hồ sơ đến hạn là 2.480 hồ sơ. Đã trả đúng hạn 2.461 hồ sơ (đạt 99,23%). Số còn lại đang xử lý.";
    expect(alarms(text)).toEqual([]);
    // 99,32 fits no base; 99,23 (the swap undone) fits 2.461/2.480 exactly.
    expect(alarms(text.replace("99,23%", "99,32%"))).toEqual([
      "PERCENT_INCONSISTENT «2.461 hồ sơ (đạt 99,32%»",
    ]);
    // A share no swap explains, after 'đạt' in a bracket, stays unjudged.
    expect(alarms(text.replace("99,23%", "97,50%"))).toEqual([]);
  });
});
